// Playing a failure card: its marks go into the board's shared what-if (one transaction, so every screen
// recomputes once with the whole incident), and the session room records the card, its target and the
// relay time. Clearing undoes exactly the marks the card set and records when. Only the interviewer's
// screen calls these (the relay refuses session writes from other links).
import type { Board, BoardSnapshot, ComponentId, FailureCardId, InterviewSession, PlayedCard, TimerState, ZoneId } from '@napkin/doc';
import { newId, readTimer } from '@napkin/doc';
import type { CardPlan } from './failureCards';
import { FAILURE_CARDS, PRIMARY_SLOW_FACTOR, SURGE_FACTOR } from './failureCards';

type Playable = Extract<CardPlan, { playable: true }>;

/** Writes the card's marks and records it; returns the record. */
export function playCard(board: Board, session: InterviewSession, card: FailureCardId, plan: Playable, timer: TimerState, now: number): PlayedCard {
  board.batch(() => writeMarks(board, card, plan.components, plan.zones, true));
  const reading = readTimer(timer, now);
  const played: PlayedCard = {
    id: newId(),
    card,
    title: FAILURE_CARDS.find((known) => known.id === card)?.title ?? card,
    target: plan.target,
    components: plan.components,
    zones: plan.zones,
    playedAt: now,
    phase: reading.status === 'ended' ? null : (reading.phase?.id ?? null),
    clearedAt: null,
  };
  session.recordCard(played);
  return played;
}

/** Takes the card's marks off the board (those that still exist) and records it cleared. */
export function clearCard(board: Board, session: InterviewSession, snapshot: BoardSnapshot, card: PlayedCard, now: number): void {
  const components = new Set(snapshot.components.map((component) => component.id as string));
  const zones = new Set(snapshot.zones.map((zone) => zone.id as string));
  board.batch(() =>
    writeMarks(
      board,
      card.card,
      card.components.filter((id) => components.has(id)),
      card.zones.filter((id) => zones.has(id)),
      false,
    ),
  );
  session.recordCleared(card.id, now);
}

/**
 * Whether any of the card's marks is still on the board: the what-if is the board's, so anyone who may edit
 * it (the candidate too) can clear a mark by hand, and the banner says so rather than claim the incident holds.
 */
export function cardStillMarked(card: PlayedCard, snapshot: BoardSnapshot): boolean {
  const marked = new Set(card.components);
  const components = snapshot.components.filter((component) => marked.has(component.id));
  switch (card.card) {
    case 'cache-gone':
      return components.some((component) => component.whatIf?.down === true);
    case 'primary-slow':
      return components.some((component) => (component.whatIf?.slowFactor ?? 1) > 1);
    case 'traffic-surge':
      return components.some((component) => (component.whatIf?.trafficFactor ?? 1) > 1);
    case 'zone-lost':
      return snapshot.zones.some((zone) => card.zones.includes(zone.id) && zone.down === true);
  }
}

/** One field per card, set or unset (unset is the declared default, so a cleared board reads as it did). */
function writeMarks(board: Board, card: FailureCardId, components: readonly string[], zones: readonly string[], on: boolean): void {
  for (const id of components) {
    const componentId = id as ComponentId;
    if (card === 'cache-gone') board.updateComponent(componentId, { whatIf: { down: on ? true : undefined } });
    if (card === 'primary-slow') board.updateComponent(componentId, { whatIf: { slowFactor: on ? PRIMARY_SLOW_FACTOR : undefined } });
    if (card === 'traffic-surge') board.updateComponent(componentId, { whatIf: { trafficFactor: on ? SURGE_FACTOR : undefined } });
  }
  if (card === 'zone-lost') for (const id of zones) board.updateZone(id as ZoneId, { down: on ? true : undefined });
}

/** "12:34": the wall-clock minute a card was played, on this screen's clock face. */
export function clockMinute(epochMs: number): string {
  const at = new Date(epochMs);
  return `${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`;
}
