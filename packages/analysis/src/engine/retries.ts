// The retrying calls' figures for the result: each call's expected attempts at the load ↔ latency
// solution, with the late share that went into them, and how the fixed point settled.
import type { Explained } from '../explain/explained';
import { explained, explainedFlag } from '../explain/explained';
import type { Graph, ResolvedCall } from '../model/graph';
import type { RetrySettlement } from '../result';
import type { RetrySolution } from './load-latency';
import { MAX_ROUNDS } from './load-latency';

const percent = (share: number) => `${(share * 100).toPrecision(3)} %`;

/**
 * Expected attempts of a call that retries: f × (1 + r) + (1 − f) × (1 + ℓ + … + ℓ^r), where f is the
 * chance its callee's subtree fails the request (every attempt fails alike: the states hold for the
 * request) and ℓ the late share of one attempt otherwise. Null for a call that does not retry.
 */
export function callAttempts(graph: Graph, call: ResolvedCall, solution: RetrySolution): Explained | null {
  if (call.retries === 0) return null;
  const failure = solution.failure.get(call.id) ?? 1 - (graph.byId.get(call.to)?.availability ?? 1);
  const late = solution.late.get(call.id) ?? 0;
  // The class whose attempts are more: the one whose late share `late` is.
  const attempts = Math.max(solution.attempts(call, 'read'), solution.attempts(call, 'write'));
  const inputs = {
    retries: call.retries,
    subtreeFailure: failure,
    lateShare: late,
    timeoutMs: call.timeoutMs ?? 'none',
  };
  const formula = 'f × (1 + retries) + (1 − f) × (1 + ℓ + … + ℓ^retries), f = P(callee subtree fails the request), ℓ = late share';
  if (late <= 0) return explained(attempts, 'attempts', formula, inputs);
  return explained(attempts, 'attempts', formula, inputs, {
    note:
      `${percent(late)} of attempts answer after the ${call.timeoutMs} ms timeout at the load these retries add ` +
      `(load and latency solved together, ${solution.rounds} round${solution.rounds === 1 ? '' : 's'})`,
  });
}

export function retrySettlement(solution: RetrySolution): RetrySettlement {
  return {
    rounds: explained(
      solution.rounds,
      'rounds',
      'latency trees built until no retrying call’s attempts move by more than 1e-9 (at most the cap)',
      { maxRounds: MAX_ROUNDS, retryingCalls: solution.late.size },
    ),
    converged: solution.converged,
    why: {
      converged: explainedFlag(
        solution.converged,
        'the late shares of retrying calls settle within the most rounds the engine runs',
        { rounds: solution.rounds, maxRounds: MAX_ROUNDS, lastMove: solution.residual },
        solution.converged ? {} : { note: 'retries and latency feed each other without settling: a retry storm' },
      ),
    },
  };
}
