// React side of the live counts: polls while the home page is shown, for the boards it lists.
import { useEffect, useState } from 'react';
import type { BoardId } from '../route/route';
import { pollCounts } from './liveCounts';
import type { Fetcher, LiveCounts, Timers } from './liveCounts';

const browserTimers: Timers = {
  setTimeout: (callback, ms) => window.setTimeout(callback, ms),
  clearTimeout: (handle) => window.clearTimeout(handle),
};

const browserFetch: Fetcher = (url, init) => fetch(url, init);

/**
 * The latest counts, or null while none are known: before the first answer and whenever the relay
 * has no presence endpoint. A failed poll keeps the previous counts (one dropped request should not
 * make everyone vanish); the next poll corrects them.
 */
export function useLiveCounts(boards: readonly BoardId[], fetcher: Fetcher = browserFetch): LiveCounts | null {
  const [counts, setCounts] = useState<LiveCounts | null>(null);
  // A string key: a new array with the same ids must not restart polling.
  const key = boards.join(',');
  useEffect(() => {
    const ids = key === '' ? [] : (key.split(',') as BoardId[]);
    return pollCounts(
      fetcher,
      ids,
      (result) => {
        switch (result.kind) {
          case 'counts':
            setCounts(result.counts);
            return;
          case 'unavailable':
            setCounts(null);
            return;
          case 'failed':
            return;
          default:
            assertNever(result);
        }
      },
      browserTimers,
    );
  }, [key, fetcher]);
  return counts;
}

function assertNever(value: never): never {
  throw new Error(`unexpected counts result: ${JSON.stringify(value)}`);
}
