import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { InterviewSession } from './interviewSession.js';
import type { PlayedCard } from './playedCards.js';
import { cardsInPlay, MAX_PLAYED_CARDS, parsePlayedCards, readPlayedCards } from './playedCards.js';

const cacheGone: PlayedCard = {
  id: 'play-1',
  card: 'cache-gone',
  title: 'The cache cluster is gone',
  target: 'Redis (3 instances) down',
  components: ['redis'],
  zones: [],
  playedAt: 1_000_000,
  phase: 'internals',
  clearedAt: null,
};

/** Two peers of one session room, kept in sync by hand. */
function pair(): { a: InterviewSession; b: InterviewSession } {
  const [docA, docB] = [new Y.Doc(), new Y.Doc()];
  docA.on('update', (update: Uint8Array) => Y.applyUpdate(docB, update));
  docB.on('update', (update: Uint8Array) => Y.applyUpdate(docA, update));
  return { a: new InterviewSession(docA), b: new InterviewSession(docB) };
}

describe('played failure cards', () => {
  it('are recorded with their time and reach every peer, and readPlayedCards reads them from the room', () => {
    const { a, b } = pair();
    a.recordCard(cacheGone);
    a.recordCard({ ...cacheGone, id: 'play-2', card: 'traffic-surge', title: 'Traffic ×5 at peak', target: 'Browser ×5', components: ['web'], playedAt: 1_060_000 });
    expect(b.snapshot().cards.map((card) => [card.card, card.playedAt])).toEqual([
      ['cache-gone', 1_000_000],
      ['traffic-surge', 1_060_000],
    ]);
    expect(readPlayedCards(b.ydoc)).toEqual(b.snapshot().cards);
  });

  it('clearing one keeps it in the record with the time it was cleared; the other stays in play', () => {
    const { a, b } = pair();
    a.recordCard(cacheGone);
    a.recordCard({ ...cacheGone, id: 'play-2', card: 'zone-lost', zones: ['az-a'], components: [] });
    b.recordCleared('play-1', 1_120_000);
    expect(a.snapshot().cards[0]?.clearedAt).toBe(1_120_000);
    expect(cardsInPlay(a.snapshot().cards).map((card) => card.id)).toEqual(['play-2']);
  });

  it('writes nothing when the card to clear is not in play', () => {
    const session = new InterviewSession(new Y.Doc());
    session.recordCard(cacheGone);
    session.recordCleared('play-1', 5);
    let updates = 0;
    session.ydoc.on('update', () => (updates += 1));
    session.recordCleared('play-1', 6);
    session.recordCleared('no-such-card', 6);
    expect(updates).toBe(0);
    expect(session.snapshot().cards[0]?.clearedAt).toBe(5);
  });

  it('keeps only the latest cards past the bound', () => {
    const session = new InterviewSession(new Y.Doc());
    for (let i = 0; i < MAX_PLAYED_CARDS + 5; i++) session.recordCard({ ...cacheGone, id: `play-${i}`, playedAt: i });
    const cards = session.snapshot().cards;
    expect(cards).toHaveLength(MAX_PLAYED_CARDS);
    expect(cards[0]?.id).toBe('play-5');
  });

  it('skips a malformed card and reads the rest; a list that is not one reads as none', () => {
    const stored = [
      cacheGone,
      { ...cacheGone, id: 'x', card: 'meteor-strike' },
      { ...cacheGone, id: 'y', playedAt: 'noon' },
      { ...cacheGone, id: 'z', title: '' },
      { ...cacheGone, id: 'w', phase: 'lunch', components: ['ok', 7, '../bad'] },
    ];
    expect(parsePlayedCards(stored)).toEqual([cacheGone, { ...cacheGone, id: 'w', phase: null, components: ['ok'] }]);
    expect(parsePlayedCards('cards')).toEqual([]);
    expect(parsePlayedCards(undefined)).toEqual([]);
  });
});
