// M/M/c queueing per tier, from the tier's one ρ. The servers follow from Little's law (concurrency =
// capacity × mean service time, per serving copy) and are not rounded: the capacity the board gives is
// the truth, so utilisation, the wait and "breaks at N×" all come from the same ρ = load / capacity.
// Erlang C is defined for whole server counts; for c between two integers it is interpolated linearly
// between them at that ρ. The mean wait of a waiting request is S / (c(1 − ρ)) = 1 / (capacity(1 − ρ)),
// which needs no rounding at all.
import type { Explained } from '../explain/explained';
import { explained, explainedFlag } from '../explain/explained';

/** A mean wait above this is reported as this and flagged: beyond it the queue is effectively stuck. */
export const WAIT_CAP_MS = 10_000;
/** Erlang C is computed exactly up to this many servers; beyond it the count is capped (C is ~0 there anyway unless ρ≈1). */
export const MAX_SERVERS = 20_000;
/**
 * A tier that sheds load admits about what it can serve and rejects the rest, so its queue stays short;
 * how short depends on its queue limit, which the board does not give. The requests it admits wait as
 * in the M/M/c at this ρ, a figure flagged as the engine's cap.
 */
export const SHED_UTILISATION = 0.95;

export interface QueueInput {
  /** The tier's ρ: load / (serving copies × capacity), as utilisation reports it. */
  readonly utilisation: number;
  /** Copies that serve at once: instances (+ read replicas), or the working consumers of a group. */
  readonly copies: number;
  /** Per copy. */
  readonly capacityRps: number;
  readonly meanServiceMs: number;
  readonly arrivalRps: number;
  /** At ρ ≥ 1 it serves its capacity and rejects the rest, rather than letting its queue grow. */
  readonly shedsLoad: boolean;
}

/** What the latency model needs of the queue: no wait, an exponential wait, or an unbounded one. */
export interface WaitShape {
  /** P(wait > 0): Erlang C. */
  readonly probability: number;
  /** Mean of the exponential wait of a request that waits, capped at WAIT_CAP_MS. */
  readonly conditionalMeanMs: number;
  /** Saturated and not shedding: the queue grows without bound, and so does every request's wait. */
  readonly unbounded: boolean;
  /** The conditional mean hit WAIT_CAP_MS, or the wait is the shedding figure at SHED_UTILISATION. */
  readonly capped: boolean;
}

export interface QueueResult {
  readonly servers: Explained;
  readonly waitProbability: Explained;
  readonly meanWaitMs: Explained;
  readonly p99WaitMs: Explained;
  readonly inFlight: Explained;
  readonly saturated: boolean;
  /** Explanations of the plain fields above, under the same keys. */
  readonly why: { readonly saturated: Explained };
  /**
   * Share of requests the component does not serve, counted as failures: 0 below saturation; at ρ ≥ 1
   * 1 − 1/ρ when it sheds load, and all of them (1) when it does not: its queue grows, every request
   * times out.
   */
  readonly droppedShare: Explained;
  /** Parameters of the wait distribution (engine-internal; the result leaves them out). */
  readonly wait: WaitShape;
}

/** Erlang C by the stable Erlang B recurrence: B(k) = a·B(k−1) / (k + a·B(k−1)), for whole c. */
export function erlangC(servers: number, utilisation: number): number {
  if (utilisation <= 0) return 0;
  if (utilisation >= 1) return 1;
  // With hundreds of servers at most half busy, all c busy at once is a Poisson tail below 1e-30.
  if (servers > 400 && utilisation < 0.5) return 0;
  const offered = utilisation * servers;
  let erlangB = 1;
  for (let k = 1; k <= servers; k++) erlangB = (offered * erlangB) / (k + offered * erlangB);
  return erlangB / (1 - utilisation * (1 - erlangB));
}

/**
 * Erlang C for any c ≥ 0 at utilisation ρ: linear between C(⌊c⌋, ρ) and C(⌈c⌉, ρ), so 25.4 servers sit
 * 40 % of the way from 25 to 26. Below one server the tier is one server at its capacity (M/M/1: C = ρ).
 */
export function erlangCAt(servers: number, utilisation: number): number {
  const c = Math.min(MAX_SERVERS, Math.max(1, servers));
  const below = Math.floor(c);
  const weight = c - below;
  const low = erlangC(below, utilisation);
  return weight === 0 ? low : (1 - weight) * low + weight * erlangC(below + 1, utilisation);
}

/** c = copies × capacity × mean service time (Little's law), not rounded. */
export function serversOf(copies: number, capacityRps: number, meanServiceMs: number): number {
  return (copies * capacityRps * meanServiceMs) / 1000;
}

/** The wait's shape alone, cheap enough to redo on every round of the load ↔ latency fixed point. */
export function waitShape(input: QueueInput): WaitShape {
  const saturated = input.utilisation >= 1;
  if (saturated && !input.shedsLoad) return { probability: 1, conditionalMeanMs: WAIT_CAP_MS, unbounded: true, capped: true };
  const rho = saturated ? SHED_UTILISATION : input.utilisation;
  const servers = serversOf(input.copies, input.capacityRps, input.meanServiceMs);
  const probability = erlangCAt(servers, rho);
  // S / (c(1 − ρ)) with c = copies × capacity × S: the service time cancels out.
  const rawMean = 1000 / (input.copies * input.capacityRps * (1 - rho));
  return {
    probability,
    conditionalMeanMs: Math.min(WAIT_CAP_MS, rawMean),
    unbounded: false,
    capped: saturated || rawMean > WAIT_CAP_MS,
  };
}

/** Little's law: items in the system = arrival rate × time in the system. */
export function littlesLaw(arrivalRps: number, latencyMs: number): Explained {
  return explained(arrivalRps * (latencyMs / 1000), 'requests', 'L = λ × W', { arrivalRps, latencyMs });
}

const SATURATED_NOTE = 'saturated and not shedding load: the queue grows without bound; the figure is the engine’s cap';
const SHEDDING_NOTE = `saturated, shedding load: it admits what it can serve; the wait of admitted requests is taken at ρ = ${SHED_UTILISATION}, the engine's cap (the true wait depends on its queue limit)`;

/** The queue's figures; `shape` is `waitShape(input)` when the caller already has it (the same input). */
export function queueAt(input: QueueInput, shape: WaitShape = waitShape(input)): QueueResult {
  const rho = input.utilisation;
  const saturated = rho >= 1;
  const rawServers = serversOf(input.copies, input.capacityRps, input.meanServiceMs);
  const servers = Math.min(MAX_SERVERS, rawServers);
  const c = shape.probability;
  const meanWait = c * shape.conditionalMeanMs;
  const p99Wait = shape.unbounded ? WAIT_CAP_MS : c > 0.01 ? shape.conditionalMeanMs * Math.log(c / 0.01) : 0;
  const dropped = !saturated ? 0 : input.shedsLoad ? 1 - 1 / rho : 1;
  const waitRho = saturated && input.shedsLoad ? SHED_UTILISATION : rho;
  // One inputs object for the three wait figures (the same values): the result holds it once, not three times.
  const waitInputs = { utilisation: waitRho, servers, meanServiceMs: input.meanServiceMs };
  const waitNote = shape.unbounded
    ? SATURATED_NOTE
    : saturated
      ? SHEDDING_NOTE
      : shape.capped
        ? `wait capped at ${WAIT_CAP_MS} ms`
        : undefined;
  const capped = shape.capped ? { capped: true, ...(waitNote === undefined ? {} : { note: waitNote }) } : {};
  const served = Math.min(input.arrivalRps, input.capacityRps * input.copies);
  return {
    servers: explained(
      servers,
      'servers',
      'c = copies × capacity × mean service time (Little’s law, not rounded)',
      { copies: input.copies, capacityRps: input.capacityRps, meanServiceMs: input.meanServiceMs },
      servers < rawServers ? { capped: true, note: `more than ${MAX_SERVERS} servers; computed with ${MAX_SERVERS}` } : {},
    ),
    waitProbability: explained(
      c,
      'probability',
      Number.isInteger(servers) || servers < 1 ? 'Erlang C(c, ρ)' : '(1 − w)·C(⌊c⌋, ρ) + w·C(⌈c⌉, ρ), w = c − ⌊c⌋',
      waitInputs,
      shape.unbounded ? { note: SATURATED_NOTE } : {},
    ),
    meanWaitMs: explained(meanWait, 'ms', 'C × S / (c × (1 − ρ)) = C / (copies × capacity × (1 − ρ))', waitInputs, capped),
    p99WaitMs: explained(
      p99Wait,
      'ms',
      'P(W > t) = C·e^(−t·c(1−ρ)/S) = 1 % ⇒ t = S/(c(1−ρ)) × ln(C / 0.01)',
      waitInputs,
      capped,
    ),
    inFlight: shape.capped
      ? explained(served * ((input.meanServiceMs + meanWait) / 1000), 'requests', 'L = λ × W', {
          arrivalRps: served,
          latencyMs: input.meanServiceMs + meanWait,
        }, capped)
      : littlesLaw(served, input.meanServiceMs + meanWait),
    saturated,
    why: {
      saturated: explainedFlag(saturated, 'utilisation ρ ≥ 1: arrivals exceed what the servers can take', {
        utilisation: rho,
      }),
    },
    droppedShare: explained(
      dropped,
      'ratio',
      input.shedsLoad ? 'ρ ≥ 1 ⇒ it sheds 1 − 1/ρ of requests' : 'ρ ≥ 1 ⇒ every request waits without bound and fails',
      { utilisation: rho, shedsLoad: input.shedsLoad ? 'yes' : 'no' },
    ),
    wait: shape,
  };
}
