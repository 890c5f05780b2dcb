// A critical path's legend on a big board: the hops that eat most of the budget by name, in path order,
// and the rest in one line ("+N more hops, X ms"), so a 300-component chain does not list 300 rows. A
// saturated hop is always named (it is the one to fix). A path with one hop more than the top few lists
// it rather than grouping a single hop.
import type { Hop } from '@napkin/analysis';

/** How many hops a legend names before grouping the rest. */
export const TOP_HOPS = 5;

export interface LegendRows {
  readonly named: readonly Hop[];
  readonly rest: { readonly count: number; readonly ms: number } | null;
}

export function legendRows(hops: readonly Hop[], top = TOP_HOPS): LegendRows {
  if (hops.length <= top + 1) return { named: hops, rest: null };
  // The top few by finite share; saturated hops are named besides them.
  const weight = (hop: Hop) => (hop.budgetShare === null ? -1 : hop.budgetShare.value);
  const keep = new Set([...hops].sort((a, b) => weight(b) - weight(a)).slice(0, top));
  for (const hop of hops) if (hop.budgetShare === null) keep.add(hop);
  const named = hops.filter((hop) => keep.has(hop));
  const grouped = hops.filter((hop) => !keep.has(hop));
  const ms = grouped.reduce((sum, hop) => sum + (hop.ownP99Ms ?? 0) + hop.networkMs, 0);
  return { named, rest: { count: grouped.length, ms } };
}
