// The fields of a call between two components: how it is made (mode, fan-out, share of requests,
// traffic class, parallel group), how it fails (timeout, retries, backoff, optional) and its label on the
// board. Unset fields take the engine's defaults ("The board format" in `@napkin/analysis`).
import { CATALOG, engine, LARGEST_COUNT, NONE, positiveAmount, probability } from './bounds.js';
import { booleanField, choiceField, numberField, textField } from './field.js';
import type { ChoiceValue, ValuesOf } from './field.js';
import { idSchema } from './ids.js';

/** The endpoints: fixed once a call exists (re-wiring is remove and add). */
export const callEndpointSchemas = { from: idSchema, to: idSchema };

// A call's mode is always stored; the value a new call starts with depends on the kinds at its two
// ends (`defaultCallMode` in `@napkin/catalog`: async into a broker, replication from a store into its
// replica, else sync), so its default is the catalog's.
export const callModeField = choiceField({
  label: 'Mode',
  help: 'New calls start async into a queue, stream or topic, as replication from a store into its replica, else sync',
  options: [
    { value: 'sync', label: 'synchronous (caller waits)' },
    { value: 'async', label: 'asynchronous (caller waits for the enqueue only)' },
    { value: 'replication', label: 'replication (the callee is a copy of the caller)' },
  ],
  default: CATALOG,
});

export const callOptionalFields = {
  callsPerRequest: numberField({ label: 'Calls per request (fan-out)', unit: '×', min: 1, max: LARGEST_COUNT, default: engine(1) }),
  fraction: probability({ label: 'Share of requests that call', help: 'A cache miss, a write path', default: engine(1) }),
  traffic: choiceField({
    label: 'Traffic',
    options: [
      { value: 'all', label: 'all requests' },
      { value: 'read', label: 'reads only' },
      { value: 'write', label: 'writes only' },
    ],
    default: engine('all'),
  }),
  parallelGroup: textField({ label: 'Parallel group', minLength: 1, maxLength: 64, default: NONE }),
  timeoutMs: positiveAmount({ label: 'Timeout', unit: 'ms', default: NONE }),
  retries: numberField({ label: 'Retries', unit: '', min: 0, max: 10, integer: true, default: engine(0) }),
  backoff: booleanField({ label: 'Backoff between retries', default: engine(false) }),
  optional: booleanField({ label: 'Optional (caller survives its failure)', default: engine(false) }),
  // Alternatives (analysis-model.md, "The graph"): calls from one caller that name the same group are
  // branches of one choice, and each request takes exactly one of them by share (a load balancer across
  // zones, a canary split), instead of every call being made by its own `fraction` of requests.
  alternative: textField({
    label: 'Alternative group',
    help: 'Calls from one caller in the same group are alternatives: each request takes exactly one of them',
    minLength: 1,
    maxLength: 64,
    default: NONE,
  }),
  share: probability({
    label: 'Share of the group',
    help: 'Shares of a group are read as weights (they need not sum to 1); unset shares split what the set ones leave',
    default: NONE,
  }),
  failover: booleanField({
    label: 'Fail over when down',
    help: "When this branch's target is down its share goes to the surviving branches (active-active, or active-passive with a 0 % standby)",
    default: engine(true),
  }),
};

/** Layout only: the engine never reads a call's label. */
export const callLabelFields = {
  label: textField({ label: 'Label', minLength: 0, maxLength: 200, default: NONE }),
};

/** Every editable field of a call, in the order a form shows them. */
export const callFields = { mode: callModeField, ...callOptionalFields, ...callLabelFields };

export const CALL_MODES = callModeField.options.map((option) => option.value);
export const TRAFFIC_CLASSES = callOptionalFields.traffic.options.map((option) => option.value);
export type CallMode = ChoiceValue<typeof callModeField>;
export type TrafficClass = ChoiceValue<typeof callOptionalFields.traffic>;
export type CallOptions = ValuesOf<typeof callOptionalFields>;

