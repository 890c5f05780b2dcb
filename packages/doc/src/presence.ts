// Presence (Yjs awareness) is as untrusted as the document: any peer can publish any JSON. Parse it here,
// once, before the UI draws someone's cursor or in-flight drag.
import { z } from 'zod';
import { neutraliseText } from './displayText.js';
import { reasonOf } from './fields.js';

const point = { x: z.number().min(-1e7).max(1e7), y: z.number().min(-1e7).max(1e7) };

/** Names longer than this are clipped when shown; far longer ones are refused as garbage. */
export const PRESENCE_NAME_MAX_LENGTH = 64;

const userSchema = z.object({
  name: z
    .string()
    .max(1024)
    .transform((name) => neutraliseText(name, PRESENCE_NAME_MAX_LENGTH))
    .pipe(z.string().min(1)),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'expected a #rrggbb colour'),
});

// Optional parts degrade to null on bad input: a broken cursor should not hide the user from the list.
const presenceSchema = z.object({
  user: userSchema,
  cursor: z.object(point).nullable().catch(null),
  drag: z
    .object({ componentId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/), ...point })
    .nullable()
    .catch(null),
  viewport: z
    .object({ ...point, zoom: z.number().positive().max(100) })
    .optional()
    .catch(undefined),
});

export interface PresenceUser {
  name: string;
  color: string;
}

export interface PresenceDrag {
  componentId: string;
  x: number;
  y: number;
}

export interface PresenceState {
  user: PresenceUser;
  cursor: { x: number; y: number } | null;
  /** A node being dragged right now: where it is, before the final position is written to the document. */
  drag: PresenceDrag | null;
  viewport?: { x: number; y: number; zoom: number };
}

/** The state, or null if it has no valid user (then the peer is not shown at all). */
export function parsePresence(raw: unknown): PresenceState | null {
  const parsed = presenceSchema.safeParse(raw);
  return parsed.success ? withoutUndefinedViewport(parsed.data) : null;
}

/** Like `parsePresence`, with the reason when the state is rejected (for logs and tests). */
export function explainPresence(raw: unknown): { ok: true; state: PresenceState } | { ok: false; reason: string } {
  const parsed = presenceSchema.safeParse(raw);
  return parsed.success ? { ok: true, state: withoutUndefinedViewport(parsed.data) } : { ok: false, reason: reasonOf(parsed.error) };
}

export interface PeerPresence {
  clientId: number;
  state: PresenceState;
}

/**
 * The valid states of everyone but ourselves, from an awareness `getStates()` map, ordered by client id.
 * Invalid states are left out.
 */
export function peersFromAwareness(states: ReadonlyMap<number, unknown>, ownClientId: number): PeerPresence[] {
  const peers: PeerPresence[] = [];
  for (const [clientId, raw] of states) {
    if (clientId === ownClientId) continue;
    const state = parsePresence(raw);
    if (state) peers.push({ clientId, state });
  }
  return peers.sort((a, b) => a.clientId - b.clientId);
}

function withoutUndefinedViewport(state: z.output<typeof presenceSchema>): PresenceState {
  const { viewport, ...rest } = state;
  return viewport === undefined ? rest : { ...rest, viewport };
}
