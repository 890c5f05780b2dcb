// The failure cards an interviewer played, as the session room records them (beside the phase timer): which
// incident, what it hit on the board, when (relay time, and the phase it fell in) and when it was cleared.
// The what-if marks themselves live in the board; this is the session's record of them, for everyone's
// banner now and for the replay and scorecard later (`readPlayedCards`). Pure data and parsing, no clock.
import type * as Y from 'yjs';
import type { InterviewPhase } from './phaseTimer.js';
import { RAPID_S_PHASES } from './phaseTimer.js';

/** The prepared incidents: the cache tier lost, the primary store slowed, a surge at every entry, a zone lost. */
export const FAILURE_CARD_IDS = ['cache-gone', 'primary-slow', 'traffic-surge', 'zone-lost'] as const;
export type FailureCardId = (typeof FAILURE_CARD_IDS)[number];

export interface PlayedCard {
  /** Unique per play (a card may be played again after it was cleared). */
  readonly id: string;
  readonly card: FailureCardId;
  /** The incident as the banner states it ("The cache cluster is gone"). */
  readonly title: string;
  /** What it did on this board ("Redis (3 instances) down"). */
  readonly target: string;
  /** The components and zones it marked, so clearing it undoes exactly those marks. */
  readonly components: readonly string[];
  readonly zones: readonly string[];
  /** Relay time, epoch ms. */
  readonly playedAt: number;
  /** The RAPID-S phase running when it was played; null before the start or after the end. */
  readonly phase: InterviewPhase['id'] | null;
  /** Relay time it was cleared; null while it is in play. */
  readonly clearedAt: number | null;
}

/** The session room's key for the list (the room's map is `session`, as interviewSession.ts reads it). */
export const PLAYED_CARDS_KEY = 'cards';
/** A session plays a handful; the bound keeps a misbehaving client from growing the room without end. */
export const MAX_PLAYED_CARDS = 100;

const TEXT_LIMIT = 300;
const ID = /^[A-Za-z0-9_-]{1,64}$/;
const PHASE_IDS: ReadonlySet<string> = new Set(RAPID_S_PHASES.map((phase) => phase.id));

/** Every card ever played in the session, oldest first, cleared ones included. */
export function readPlayedCards(sessionRoom: Y.Doc): readonly PlayedCard[] {
  return parsePlayedCards(sessionRoom.getMap('session').get(PLAYED_CARDS_KEY));
}

/** The stored list; a malformed entry is skipped (the rest still reads), a malformed list reads as none. */
export function parsePlayedCards(value: unknown): readonly PlayedCard[] {
  if (!Array.isArray(value)) return [];
  const cards: PlayedCard[] = [];
  for (const item of value.slice(-MAX_PLAYED_CARDS)) {
    const card = parsePlayedCard(item);
    if (card !== null) cards.push(card);
  }
  return cards;
}

/** The cards still in play (not cleared), oldest first. */
export function cardsInPlay(cards: readonly PlayedCard[]): readonly PlayedCard[] {
  return cards.filter((card) => card.clearedAt === null);
}

/** The list with `card` added (the oldest dropped past the bound). */
export function withPlayedCard(cards: readonly PlayedCard[], card: PlayedCard): readonly PlayedCard[] {
  return [...cards, card].slice(-MAX_PLAYED_CARDS);
}

/** The list with the card `id` marked cleared at `at`; unchanged (the same array) when it is not in play. */
export function withClearedCard(cards: readonly PlayedCard[], id: string, at: number): readonly PlayedCard[] {
  if (!cards.some((card) => card.id === id && card.clearedAt === null)) return cards;
  return cards.map((card) => (card.id === id && card.clearedAt === null ? { ...card, clearedAt: at } : card));
}

function parsePlayedCard(value: unknown): PlayedCard | null {
  if (typeof value !== 'object' || value === null) return null;
  const { id, card, title, target, components, zones, playedAt, phase, clearedAt } = value as Record<string, unknown>;
  if (typeof id !== 'string' || !ID.test(id)) return null;
  if (typeof card !== 'string' || !(FAILURE_CARD_IDS as readonly string[]).includes(card)) return null;
  if (!isText(title) || !isText(target) || !isTime(playedAt)) return null;
  if (clearedAt !== null && clearedAt !== undefined && !isTime(clearedAt)) return null;
  return {
    id,
    card: card as FailureCardId,
    title,
    target,
    components: ids(components),
    zones: ids(zones),
    playedAt,
    phase: typeof phase === 'string' && PHASE_IDS.has(phase) ? (phase as InterviewPhase['id']) : null,
    clearedAt: isTime(clearedAt) ? clearedAt : null,
  };
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= TEXT_LIMIT;
}

function isTime(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

function ids(value: unknown): readonly string[] {
  return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string' && ID.test(id)) : [];
}
