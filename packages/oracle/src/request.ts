// One simulated request, followed call by call from its entry point. Each request draws its own world:
// every zone and instance it meets is up or down with its availability (fixed for the whole request, so
// a retry meets the same failures), every visit draws its service time and queueing wait, every call
// its coins (fraction, cache hit, branch of a choice, fan-out's fractional part).
//
// What a request's figures mean:
// - latency: the time until the entry has its answer on the path the board as marked (the what-if)
//   routes it, every component answering in its drawn time: random failures decide success, not time
//   (the latency of the system when it answers, as the engine reports it). A late attempt costs the
//   timeout and is retried; after the last retry the caller gives up at (retries + 1) × timeout. A
//   saturated tier that does not shed answers never (Infinity) unless a timeout cuts it; one that sheds
//   answers what it admits with the wait at SHED_UTILISATION (queue.ts). A choice whose share the
//   what-if loses (target down, no failover or no survivor) fails at once and takes no time.
// - success: every synchronous, non-optional call it makes answered in time with success, and every
//   asynchronous one was accepted by its callee. A component succeeds when it is admitted (enough of
//   its instances up, see `admitted`) and its required calls succeed. A choice's branch is routed in this
//   request's world (what-if and random failures): if its target is down and it fails over, a surviving
//   branch's path decides success, though the time stays the planned path's. A failed answer
//   is final: the states behind it hold for the request, so a retry would meet them again.
// - attempts: per call and class, the calls made and the attempts they took (late and failed answers
//   retried), from which load.ts works out the load.
import type { Draws } from './draw';
import type { Choice, OracleCall, OracleModel, TrafficClass, Unit } from './model';
import { carries } from './model';
import type { Conditions } from './queue';

/** The `from` of a request's own visit to its entry point: no hop before it. */
const ENTRY = -2;

export class RequestWalker {
  /** Per call and class (index 2 × call + 0 for reads, + 1 for writes): calls made, and their attempts. */
  readonly made: Float64Array;
  readonly tries: Float64Array;
  /** Whether the last request succeeded. */
  succeeded = false;
  private request = 0;
  private readonly stamp: Int32Array;
  private readonly up: Int32Array;
  private readonly zoneStamp: Int32Array;
  private readonly zoneUp: Uint8Array;
  /** Outcome of the last visit or call (a second return value, without allocating one per call). */
  private ok = true;
  /** The last visited component's own admission, before its calls (what an asynchronous caller needs). */
  private admittedLast = true;

  /**
   * `measuring`: walk for the attempts load needs (load.ts): routing follows the what-if only (design
   * load), components the what-if takes down are not entered, and asynchronous subtrees are followed.
   */
  constructor(
    private readonly model: OracleModel,
    private readonly conditions: readonly Conditions[],
    private readonly draws: Draws,
    private readonly measuring: boolean,
  ) {
    const n = model.components.length;
    this.made = new Float64Array(2 * model.calls.length);
    this.tries = new Float64Array(2 * model.calls.length);
    this.stamp = new Int32Array(n);
    this.up = new Int32Array(n);
    this.zoneStamp = new Int32Array(model.zones.zones.length);
    this.zoneUp = new Uint8Array(model.zones.zones.length);
  }

  /** Simulates one request from `entry`; returns its latency in ms and sets `succeeded`. */
  run(entry: number): number {
    this.request += 1;
    const readFraction = this.model.components[entry]?.entry?.readFraction ?? 1;
    const cls: TrafficClass = this.draws.chance(readFraction) ? 'read' : 'write';
    const latency = this.visit(entry, cls, ENTRY);
    this.succeeded = this.ok;
    return latency;
  }

  /** Instances of the component up in this request (its own state and every zone around it). */
  upCount(index: number): number {
    if (this.stamp[index] === this.request) return this.up[index] as number;
    const component = this.model.components[index];
    let count = 0;
    if (component && component.availability > 0) {
      for (const zone of component.instanceZones) if (this.draws.chance(component.availability) && this.isZoneUp(zone)) count++;
    }
    this.stamp[index] = this.request;
    this.up[index] = count;
    return count;
  }

  private isZoneUp(index: number): boolean {
    if (index < 0) return true;
    if (this.zoneStamp[index] !== this.request) {
      const zone = this.model.zones.zones[index];
      const up = zone !== undefined && this.draws.chance(zone.availability) && this.isZoneUp(zone.parent);
      this.zoneStamp[index] = this.request;
      this.zoneUp[index] = up ? 1 : 0;
    }
    return this.zoneUp[index] === 1;
  }

  /**
   * Whether the component takes this visit. With no instance up it is down. Otherwise the load needs
   * k instances: with at least k up (and below saturation) it serves; with fewer, or saturated, the
   * survivors are overloaded: a component that sheds serves u × capacity / load of its visits (1/ρ
   * with all up), one that does not fails them all.
   */
  private admitted(index: number): boolean {
    const up = this.upCount(index);
    if (up === 0) return false;
    const conditions = this.conditions[index] as Conditions;
    if (!conditions.saturated && up >= conditions.needed) return true;
    const component = this.model.components[index];
    if (!component?.shedsLoad) return false;
    return this.draws.chance((up * component.capacityRps) / conditions.loadRps);
  }

  private ownLatency(conditions: Conditions): number {
    if (conditions.waitMeanMs === Infinity) return Infinity;
    let latency = conditions.sigma > 0 ? Math.exp(conditions.mu + conditions.sigma * this.draws.normal()) : conditions.medianMs;
    if (conditions.waitProbability > 0 && this.draws.chance(conditions.waitProbability))
      latency += this.draws.exponential(conditions.waitMeanMs);
    return latency;
  }

  /**
   * A request (or attempt) arriving at the component from an instance in zone `from` (ENTRY for the
   * request itself): the round trip to the instance it meets, its own time, then its steps. Sets `ok`.
   */
  private visit(index: number, cls: TrafficClass, from: number): number {
    const component = this.model.components[index];
    // In the design load a component the what-if takes down carries nothing and passes nothing on.
    if (!component || (this.measuring && component.servingInstances === 0 && component.entry === undefined)) {
      this.ok = false;
      this.admittedLast = false;
      return 0;
    }
    const self = component.entry !== undefined || this.admitted(index);
    let ok = self;
    const here = component.spreadOut ? (component.visitZones[Math.floor(this.draws.uniform() * component.visitZones.length)] as number) : (component.visitZones[0] ?? -1);
    let latency = from === ENTRY ? 0 : this.roundTrip(from, here);
    if (component.entry === undefined) latency += this.ownLatency(this.conditions[index] as Conditions);
    // A cache answers a read hit itself; a miss (and every write) goes on to its calls.
    const hit = component.isCache && cls === 'read' && this.draws.chance(component.hitRatio);
    if (!hit) {
      for (const step of this.model.steps[index] ?? []) {
        let slowest = 0;
        for (const unit of step.units) {
          const time = this.unit(unit, cls, true, here);
          if (!this.ok) ok = false;
          if (time > slowest) slowest = time;
        }
        latency += slowest;
      }
      for (const unit of this.model.asyncUnits[index] ?? []) {
        this.unit(unit, cls, false, here);
        if (!this.ok) ok = false;
      }
    }
    this.ok = ok;
    this.admittedLast = self;
    return latency;
  }

  /** A call or a choice, if this request makes it (traffic class and fraction). Sets `ok`. */
  private unit(unit: Unit, cls: TrafficClass, sync: boolean, here: number): number {
    const fraction = unit.kind === 'call' ? unit.call.fraction : unit.fraction;
    if (!this.draws.chance(fraction)) return this.skipped();
    if (unit.kind === 'call') return carries(unit.call, cls) ? this.make(unit.call, cls, sync, here) : this.skipped();
    const choice = unit.byClass[cls];
    if (choice.branches.length === 0) return this.skipped();
    // One branch by weight, then two routings from it: the board as marked (the walk, and so the time)
    // and this request's world (the what-if and its random failures: success). A share lost in the
    // first fails at once, in no time; one lost only in the second fails, in the planned path's time.
    const first = choice.branches[this.draws.pick(choice.weights)] as OracleCall;
    const survivorDraw = this.draws.uniform();
    const planned = this.route(choice, first, survivorDraw, (index) => this.model.components[index]?.servingInstances === 0);
    if (planned === null) {
      this.ok = first.optional;
      return 0;
    }
    const time = this.make(planned, cls, sync, here);
    if (this.measuring) return time;
    const actual = this.route(choice, first, survivorDraw, (index) => this.upCount(index) === 0);
    if (actual === null) this.ok = first.optional;
    else if (actual !== planned) this.make(actual, cls, sync, here);
    return time;
  }

  private skipped(): number {
    this.ok = true;
    return 0;
  }

  /**
   * Where a request that picked `first` goes: there, unless its target is down (by `down`); then, if
   * `first` fails over, to a surviving branch by the survivors' weights (equally if those are all 0),
   * chosen with `draw`; null when the share is lost (no failover, or no survivor).
   */
  private route(choice: Choice, first: OracleCall, draw: number, down: (index: number) => boolean): OracleCall | null {
    if (!down(first.to)) return first;
    if (!first.failover) return null;
    let total = 0;
    let count = 0;
    for (let i = 0; i < choice.branches.length; i++) {
      if (down((choice.branches[i] as OracleCall).to)) continue;
      total += choice.weights[i] as number;
      count += 1;
    }
    if (count === 0) return null;
    let left = draw * (total > 0 ? total : count);
    let last: OracleCall | null = null;
    for (let i = 0; i < choice.branches.length; i++) {
      const branch = choice.branches[i] as OracleCall;
      if (down(branch.to)) continue;
      left -= total > 0 ? (choice.weights[i] as number) : 1;
      last = branch;
      if (left < 0) return branch;
    }
    return last;
  }

  private make(call: OracleCall, cls: TrafficClass, sync: boolean, here: number): number {
    return sync ? this.syncCall(call, cls, here) : this.asyncCall(call, cls, here);
  }

  /** Records one call made and the attempts it took. */
  private record(call: OracleCall, cls: TrafficClass, attempts: number): void {
    const at = 2 * call.index + (cls === 'read' ? 0 : 1);
    this.made[at] = (this.made[at] as number) + 1;
    this.tries[at] = (this.tries[at] as number) + attempts;
  }

  private roundTrip(from: number, to: number): number {
    return this.model.roundTrips[(from + 1) * (this.model.zones.zones.length + 1) + (to + 1)] as number;
  }

  /** callsPerRequest calls in parallel, each with its own attempts; the caller waits for the slowest. */
  private syncCall(call: OracleCall, cls: TrafficClass, here: number): number {
    const copies = this.draws.count(call.callsPerRequest);
    let slowest = 0;
    let ok = true;
    for (let i = 0; i < copies; i++) {
      const time = this.attempts(call, cls, here);
      if (!this.ok) ok = false;
      if (time > slowest) slowest = time;
    }
    this.ok = ok || call.optional;
    return slowest;
  }

  /** Attempts until one answers within the timeout, at most retries + 1. Sets `ok`. */
  private attempts(call: OracleCall, cls: TrafficClass, here: number): number {
    let elapsed = 0;
    for (let attempt = 0; ; attempt++) {
      const time = this.visit(call.to, cls, here);
      const answered = this.ok;
      if (call.timeoutMs !== undefined && time > call.timeoutMs) {
        elapsed += call.timeoutMs;
        if (attempt >= call.retries) {
          this.record(call, cls, attempt + 1);
          this.ok = false;
          return elapsed;
        }
        continue;
      }
      // The caller retries a failed answer too; it fails again (same states), so it adds only load.
      this.record(call, cls, answered ? attempt + 1 : call.retries + 1);
      this.ok = answered;
      return elapsed + time;
    }
  }

  /** callsPerRequest messages, each needing the callee to accept it (its own admission). Sets `ok`. */
  private asyncCall(call: OracleCall, cls: TrafficClass, here: number): number {
    const copies = this.draws.count(call.callsPerRequest);
    let ok = true;
    for (let i = 0; i < copies; i++) {
      let accepted: boolean;
      if (this.measuring) {
        this.visit(call.to, cls, here);
        accepted = this.admittedLast;
      } else accepted = this.admitted(call.to);
      // A message the callee refuses is sent again, up to `retries` times; the states hold, so it is refused again.
      this.record(call, cls, accepted ? 1 : call.retries + 1);
      if (!accepted) ok = false;
    }
    this.ok = ok || call.optional;
    return 0;
  }
}
