// The typed, validated view of a board: what `Board.snapshot()` returns and what every consumer works with.
// The fields are those declared in `@napkin/fields`, as the board file carries them, so export and import
// are plain mappings; an optional field left unset means its declared default.
import type { CallMode, ComponentParams, EntryLoad, NoteColour, NoteKind, TrafficClass, WhatIf, ZoneLevel } from '@napkin/fields';
import type { AnnotationId, CallId, ComponentId, ZoneId } from './ids.js';
import type { DocProblem } from './problems.js';

export interface BoardComponent {
  id: ComponentId;
  /** A `@napkin/catalog` KindSpec id; not checked here so the document does not depend on the catalog. */
  kind: string;
  name: string;
  /** Top-left corner on the board. */
  x: number;
  y: number;
  /** Unset: the kind's default from the catalog. */
  instances?: number;
  /** Zones its instances run in (`eu-a eu-b`, `eu-a:2 eu-b:1`); unset: the frame it is drawn in. */
  spread?: string;
  params: ComponentParams;
  entry?: EntryLoad;
  whatIf?: WhatIf;
}

export interface BoardCall {
  id: CallId;
  from: ComponentId;
  to: ComponentId;
  mode: CallMode;
  /** Unset: the engine's defaults (1 call, every request, all traffic; see `@napkin/fields` callFields). */
  callsPerRequest?: number;
  fraction?: number;
  parallelGroup?: string;
  traffic?: TrafficClass;
  timeoutMs?: number;
  retries?: number;
  backoff?: boolean;
  optional?: boolean;
  /** Alternatives: calls from one caller in the same group; each request takes one, by share. */
  alternative?: string;
  share?: number;
  failover?: boolean;
  label?: string;
}

export interface BoardZone {
  id: ZoneId;
  level: ZoneLevel;
  name: string;
  x: number;
  y: number;
  width: number;
  height: number;
  availability?: number;
  /** Calls between zones on different continents cost the cross-continent round trip. */
  continent?: string;
  /** The shared what-if: the zone and everything inside it is lost. */
  down?: boolean;
}

/** A note on the board. `x`/`y` is its top-left corner, pinned or not: moving a component moves its notes. */
export interface BoardAnnotation {
  id: AnnotationId;
  text: string;
  x: number;
  y: number;
  /** Unset: a text note. */
  kind?: NoteKind;
  /** Unset: a text note fits its text, a sticky note is `NOTE_DEFAULT_SIZE`. */
  width?: number;
  height?: number;
  colour?: NoteColour;
  /** The component this note moves with (one that no longer exists pins nothing). */
  pinnedTo?: ComponentId;
}

export interface BoardMeta {
  schemaVersion: number;
  title: string;
  createdAt: number;
}

export interface BoardSnapshot {
  meta: BoardMeta;
  /** Sorted by id so every peer derives the same order from the same document. */
  components: BoardComponent[];
  calls: BoardCall[];
  zones: BoardZone[];
  annotations: BoardAnnotation[];
  /** What was skipped or dropped while reading, and why. Empty for a healthy document. */
  problems: DocProblem[];
}

/** Input of `Board.addComponent`: only what cannot be defaulted is required. */
export interface NewComponent {
  kind: string;
  x: number;
  y: number;
  name?: string;
  instances?: number;
  spread?: string;
  params?: ComponentParams;
  entry?: EntryLoad;
  whatIf?: WhatIf;
}

/**
 * A partial update. Inside `params`/`entry`/`whatIf` only the keys given change (an `undefined` value clears
 * that key); `entry: null` / `whatIf: null` clear the whole group.
 */
export interface ComponentPatch {
  kind?: string;
  name?: string;
  x?: number;
  y?: number;
  instances?: number;
  spread?: string;
  params?: ComponentParams;
  entry?: EntryLoad | null;
  whatIf?: WhatIf | null;
}

export interface NewCall {
  from: ComponentId;
  to: ComponentId;
  mode: CallMode;
  callsPerRequest?: number;
  fraction?: number;
  parallelGroup?: string;
  traffic?: TrafficClass;
  timeoutMs?: number;
  retries?: number;
  backoff?: boolean;
  optional?: boolean;
  /** Alternatives: calls from one caller in the same group; each request takes one, by share. */
  alternative?: string;
  share?: number;
  failover?: boolean;
  label?: string;
}

/** Endpoints are fixed once a call exists (re-wiring is remove + add); `undefined` clears an optional field. */
export type CallPatch = Partial<Omit<NewCall, 'from' | 'to'>>;

export interface NewZone {
  level: ZoneLevel;
  x: number;
  y: number;
  width: number;
  height: number;
  name?: string;
  availability?: number;
  continent?: string;
  down?: boolean;
}
export type ZonePatch = Partial<NewZone>;

export interface NewAnnotation {
  text: string;
  x: number;
  y: number;
  kind?: NoteKind;
  width?: number;
  height?: number;
  colour?: NoteColour;
  pinnedTo?: ComponentId;
}
/** `undefined` clears an optional field (unpins, back to the default size or colour). */
export type AnnotationPatch = Partial<NewAnnotation>;
