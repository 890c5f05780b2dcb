// The interviewer's failure cards, in the Session drawer: each prepared incident with what it would hit on
// the board as drawn now (or why it cannot be played), a Play button, and the record of the cards played
// with their times. Shown only to whoever runs an interview; the relay refuses session writes from others.
import type { Board, BoardSnapshot, InterviewSession, SessionSnapshot } from '@napkin/doc';
import { useMemo } from 'react';
import { FAILURE_CARDS, planCard } from './failureCards';
import { PlayedCardsList } from './IncidentBanner';
import { playCard } from './playCard';
import type { ServerClock } from './useServerClock';

export interface FailureCardsProps {
  readonly board: Board;
  readonly boardSnapshot: BoardSnapshot;
  readonly session: InterviewSession;
  readonly sessionSnapshot: SessionSnapshot;
  readonly clock: ServerClock;
}

export function FailureCards({ board, boardSnapshot, session, sessionSnapshot, clock }: FailureCardsProps) {
  const plans = useMemo(() => FAILURE_CARDS.map((card) => ({ card, plan: planCard(card.id, boardSnapshot) })), [boardSnapshot]);
  return (
    <section className="failure-cards" data-testid="failure-cards">
      <h3>Failure cards</h3>
      <p className="hint">Play an incident: everyone&apos;s numbers change, and the card is recorded with its time.</p>
      <ul>
        {plans.map(({ card, plan }) => (
          <li key={card.id} data-testid={`card-${card.id}`}>
            <button
              type="button"
              data-testid={`play-card-${card.id}`}
              disabled={!plan.playable}
              onClick={() => plan.playable && playCard(board, session, card.id, plan, sessionSnapshot.timer, clock.now())}
            >
              Play
            </button>
            <span className="card-title">{card.title}</span>
            <span className="card-target" data-testid={`card-target-${card.id}`}>
              {plan.playable ? plan.target : `Cannot play: ${plan.reason}`}
            </span>
          </li>
        ))}
      </ul>
      {sessionSnapshot.cards.length > 0 && <PlayedCardsList cards={sessionSnapshot.cards} />}
    </section>
  );
}
