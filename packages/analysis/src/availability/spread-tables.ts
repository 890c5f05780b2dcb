// A spread component inside the exact evaluation. Its instances run in several zones, so what it serves
// is not "P(up) × Π zones" but depends on which zones are up: with m instances running (those whose
// zones are all up) it serves servedAt(m) of its requests and passes a health check with healthAt(m).
// Zones the evaluation conditions on index a table; the others (each reached only through this
// component) are averaged over inside it, which is exact because nothing else sees them.
import type { SpreadPart, ZoneId } from '../model/graph';

export interface SpreadTables {
  /** Combination index bit b is the conditioned zone at assignment bit `bits[b]`. */
  readonly bits: Int32Array;
  /** Per combination of the conditioned zones: share of requests served, P(healthy), P(some instance runs). */
  readonly serve: Float64Array;
  readonly health: Float64Array;
  readonly runs: Float64Array;
  /** Zones averaged over inside (not conditioned, not up for sure), and per zone the tables with it up. */
  readonly averaged: readonly ZoneId[];
  readonly serveZoneUp: readonly Float64Array[];
  readonly healthZoneUp: readonly Float64Array[];
}

export interface SpreadModel {
  readonly parts: readonly SpreadPart[];
  /** P(zone up); 0 for a zone marked down. */
  readonly zoneUp: (zone: ZoneId) => number;
  readonly servedAt: (running: number) => number;
  readonly healthAt: (running: number) => number;
}

export function spreadZones(parts: readonly SpreadPart[]): ZoneId[] {
  const zones: ZoneId[] = [];
  for (const part of parts) for (const zone of part.chain) if (!zones.includes(zone)) zones.push(zone);
  return zones;
}

/** The combination index of an assignment: its bits at the conditioned zones, in table order. */
export function comboOf(assignment: number, bits: Int32Array): number {
  let combo = 0;
  for (let b = 0; b < bits.length; b++) combo |= ((assignment >> (bits[b] as number)) & 1) << b;
  return combo;
}

export function spreadTables(model: SpreadModel, zoneBit: ReadonlyMap<ZoneId, number>): SpreadTables {
  const zones = spreadZones(model.parts);
  const conditioned = zones.filter((zone) => zoneBit.has(zone));
  // A zone down for sure (what-if) is averaged over too, with weight 0 for "up", so its gain can be read.
  const averaged = zones.filter((zone) => !zoneBit.has(zone) && model.zoneUp(zone) < 1);
  const combos = 1 << conditioned.length;
  const serve = new Float64Array(combos);
  const health = new Float64Array(combos);
  const runs = new Float64Array(combos);
  const serveZoneUp = averaged.map(() => new Float64Array(combos));
  const healthZoneUp = averaged.map(() => new Float64Array(combos));
  const served = new Map<number, number>();
  const healthy = new Map<number, number>();
  const up = new Map<ZoneId, boolean>();
  const factors = new Float64Array(averaged.length);
  for (let combo = 0; combo < combos; combo++) {
    conditioned.forEach((zone, b) => up.set(zone, (combo & (1 << b)) !== 0));
    for (let state = 0; state < 1 << averaged.length; state++) {
      let probability = 1;
      averaged.forEach((zone, d) => {
        const q = model.zoneUp(zone);
        const isUp = (state & (1 << d)) !== 0;
        up.set(zone, isUp);
        factors[d] = isUp ? q : 1 - q;
        probability *= factors[d] as number;
      });
      // Zones neither conditioned nor averaged are certain: up with probability 1 or down (0).
      const zoneIsUp = (zone: ZoneId) => up.get(zone) ?? model.zoneUp(zone) >= 1;
      let running = 0;
      for (const part of model.parts) if (part.chain.every(zoneIsUp)) running += part.instances;
      if (!served.has(running)) {
        served.set(running, model.servedAt(running));
        healthy.set(running, model.healthAt(running));
      }
      const s = served.get(running) as number;
      const h = healthy.get(running) as number;
      serve[combo] = (serve[combo] as number) + probability * s;
      health[combo] = (health[combo] as number) + probability * h;
      runs[combo] = (runs[combo] as number) + (running > 0 ? probability : 0);
      averaged.forEach((_, d) => {
        if ((state & (1 << d)) === 0) return;
        // The same state without this zone's own factor: the table with the zone up for sure.
        let without = 1;
        for (let other = 0; other < averaged.length; other++) if (other !== d) without *= factors[other] as number;
        const serveUp = serveZoneUp[d] as Float64Array;
        const healthUp = healthZoneUp[d] as Float64Array;
        serveUp[combo] = (serveUp[combo] as number) + without * s;
        healthUp[combo] = (healthUp[combo] as number) + without * h;
      });
    }
  }
  return {
    bits: Int32Array.from(conditioned, (zone) => zoneBit.get(zone) as number),
    serve,
    health,
    runs,
    averaged,
    serveZoneUp,
    healthZoneUp,
  };
}
