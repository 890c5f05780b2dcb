// A spread component inside the exact evaluation. Its instances run in several zones, so what it serves
// is not "P(up) × Π zones" but depends on which zones are up: with m instances running (those whose
// zones are all up) it serves servedAt(m) of its requests and passes a health check with healthAt(m).
// Zones the evaluation conditions on index a table; the others (each reached only through this
// component) are averaged over inside it, which is exact because nothing else sees them.
import type { SpreadPart, ZoneId } from '../model/graph';
import { spreadZones } from '../model/spread';

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
  /** Indexed by the instances running (0 … all of them): share of requests served, and P(healthy). */
  readonly servedAt: Float64Array;
  readonly healthAt: Float64Array;
}

/**
 * The instance counts a spread can have running: the sums of its parts over every subset of them (a
 * part runs or not with its zones), at most 2^8 of them, however many instances each part holds. The
 * tables need servedAt only there, so a spread of 8 × 999 instances costs 256 evaluations, not 7,993.
 */
export function runningCounts(parts: readonly SpreadPart[]): number[] {
  let sums = new Set<number>([0]);
  for (const part of parts) sums = new Set([...sums, ...[...sums].map((sum) => sum + part.instances)]);
  return [...sums].sort((a, b) => a - b);
}

/** The combination index of an assignment: its bits at the conditioned zones, in table order. */
export function comboOf(assignment: number, bits: Int32Array): number {
  let combo = 0;
  for (let b = 0; b < bits.length; b++) combo |= ((assignment >> (bits[b] as number)) & 1) << b;
  return combo;
}

/**
 * The tables, with zone states as bit masks over the component's own zones (each part needs every zone
 * of its chain): for each combination of the conditioned zones, every state of the averaged ones.
 */
export function spreadTables(model: SpreadModel, zoneBit: ReadonlyMap<ZoneId, number>): SpreadTables {
  const zones = spreadZones(model.parts);
  const q = zones.map((zone) => model.zoneUp(zone));
  const conditioned: number[] = [];
  const averaged: number[] = [];
  // Zones neither conditioned nor averaged are up for sure: always in the mask.
  let sure = 0;
  zones.forEach((zone, z) => {
    if (zoneBit.has(zone)) conditioned.push(z);
    // A zone down for sure (what-if) is averaged over too, with weight 0 for "up", so its gain can be read.
    else if ((q[z] as number) < 1) averaged.push(z);
    else sure |= 1 << z;
  });
  const needs = model.parts.map((part) => part.chain.reduce((mask, zone) => mask | (1 << zones.indexOf(zone)), 0));
  const combos = 1 << conditioned.length;
  const states = 1 << averaged.length;
  const serve = new Float64Array(combos);
  const health = new Float64Array(combos);
  const runs = new Float64Array(combos);
  const serveZoneUp = averaged.map(() => new Float64Array(combos));
  const healthZoneUp = averaged.map(() => new Float64Array(combos));
  const factors = new Float64Array(averaged.length);
  for (let combo = 0; combo < combos; combo++) {
    let fixed = sure;
    for (let b = 0; b < conditioned.length; b++) if (combo & (1 << b)) fixed |= 1 << (conditioned[b] as number);
    for (let state = 0; state < states; state++) {
      let mask = fixed;
      let probability = 1;
      for (let d = 0; d < averaged.length; d++) {
        const up = (state & (1 << d)) !== 0;
        const p = q[averaged[d] as number] as number;
        if (up) mask |= 1 << (averaged[d] as number);
        factors[d] = up ? p : 1 - p;
        probability *= factors[d] as number;
      }
      let running = 0;
      for (let k = 0; k < needs.length; k++) {
        const need = needs[k] as number;
        if ((mask & need) === need) running += (model.parts[k] as SpreadPart).instances;
      }
      const s = model.servedAt[running] as number;
      const h = model.healthAt[running] as number;
      serve[combo] = (serve[combo] as number) + probability * s;
      health[combo] = (health[combo] as number) + probability * h;
      if (running > 0) runs[combo] = (runs[combo] as number) + probability;
      for (let d = 0; d < averaged.length; d++) {
        if ((state & (1 << d)) === 0) continue;
        // The same state without this zone's own factor: the table with the zone up for sure.
        let without = 1;
        for (let other = 0; other < averaged.length; other++) if (other !== d) without *= factors[other] as number;
        const serveUp = serveZoneUp[d] as Float64Array;
        const healthUp = healthZoneUp[d] as Float64Array;
        serveUp[combo] = (serveUp[combo] as number) + without * s;
        healthUp[combo] = (healthUp[combo] as number) + without * h;
      }
    }
  }
  return {
    bits: Int32Array.from(conditioned, (z) => zoneBit.get(zones[z] as ZoneId) as number),
    serve,
    health,
    runs,
    averaged: averaged.map((z) => zones[z] as ZoneId),
    serveZoneUp,
    healthZoneUp,
  };
}
