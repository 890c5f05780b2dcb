// The terms a headline figure is made of, as plain data: the flow's p99 and availability open to a
// tree whose nodes say which part (a component, a call, a zone, a traffic class), which share of the
// flow's requests it concerns, which rule combines its children, and its own figure. A reader (the
// board's "why?", the CLI) walks it; every node names its component so a click can select it.
import type { Explained } from './explained';

/**
 * How a term's children combine into it. Latency: `series` adds (convolution), `parallel-max` waits for
 * the slowest, `fan-out` waits for the slowest of N copies, `mixture` takes a part for some requests
 * only (a class, a fraction, a cache miss), `alternatives` takes exactly one branch per request.
 * Availability: `series` needs every part up, `k-of-n` needs enough of a component's copies up,
 * `shared-zone` fails everything inside it at once, `component` is one part's own P(up).
 */
export type TermRule =
  | 'series'
  | 'parallel-max'
  | 'fan-out'
  | 'mixture'
  | 'alternatives'
  | 'own-time'
  | 'network'
  | 'component'
  | 'k-of-n'
  | 'shared-zone';

/** Each rule in words, for readers that print it. */
export const TERM_RULES: Readonly<Record<TermRule, string>> = {
  series: 'in series: the parts add up (latency) or must all be up (availability)',
  'parallel-max': 'in parallel: the request waits for the slowest call',
  'fan-out': 'fan-out: the request waits for the slowest of its N calls',
  mixture: 'mixture: only a share of requests take this part',
  alternatives: 'alternatives: each request takes exactly one branch',
  'own-time': "the component's own service time and queueing wait",
  network: 'the network round trip of the call',
  component: 'one component: its own P(up)',
  'k-of-n': 'k of n: enough of its copies must be up to serve the load',
  'shared-zone': 'shared zone: its failure takes down everything inside it at once',
};

export interface Term {
  /** What the term is: a component's name, "reads", "writes", a zone's name. */
  readonly label: string;
  readonly rule: TermRule;
  /** The component the term is about, for selecting it on the board; null for a class or a zone. */
  readonly component: string | null;
  /** The zone of a `shared-zone` term; else null. */
  readonly zone: string | null;
  /** The call that reaches the component, when the term is one. */
  readonly call: string | null;
  /** The term's own figure: a p99 in ms, or an availability in %. */
  readonly figure: Explained;
  /** The share of the flow's requests the term concerns, its reason as the note. */
  readonly share: Explained;
  /** For availability: the percentage points the part costs the flow, A(it never fails) − A; else null. */
  readonly cost: Explained | null;
  readonly children: readonly Term[];
}

/**
 * Trees stop growing past this many terms (deep diamonds repeat subtrees); the last ones say so. Each
 * term costs a percentile of its part's distribution, so the cap also bounds what the trees add to an
 * analysis of a large board (every flow builds two).
 */
export const MAX_TERMS = 100;
