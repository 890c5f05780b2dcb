// Resolving alternative groups: the calls of one caller that name the same `alternative` become the
// branches of one choice, each with its normalised weight, its failover flag and the share of requests
// it takes in the board's state (model/alternatives.ts has the rule). The group's `fraction` is its
// first branch's, so that "the share of requests that make the call" means the same for every branch.
import type { FormatError } from '../format/parse';
import type { BoardCall } from '../format/schema';
import type { ComponentId, ResolvedCall, ResolvedComponent, TrafficClass } from './graph';
import { MAX_BRANCHES, carriesClass, classWeights, normaliseWeights, routeShares } from './alternatives';

/** The share of a class's requests each carrying branch takes, target by target down or up. */
function routedFor(
  branches: readonly ResolvedCall[],
  cls: TrafficClass,
  byId: ReadonlyMap<ComponentId, ResolvedComponent>,
): Map<ResolvedCall, number> {
  const carrying = branches.filter((call) => carriesClass(call, cls));
  const shares = routeShares(
    classWeights(carrying),
    carrying.map((call) => call.branch?.failover ?? true),
    (j) => byId.get((carrying[j] as ResolvedCall).to)?.down !== true,
  );
  return new Map(carrying.map((call, j) => [call, shares[j] ?? 0]));
}

/**
 * The calls with their alternative groups resolved, in the same order. Reported where they are: a share
 * on a call outside any group (ignored), a branch whose fraction differs from its group's first branch
 * (the first one's applies), and branches past the MAX_BRANCHES-th of a group (made as plain calls).
 */
export function withAlternatives(
  calls: readonly ResolvedCall[],
  byId: ReadonlyMap<ComponentId, ResolvedComponent>,
  routed: ReadonlyMap<string, { readonly index: number; readonly call: BoardCall }>,
  errors: FormatError[],
): ResolvedCall[] {
  const boardIndex = (id: string) => routed.get(id)?.index ?? -1;
  const boardCall = (id: string) => routed.get(id)?.call;
  const groups = new Map<string, ResolvedCall[]>();
  for (const call of calls) {
    const source = boardCall(call.id);
    if (source === undefined) continue;
    const name = source?.alternative;
    if (name === undefined) {
      if (source?.share !== undefined)
        errors.push({ path: `calls[${boardIndex(call.id)}].share`, message: 'a share applies only to a call in an alternative group; ignored' });
      continue;
    }
    const key = `${call.from}\u0000${name}`;
    const members = groups.get(key) ?? [];
    if (members.length >= MAX_BRANCHES) {
      errors.push({
        path: `calls[${boardIndex(call.id)}].alternative`,
        message: `group "${name}" already has ${MAX_BRANCHES} branches, the most it can take; this call is made as a plain call`,
      });
      continue;
    }
    members.push(call);
    groups.set(key, members);
  }
  if (groups.size === 0) return [...calls];

  const resolved = new Map<ResolvedCall, ResolvedCall>();
  for (const members of groups.values()) {
    const first = members[0] as ResolvedCall;
    const name = boardCall(first.id)?.alternative ?? '';
    const weights = normaliseWeights(members.map((call) => boardCall(call.id)?.share));
    const branches = members.map((call, j) => {
      if (call.fraction !== first.fraction)
        errors.push({
          path: `calls[${boardIndex(call.id)}].fraction`,
          message: `differs from the first branch of group "${name}" (${first.fraction}); the group's fraction is the first branch's`,
        });
      const failover = boardCall(call.id)?.failover ?? true;
      const branch = { group: name, weight: weights[j] ?? 0, failover, routed: { read: 0, write: 0 } };
      return { ...call, fraction: first.fraction, branch };
    });
    const read = routedFor(branches, 'read', byId);
    const write = routedFor(branches, 'write', byId);
    branches.forEach((call, j) => {
      // The routed shares need the branches built; they are filled into the branch's own fresh object
      // rather than by copying the call (twenty fields) a second time.
      call.branch.routed.read = read.get(call) ?? 0;
      call.branch.routed.write = write.get(call) ?? 0;
      resolved.set(members[j] as ResolvedCall, call);
    });
  }
  return calls.map((call) => resolved.get(call) ?? call);
}
