// The board's colours (apps/web's nodes.css, zones.css, edges.css), so an export looks like the board.
import type { LoadLevel, Severity } from '@napkin/analysis';

export const INK = '#1f2933';
export const MUTED = '#52606d';
export const BADGE_TEXT = '#3e4c59';
export const BADGE_BORDER = '#e4e7eb';
export const BADGE_FILL = '#f8f9fb';
export const NODE_BORDER = '#cbd2d9';
export const NODE_FILL = '#ffffff';
export const SATURATED = '#e03131';
export const CALL_STROKE = '#868e96';
export const ASYNC = '#7048e8';
/** Replication calls (a store copying itself into a replica): green, dotted, like the web's edges. */
export const REPLICATION = '#2b8a3e';
export const NETWORK = '#d9480f';
export const COMMENT = '#1971c2';
export const NOTE_FILL = '#fff3bf';
export const NOTE_BORDER = '#fab005';
export const GOOD = '#2b8a3e';
export const BAD = '#c92a2a';

export const LOAD_FILL: Readonly<Record<LoadLevel, string>> = { ok: '#2f9e44', hot: '#f08c00', saturated: '#e03131' };
export const LOAD_TEXT: Readonly<Record<LoadLevel, string>> = { ok: BADGE_TEXT, hot: '#d9480f', saturated: '#c92a2a' };
export const SEVERITY_COLOUR: Readonly<Record<Severity, string>> = { error: '#c92a2a', warning: '#d9480f', info: '#1971c2' };

export const ZONE_COLOUR: Readonly<Record<string, { stroke: string; text: string; fill: string }>> = {
  region: { stroke: '#9775fa', text: '#7048e8', fill: '#9775fa' },
  'data-centre': { stroke: '#868e96', text: '#495057', fill: '#868e96' },
  'availability-zone': { stroke: '#4dabf7', text: '#1c7ed6', fill: '#4dabf7' },
};
