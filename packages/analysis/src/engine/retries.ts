// The retrying calls' figures for the result: each call's expected attempts at the load ↔ latency
// solution, with the late share that went into them, and how the fixed point settled.
import type { Explained } from '../explain/explained';
import { explained, explainedFlag } from '../explain/explained';
import type { Graph, ResolvedCall } from '../model/graph';
import type { RetrySettlement } from '../result';
import { attemptFailure } from '../traffic/load';
import type { RetrySolution } from './load-latency';
import { MAX_ROUNDS } from './load-latency';

const percent = (share: number) => `${(share * 100).toPrecision(3)} %`;

/**
 * Expected attempts of a call that retries, 1 + q + … + q^r with q = down + (1 − down) × late: its callee
 * instance down, or up and answering after the timeout. Null for a call that does not retry.
 */
export function callAttempts(graph: Graph, call: ResolvedCall, solution: RetrySolution): Explained | null {
  if (call.retries === 0) return null;
  const down = 1 - (graph.byId.get(call.to)?.availability ?? 1);
  const late = solution.late.get(call.id) ?? 0;
  // The class whose attempts are more: the one whose late share `late` is.
  const attempts = Math.max(solution.attempts(call, 'read'), solution.attempts(call, 'write'));
  const inputs = {
    retries: call.retries,
    calleeDown: down,
    lateShare: late,
    retryShare: attemptFailure(down, late),
    timeoutMs: call.timeoutMs ?? 'none',
  };
  const formula = '1 + q + … + q^retries, q = down + (1 − down) × late';
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
