// M/M/c queueing per component. The servers follow from Little's law (concurrency = capacity ×
// service time, per instance) so capacity and latency stay consistent; Erlang C gives the chance
// of waiting and the waiting-time tail in closed form.
import type { Explained } from '../explain/explained';
import { explained, explainedFlag } from '../explain/explained';

/** A mean wait above this is reported as this and flagged: beyond it the queue is effectively stuck. */
export const WAIT_CAP_MS = 10_000;
/** Erlang C is computed exactly up to this many servers; beyond it the count is capped (C is ~0 there anyway unless ρ≈1). */
export const MAX_SERVERS = 20_000;

export interface QueueInput {
  readonly utilisation: number;
  readonly instances: number;
  readonly capacityRps: number;
  readonly meanServiceMs: number;
  readonly arrivalRps: number;
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
  /** Share of requests the component cannot serve (0 below saturation), counted as failures. */
  readonly droppedShare: Explained;
  /** Parameters of the wait distribution: P(wait > 0) and the mean of the exponential part. */
  readonly wait: { readonly probability: number; readonly conditionalMeanMs: number };
}

/** Erlang C by the stable Erlang B recurrence: B(k) = a·B(k−1) / (k + a·B(k−1)). */
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

/** Little's law: items in the system = arrival rate × time in the system. */
export function littlesLaw(arrivalRps: number, latencyMs: number): Explained {
  return explained(arrivalRps * (latencyMs / 1000), 'requests', 'L = λ × W', { arrivalRps, latencyMs });
}

export function queueAt(input: QueueInput): QueueResult {
  const perInstance = Math.max(1, Math.round((input.capacityRps * input.meanServiceMs) / 1000));
  const rawServers = perInstance * input.instances;
  const servers = Math.min(MAX_SERVERS, rawServers);
  const rho = input.utilisation;
  const saturated = rho >= 1;
  const c = erlangC(servers, rho);
  const rawMean = saturated ? Infinity : input.meanServiceMs / (servers * (1 - rho));
  const conditionalMean = Math.min(WAIT_CAP_MS, rawMean);
  const waitCapped = rawMean > WAIT_CAP_MS;
  const meanWait = c * conditionalMean;
  const p99Wait = c > 0.01 ? conditionalMean * Math.log(c / 0.01) : 0;
  const dropped = saturated ? 1 - 1 / rho : 0;
  const inputs = { utilisation: rho, servers, meanServiceMs: input.meanServiceMs };
  return {
    servers: explained(
      servers,
      'servers',
      'c = instances × max(1, round(capacity × mean service time))',
      {
        instances: input.instances,
        capacityRps: input.capacityRps,
        meanServiceMs: input.meanServiceMs,
      },
      servers < rawServers
        ? { capped: true, note: `more than ${MAX_SERVERS} servers; computed with ${MAX_SERVERS}` }
        : {},
    ),
    waitProbability: explained(c, 'probability', 'Erlang C(c, ρ)', inputs),
    meanWaitMs: explained(
      meanWait,
      'ms',
      'C(c, ρ) × S / (c × (1 − ρ))',
      inputs,
      waitCapped
        ? {
            capped: true,
            note: saturated ? 'saturated: the queue grows without bound' : `wait capped at ${WAIT_CAP_MS} ms`,
          }
        : {},
    ),
    p99WaitMs: explained(
      p99Wait,
      'ms',
      'P(W > t) = C·e^(−t·c(1−ρ)/S) = 1 % ⇒ t = S/(c(1−ρ)) × ln(C / 0.01)',
      inputs,
      waitCapped ? { capped: true } : {},
    ),
    inFlight: littlesLaw(
      Math.min(input.arrivalRps, input.capacityRps * input.instances),
      input.meanServiceMs + meanWait,
    ),
    saturated,
    why: {
      saturated: explainedFlag(saturated, 'utilisation ρ ≥ 1: arrivals exceed what the servers can take', {
        utilisation: rho,
      }),
    },
    droppedShare: explained(dropped, 'ratio', 'ρ ≥ 1 ⇒ 1 − 1/ρ of requests are not served', { utilisation: rho }),
    wait: { probability: c, conditionalMeanMs: conditionalMean },
  };
}
