// What the exact availability of a flow reads from the rest of the engine, per component and per call.
import type { ComponentId, Graph, ResolvedCall, TrafficClass } from '../model/graph';
import type { UpModel } from './component-up';

export interface AvailabilityInputs {
  readonly graph: Graph;
  /** P(component up) from its instances and the load it must carry; zones not included. */
  readonly up: (id: ComponentId) => number;
  /** Share of requests a saturated component still serves (1 below saturation). */
  readonly served: (id: ComponentId) => number;
  /** Share of the caller's requests of this class that make the call. */
  readonly share: (call: ResolvedCall, cls: TrafficClass) => number;
  /** Probability a call answers before its timeout (retries included) when its callee is up; 1 without a timeout. */
  readonly inTime: (call: ResolvedCall, cls: TrafficClass) => number;
  /** What `up` is computed from: a spread component's fewer running instances and a target's health check need it. */
  readonly model: (id: ComponentId) => UpModel | undefined;
  /**
   * A spread tier's served share by running instances in place of its model's, for one case of its
   * admission (availability/shedding-arrivals.ts); undefined for every other component.
   */
  readonly servedTable?: (id: ComponentId) => Float64Array | undefined;
}
