// A flow's critical paths, one per traffic class: reads and writes can take different calls (a cache
// in front of reads, a write-only store), and a hop only writes reach can set the flow's p99, so it
// must show on the write path rather than vanish behind the read one. When both classes run the same
// calls there is one path, for all requests.
import type { Explained } from '../explain/explained';
import { explained, explainedFlag } from '../explain/explained';
import type { ComponentId, ResolvedEntry, TrafficClass } from '../model/graph';
import type { ClassPath, Hop } from '../result';
import type { HopContext } from './hops';
import { MAX_HOPS, criticalPath } from './hops';

function classShare(traffic: ClassPath['traffic'], weight: number): Explained {
  return traffic === 'all'
    ? explained(1, 'probability', 'reads and writes take the same calls: one path for every request', {})
    : explained(weight, 'probability', "the entry's share of requests of this class", { trafficClass: traffic });
}

export function classPaths(
  ctx: HopContext,
  entryId: ComponentId,
  entry: ResolvedEntry,
  main: TrafficClass,
  budgetMs: number,
  reach: { get(id: ComponentId): { readonly share: Explained } | undefined },
): { main: { hops: readonly Hop[]; truncated: boolean }; all: ClassPath[] } {
  const both = entry.readFraction > 0 && entry.readFraction < 1 && ctx.composer.classSensitive(entryId);
  const classes: Array<{ traffic: ClassPath['traffic']; cls: TrafficClass; weight: number }> = both
    ? [
        { traffic: 'read', cls: 'read', weight: entry.readFraction },
        { traffic: 'write', cls: 'write', weight: 1 - entry.readFraction },
      ]
    : [{ traffic: 'all', cls: main, weight: 1 }];
  const all = classes.map(({ traffic, cls, weight }): ClassPath => {
    const path = criticalPath(ctx, entryId, cls, budgetMs, reach);
    return {
      traffic,
      share: classShare(traffic, weight),
      hops: path.hops,
      truncated: path.truncated,
      why: {
        truncated: explainedFlag(path.truncated, 'hops on the critical path > the most the engine lists', {
          listedHops: path.hops.length,
          maxHops: MAX_HOPS,
        }),
      },
    };
  });
  const mainPath = all.find((path) => path.traffic === main) ?? all[0];
  return { main: { hops: mainPath?.hops ?? [], truncated: mainPath?.truncated ?? false }, all };
}
