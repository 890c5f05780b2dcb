// From a board file to the model the simulator walks. Unset values come from where the board's fields
// say they do: the kind's (or zone level's) defaults in @napkin/catalog, or the fixed value the field
// declaration in @napkin/fields names. What the oracle does not model is refused with a message naming it.
import type { KindSpec } from '@napkin/catalog';
import { getKind } from '@napkin/catalog';
import type { BoardFile, BoardFileCall, BoardFileComponent, FieldDefault } from '@napkin/fields';
import { callOptionalFields, entryFields, whatIfFields } from '@napkin/fields';
import type { OracleCall, OracleComponent, OracleEntry, OracleModel } from './model';
import { groupSteps } from './steps';
import { instanceZones, roundTrips, zoneMarkedDown, zoneTable } from './zones';

export interface ResolveOptions {
  /** Network round trips between placements; 'none' makes every hop free (boards checked without network). */
  readonly network?: 'catalog' | 'none';
}

/** A board the oracle cannot simulate: every reason, each with where it is. */
export class OracleBoardError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`the oracle cannot simulate this board:\n- ${problems.join('\n- ')}`);
    this.name = 'OracleBoardError';
  }
}

/** The fixed value a field declaration gives an unset field (the engine applies the same one). */
function declared<T extends number | boolean | string>(field: { readonly default: FieldDefault }, fallback: T): T {
  return field.default.source === 'engine' ? (field.default.value as T) : fallback;
}

const CALL_DEFAULTS = {
  callsPerRequest: declared(callOptionalFields.callsPerRequest, 1),
  fraction: declared(callOptionalFields.fraction, 1),
  traffic: declared(callOptionalFields.traffic, 'all'),
  retries: declared(callOptionalFields.retries, 0),
  optional: declared(callOptionalFields.optional, false),
  failover: declared(callOptionalFields.failover, true),
};

function entryOf(component: BoardFileComponent, kind: KindSpec): OracleEntry | undefined {
  if (component.entry === undefined && kind.traits.entryPoint !== true) return undefined;
  const entry = component.entry ?? {};
  const dau = entry.dau ?? declared(entryFields.dau, 0);
  const actions = entry.actionsPerUser ?? declared(entryFields.actionsPerUser, 1);
  const peak = entry.peakFactor ?? declared(entryFields.peakFactor, 5);
  // rps wins over DAU when both are set: DAU × actions / 86,400 × peak otherwise.
  const rps = entry.rps ?? (entry.dau !== undefined ? (dau * actions * peak) / 86_400 : declared(entryFields.rps, 0));
  const surge = component.whatIf?.trafficFactor ?? declared(whatIfFields.trafficFactor, 1);
  return { rps: rps * surge, readFraction: entry.readFraction ?? declared(entryFields.readFraction, 0.9) };
}

/** Kinds and values whose behaviour the oracle does not simulate (it would silently differ from the board). */
function unsupported(component: BoardFileComponent, kind: KindSpec, where: string): string[] {
  const problems: string[] = [];
  const traits = kind.traits;
  const readReplicas = component.params?.readReplicas ?? traits.readReplicas?.value ?? 0;
  if (readReplicas > 0) problems.push(`${where}.params.readReplicas: read replicas are not simulated; set 0`);
  if (traits.quorum !== undefined) problems.push(`${where}.kind: "${kind.id}" needs a quorum, which is not simulated`);
  if (traits.writeCapacityRps !== undefined)
    problems.push(`${where}.kind: "${kind.id}" prices writes apart from reads, which is not simulated`);
  if (traits.partitions !== undefined || traits.consumers !== undefined)
    problems.push(`${where}.kind: "${kind.id}" hands work to consumer groups, which are not simulated`);
  const copies = component.params?.replicationFactor ?? traits.replicationFactor?.value ?? 1;
  const instances = component.instances ?? kind.defaults.instances.value;
  if (traits.stateful === true && traits.availabilityIsServiceLevel?.value !== true && Math.floor(copies) > instances)
    problems.push(`${where}.params.replicationFactor: copies beyond the instances are not simulated; set at most ${instances}`);
  return problems;
}

function resolveComponent(
  component: BoardFileComponent,
  kind: KindSpec,
  index: number,
  zones: ReturnType<typeof zoneTable>,
  errors: string[],
): OracleComponent {
  const params = component.params ?? {};
  const slow = component.whatIf?.slowFactor ?? declared(whatIfFields.slowFactor, 1);
  const down = component.whatIf?.down ?? declared(whatIfFields.down, false);
  const where = `components[${index}]`;
  const drawn = component.instances ?? kind.defaults.instances.value;
  const zonesOfInstances = instanceZones(component, drawn, zones, where, errors);
  const p50 = params.p50Ms ?? kind.defaults.p50.value;
  const hitRatio = params.hitRatio ?? kind.traits.hitRatio?.value;
  const serving = down || params.availability === 0 ? [] : zonesOfInstances.filter((z) => !zoneMarkedDown(zones, z));
  const visitZones = serving.length > 0 ? serving : zonesOfInstances;
  return {
    index,
    id: component.id,
    kind: kind.id,
    entry: entryOf(component, kind),
    capacityRps: params.capacityRps ?? kind.defaults.capacityRps.value,
    p50Ms: p50 * slow,
    // A p99 below the p50 is a typo; the distribution needs p99 ≥ p50.
    p99Ms: Math.max(p50, params.p99Ms ?? kind.defaults.p99.value) * slow,
    availability: down ? 0 : (params.availability ?? kind.defaults.availability.value),
    instanceZones: zonesOfInstances,
    servingInstances: serving.length,
    hitRatio: hitRatio ?? 0,
    isCache: hitRatio !== undefined,
    rateLimits: kind.traits.rateLimits === true,
    shedsLoad: params.shedsLoad === true,
    visitZones,
    spreadOut: new Set(visitZones).size > 1,
  };
}

function resolveCall(call: BoardFileCall, index: number, from: OracleComponent, to: OracleComponent): OracleCall {
  return {
    index,
    id: call.id,
    from: from.index,
    to: to.index,
    mode: call.mode === 'async' ? 'async' : 'sync',
    callsPerRequest: call.callsPerRequest ?? CALL_DEFAULTS.callsPerRequest,
    fraction: call.fraction ?? CALL_DEFAULTS.fraction,
    traffic: call.traffic ?? CALL_DEFAULTS.traffic,
    parallelGroup: call.parallelGroup,
    timeoutMs: call.timeoutMs,
    retries: call.retries ?? CALL_DEFAULTS.retries,
    optional: call.optional ?? CALL_DEFAULTS.optional,
    alternative: call.alternative,
    share: call.share,
    failover: call.failover ?? CALL_DEFAULTS.failover,
  };
}

/**
 * A component sheds load when its params say so, or when every call that reaches it comes from a
 * rate limiter standing directly in front of it (the limiter admits what the component can take).
 */
function withShedding(components: OracleComponent[], calls: readonly OracleCall[]): OracleComponent[] {
  return components.map((component) => {
    const callers = calls.filter((call) => call.to === component.index).map((call) => components[call.from]);
    const behindLimiter = callers.length > 0 && callers.every((caller) => caller?.rateLimits === true);
    return component.shedsLoad || !behindLimiter ? component : { ...component, shedsLoad: true };
  });
}

export function resolveBoard(board: BoardFile, options: ResolveOptions = {}): OracleModel {
  const errors: string[] = [];
  const problems: string[] = [];
  const zones = zoneTable(board.zones, errors);
  const resolved: OracleComponent[] = [];
  board.components.forEach((component, i) => {
    const kind = getKind(component.kind);
    if (!kind) {
      problems.push(`components[${i}].kind: unknown kind "${component.kind}"`);
      return;
    }
    problems.push(...unsupported(component, kind, `components[${i}]`));
    resolved.push(resolveComponent(component, kind, resolved.length, zones, errors));
  });
  const byId = new Map(resolved.map((component) => [component.id, component.index]));
  const calls: OracleCall[] = [];
  board.calls.forEach((call, i) => {
    const from = resolved[byId.get(call.from) ?? -1];
    const to = resolved[byId.get(call.to) ?? -1];
    if (!from || !to) {
      errors.push(`calls[${i}]: no component "${from ? call.to : call.from}"; call skipped`);
      return;
    }
    if (call.mode === 'replication') {
      problems.push(`calls[${i}]: a replication call (the engine counts the replica as its primary's read replica; the oracle does not simulate replicas)`);
      return;
    }
    calls.push(resolveCall(call, calls.length, from, to));
  });
  const cycle = findCycle(resolved.length, calls);
  if (cycle) problems.push(`calls: the calls ${cycle.join(' → ')} form a cycle; a request would never end`);
  if (problems.length > 0) throw new OracleBoardError(problems);
  const components = withShedding(resolved, calls);
  const { steps, asyncUnits } = groupSteps(components.length, calls, errors);
  return { components, byId, calls, zones, roundTrips: roundTrips(zones, options.network ?? 'catalog'), steps, asyncUnits, errors };
}

/** The ids of the calls around one cycle, or null when the calls form none. */
function findCycle(count: number, calls: readonly OracleCall[]): string[] | null {
  const outgoing: OracleCall[][] = Array.from({ length: count }, () => []);
  for (const call of calls) outgoing[call.from]?.push(call);
  const state = new Uint8Array(count); // 0 unseen, 1 on the path, 2 done
  const path: OracleCall[] = [];
  const visit = (node: number): string[] | null => {
    state[node] = 1;
    for (const call of outgoing[node] ?? []) {
      path.push(call);
      if (state[call.to] === 1) {
        const start = path.findIndex((step) => step.from === call.to);
        return path.slice(start).map((step) => step.id);
      }
      if (state[call.to] === 0) {
        const found = visit(call.to);
        if (found) return found;
      }
      path.pop();
    }
    state[node] = 2;
    return null;
  };
  for (let node = 0; node < count; node++) {
    if (state[node] !== 0) continue;
    const found = visit(node);
    if (found) return found;
  }
  return null;
}
