// The incident in play, over the canvas on every screen of the session: which card, what it hit and when
// it was played ("Incident: The cache cluster is gone (played 12:34)"). Whoever runs the interview can
// clear it, which takes its marks off the board. Also the record of every card played, for the drawer.
import type { BoardSnapshot, PlayedCard } from '@napkin/doc';
import { cardsInPlay, RAPID_S_PHASES } from '@napkin/doc';
import { cardStillMarked, clearCard, clockMinute } from './playCard';
import type { Interview } from './useInterview';
import './interview.css';

export function IncidentBanner({ interview, snapshot }: { readonly interview: Interview; readonly snapshot: BoardSnapshot }) {
  const cards = cardsInPlay(interview.snapshot?.cards ?? []);
  if (cards.length === 0) return null;
  const { board, session, controls, clock } = interview;
  const canClear = controls && session !== null && board !== undefined;
  return (
    <div className="incident-banner" role="alert" data-testid="incident-banner">
      {cards.map((card) => (
        <div key={card.id} className="incident" data-testid={`incident-${card.card}`} data-played-at={card.playedAt}>
          <strong>Incident:</strong> {card.title} — {card.target} <span className="played">(played {clockMinute(card.playedAt)})</span>
          {!cardStillMarked(card, snapshot) && <span className="unmarked" data-testid={`incident-unmarked-${card.card}`}>its marks were taken off the board</span>}
          {canClear && (
            <button type="button" data-testid={`clear-incident-${card.card}`} onClick={() => clearCard(board, session, snapshot, card, clock.now())}>
              Clear
            </button>
          )}
        </div>
      ))}
    </div>
  );
}

/** Every card played in the session, oldest first, with when it was played (and cleared). */
export function PlayedCardsList({ cards }: { readonly cards: readonly PlayedCard[] }) {
  return (
    <ol className="played-cards" data-testid="played-cards">
      {cards.map((card) => (
        <li key={card.id} data-testid="played-card" data-card={card.card} data-played-at={card.playedAt}>
          {card.title}: {card.target}, played {clockMinute(card.playedAt)}
          {card.phase !== null && ` in ${phaseTitle(card.phase)}`}
          {card.clearedAt === null ? ' (in play)' : `, cleared ${clockMinute(card.clearedAt)}`}
        </li>
      ))}
    </ol>
  );
}

function phaseTitle(id: string): string {
  return RAPID_S_PHASES.find((phase) => phase.id === id)?.title.toLowerCase() ?? id;
}
