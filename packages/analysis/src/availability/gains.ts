// "Gain if perfect" for every component and zone a flow needs: A(it never fails) − A, the weakest link's
// measure. A is affine in each variable that occurs once or is conditioned on, so the gain is the
// distance to perfect times the partial derivative the enumeration's reverse pass gives; for a
// group's target, whose health H and serving s = P(up)/H are two variables, (1 − H)·∂A/∂H +
// (1 − s)/H·∂A/∂s is exactly A(H = s = 1) − A. A zone counts like a component: it fails everything
// inside it at once, which is what makes it worth more than any one of them.
import type { ComponentId, Graph, ZoneId } from '../model/graph';
import type { GeneralSums } from './enumerate-general';
import type { GeneralNetwork } from './enumerate-general';
import type { Sums } from './enumerate';
import type { ZoneFactors } from './network';
import { zoneFactorWithout } from './network';
import type { Structure } from './structure';
import type { Conditioning, NodeParts } from './variables';

export interface Gains {
  readonly components: Map<ComponentId, number>;
  readonly zones: Map<ZoneId, number>;
}

interface Context {
  readonly graph: Graph;
  readonly s: Structure;
  readonly entry: ComponentId;
  readonly parts: NodeParts;
  readonly served: Float64Array;
  readonly zones: ZoneFactors;
  readonly conditioning: Conditioning;
  /** P(zone up) as this evaluation takes it. */
  readonly zoneUp: (zone: ZoneId) => number;
}

/** The node's zone factor without one zone's availability q: a division, or for a zone down for sure (q = 0) the product of the others. */
function without(ctx: Context, id: ComponentId, zone: ZoneId, zoneFactor: number, q: number): number {
  if (q > 0) return zoneFactor / q;
  return zoneFactorWithout(ctx.graph.byId.get(id)?.zones ?? [], ctx.conditioning.zoneBit, zone, ctx.zoneUp);
}

function addZone(gains: Gains, zone: ZoneId, gain: number): void {
  gains.zones.set(zone, (gains.zones.get(zone) ?? 0) + gain);
}

/** Zones conditioned on: (1 − q) × ∂A/∂q from the enumeration's conditioned gradient. */
function conditionedZones(ctx: Context, conditionedGradient: Float64Array, gains: Gains): void {
  for (const [zone, bit] of ctx.conditioning.zoneBit) {
    const q = ctx.zoneUp(zone);
    addZone(gains, zone, (1 - q) * (conditionedGradient[bit] as number));
  }
}

/** Gains from the plain enumeration (no alternatives, no spread: every node's part is p × static factor). */
export function plainGains(ctx: Context, sums: Sums, conditionedGradient: Float64Array): Gains {
  const gains: Gains = { components: new Map(), zones: new Map() };
  ctx.s.nodes.forEach((id, i) => {
    if (id === ctx.entry) return;
    const p = ctx.parts.serve[i] as number;
    const bit = ctx.conditioning.serveBit[i] as number;
    const zoneFactor = ctx.zones.zoneFactor[i] as number;
    const served = ctx.served[i] as number;
    const gradient = sums.gradient[i] as number;
    const derivative = bit >= 0 ? (conditionedGradient[bit] as number) : gradient * served * zoneFactor;
    gains.components.set(id, (1 - p) * derivative);
    if (bit >= 0) return;
    // ∂A/∂q_z = gradient × p × (the static factor without z).
    for (const zone of ctx.zones.free[i] ?? []) {
      const q = ctx.zoneUp(zone);
      addZone(gains, zone, (1 - q) * gradient * p * served * without(ctx, id, zone, zoneFactor, q));
    }
  });
  conditionedZones(ctx, conditionedGradient, gains);
  return gains;
}

/** Σ over a spread node's table entries of ∂A/∂entry × (the entry's value improved − its value). */
function tableGain(dTable: Float64Array, improved: Float64Array, table: Float64Array): number {
  let gain = 0;
  for (let c = 0; c < table.length; c++) gain += (dTable[c] as number) * ((improved[c] as number) - (table[c] as number));
  return gain;
}

/** Gains from the general enumeration (alternative groups' targets, spread components). */
export function generalGains(ctx: Context, net: GeneralNetwork, sums: GeneralSums): Gains {
  const gains: Gains = { components: new Map(), zones: new Map() };
  const { conditioning } = ctx;
  ctx.s.nodes.forEach((id, i) => {
    if (id === ctx.entry) return;
    const tables = net.spread[i];
    if (conditioning.dependent[i] === 1) {
      gains.components.set(id, sums.dependentGain[i] as number);
      return;
    }
    const dServe = sums.dServeTable[i];
    const dHealth = sums.dHealthTable[i];
    if (tables && dServe && dHealth) {
      gains.components.set(id, tableGain(dServe, tables.runs, tables.serve) + tableGain(dHealth, tables.runs, tables.health));
      tables.averaged.forEach((zone, d) => {
        const serveUp = tables.serveZoneUp[d] as Float64Array;
        const healthUp = tables.healthZoneUp[d] as Float64Array;
        addZone(gains, zone, tableGain(dServe, serveUp, tables.serve) + tableGain(dHealth, healthUp, tables.health));
      });
      return;
    }
    const hb = conditioning.healthBit[i] as number;
    const sb = conditioning.serveBit[i] as number;
    const dH = hb >= 0 ? (sums.conditionedGradient[hb] as number) : (sums.dHealth[i] as number);
    const dS = sb >= 0 ? (sums.conditionedGradient[sb] as number) : (sums.dServe[i] as number);
    const H = ctx.parts.health[i] as number;
    const serve = ctx.parts.serve[i] as number;
    gains.components.set(id, (1 - H) * dH + (H > 0 ? ((1 - serve) / H) * dS : 0));
    if (hb >= 0 || sb >= 0) return;
    const served = ctx.served[i] as number;
    const zoneFactor = ctx.zones.zoneFactor[i] as number;
    for (const zone of ctx.zones.free[i] ?? []) {
      const q = ctx.zoneUp(zone);
      const others = without(ctx, id, zone, zoneFactor, q);
      addZone(gains, zone, (1 - q) * ((sums.dFactor[i] as number) * served * others + (sums.dZoneFactor[i] as number) * others));
    }
  });
  conditionedZones(ctx, sums.conditionedGradient, gains);
  return gains;
}

export type GainContext = Context;
