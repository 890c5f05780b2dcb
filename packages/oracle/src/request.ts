// One simulated request, followed call by call from its entry point. Each request draws its own world:
// every zone and instance it meets is up or down with its availability (fixed for the whole request, so
// a retry meets the same failures), every visit draws its service time and queueing wait, every call
// its coins (fraction, cache hit, branch of a choice, fan-out's fractional part).
//
// What a request's figures mean:
// - latency: the time until the entry has its answer, with every component answering in its drawn time
//   (a failure does not make anything faster); a late attempt costs the timeout and is retried, and after
//   the last retry the caller gives up at (retries + 1) × timeout. A saturated tier that does not shed
//   answers never (Infinity) unless a timeout cuts it; one that sheds answers what it admits with the
//   wait at SHED_UTILISATION (queue.ts).
// - success: every synchronous, non-optional call it makes answered in time with success, and every
//   asynchronous one was accepted by its callee. A component succeeds when it is admitted (enough of
//   its instances up, see `admitted`) and its required calls succeed. A failed answer is final: the
//   states behind it hold for the request, so a retry would meet them again.
// - arrivals: every attempt that reaches a component, for the load the queues see.
import type { Draws } from './draw';
import type { Choice, OracleCall, OracleModel, TrafficClass, Unit } from './model';
import { carries } from './model';
import type { Conditions } from './queue';

export class RequestWalker {
  /** Attempts that reached each component, since the walker was made. */
  readonly arrivals: Float64Array;
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
   * `countLoad`: follow asynchronous subtrees and the retries of failed answers too, which only add
   * arrivals (set while measuring load; the request's latency and success do not depend on them).
   */
  constructor(
    private readonly model: OracleModel,
    private readonly conditions: readonly Conditions[],
    private readonly draws: Draws,
    private readonly countLoad: boolean,
  ) {
    const n = model.components.length;
    this.arrivals = new Float64Array(n);
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
    const latency = this.visit(entry, cls, 1);
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

  /** A request (or attempt) arriving at the component: its own time plus its steps. Sets `ok`. */
  private visit(index: number, cls: TrafficClass, weight: number): number {
    const component = this.model.components[index];
    // In the design load a component the what-if takes down carries nothing and passes nothing on.
    if (!component || (this.countLoad && component.servingInstances === 0 && component.entry === undefined)) {
      this.ok = false;
      this.admittedLast = false;
      return 0;
    }
    this.arrivals[index] = (this.arrivals[index] as number) + weight;
    const self = component.entry !== undefined || this.admitted(index);
    let ok = self;
    let latency = component.entry !== undefined ? 0 : this.ownLatency(this.conditions[index] as Conditions);
    // A cache answers a read hit itself; a miss (and every write) goes on to its calls.
    const hit = component.isCache && cls === 'read' && this.draws.chance(component.hitRatio);
    if (!hit) {
      for (const step of this.model.steps[index] ?? []) {
        let slowest = 0;
        for (const unit of step.units) {
          const time = this.unit(unit, cls, weight, true);
          if (!this.ok) ok = false;
          if (time > slowest) slowest = time;
        }
        latency += slowest;
      }
      for (const unit of this.model.asyncUnits[index] ?? []) {
        this.unit(unit, cls, weight, false);
        if (!this.ok) ok = false;
      }
    }
    this.ok = ok;
    this.admittedLast = self;
    return latency;
  }

  /** A call or a choice, if this request makes it (traffic class and fraction). Sets `ok`. */
  private unit(unit: Unit, cls: TrafficClass, weight: number, sync: boolean): number {
    const fraction = unit.kind === 'call' ? unit.call.fraction : unit.fraction;
    let call: OracleCall | null = null;
    if (this.draws.chance(fraction)) call = unit.kind === 'call' ? (carries(unit.call, cls) ? unit.call : null) : this.choose(unit.byClass[cls]);
    if (call === null) {
      this.ok = true;
      return 0;
    }
    return sync ? this.syncCall(call, cls, weight) : this.asyncCall(call, cls, weight);
  }

  /**
   * Whether a branch's target is down, for failover: no instance up in this request (its own failures,
   * its zones, the what-if). While measuring load, only the what-if counts: load is the design load of
   * the board as marked, which random failures do not move.
   */
  private isDown(index: number): boolean {
    return this.countLoad ? this.model.components[index]?.servingInstances === 0 : this.upCount(index) === 0;
  }

  /**
   * One branch by its weight among those that carry the class (null when none does). When that branch's
   * target is down and the branch fails over, the request goes to a surviving branch instead, by the
   * survivors' weights (equally if those are all 0); with no survivor, or no failover, it stays on the
   * branch and fails there.
   */
  private choose(choice: Choice): OracleCall | null {
    if (choice.branches.length === 0) return null;
    const branch = choice.branches[this.draws.pick(choice.weights)] as OracleCall;
    if (!branch.failover || !this.isDown(branch.to)) return branch;
    const survivors: OracleCall[] = [];
    const weights: number[] = [];
    choice.branches.forEach((other, i) => {
      if (this.isDown(other.to)) return;
      survivors.push(other);
      weights.push(choice.weights[i] as number);
    });
    if (survivors.length === 0) return branch;
    const total = weights.reduce((sum, w) => sum + w, 0);
    const normalised = total > 0 ? weights.map((w) => w / total) : weights.map(() => 1 / weights.length);
    return survivors[this.draws.pick(normalised)] as OracleCall;
  }

  /** callsPerRequest calls in parallel, each with its own attempts; the caller waits for the slowest. */
  private syncCall(call: OracleCall, cls: TrafficClass, weight: number): number {
    const copies = this.draws.count(call.callsPerRequest);
    let slowest = 0;
    let ok = true;
    for (let i = 0; i < copies; i++) {
      const time = this.attempts(call, cls, weight);
      if (!this.ok) ok = false;
      if (time > slowest) slowest = time;
    }
    this.ok = ok || call.optional;
    return slowest;
  }

  /** Attempts until one answers within the timeout, at most retries + 1. Sets `ok`. */
  private attempts(call: OracleCall, cls: TrafficClass, weight: number): number {
    let elapsed = 0;
    for (let attempt = 0; ; attempt++) {
      const time = call.networkMs + this.visit(call.to, cls, weight);
      const answered = this.ok;
      if (call.timeoutMs !== undefined && time > call.timeoutMs) {
        elapsed += call.timeoutMs;
        if (attempt >= call.retries) {
          this.ok = false;
          return elapsed;
        }
        continue;
      }
      // The caller retries a failed answer too; it fails again (same states), so it adds only load.
      if (!answered && this.countLoad && attempt < call.retries) this.visit(call.to, cls, weight * (call.retries - attempt));
      this.ok = answered;
      return elapsed + time;
    }
  }

  /** callsPerRequest messages, each needing the callee to accept it (its own admission). Sets `ok`. */
  private asyncCall(call: OracleCall, cls: TrafficClass, weight: number): number {
    const copies = this.draws.count(call.callsPerRequest);
    let ok = true;
    for (let i = 0; i < copies; i++) {
      let accepted: boolean;
      if (this.countLoad) {
        this.visit(call.to, cls, weight);
        accepted = this.admittedLast;
        if (!accepted && call.retries > 0) this.visit(call.to, cls, weight * call.retries);
      } else accepted = this.admitted(call.to);
      if (!accepted) ok = false;
    }
    this.ok = ok || call.optional;
    return 0;
  }
}
