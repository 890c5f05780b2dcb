// What a tab without a working link sees instead of the board.
import type { BoardGate } from './useBoardAccess';

export function AccessMessage({ gate }: { readonly gate: BoardGate }) {
  if (gate.kind === 'loading' || gate.kind === 'granted') return <div className="board" data-testid="board-loading" />;
  const text =
    gate.kind === 'revoked'
      ? 'This link was revoked by the board’s owner. Ask them for a new one.'
      : gate.kind === 'no-link'
        ? 'This board opens only with a link from its owner: the board’s address alone is not enough.'
        : `The board could not be opened (${gate.reason}). Reload to try again.`;
  return (
    <main className="landing" data-testid="access-message" data-access={gate.kind}>
      <h1>{gate.kind === 'revoked' ? 'Link revoked' : 'No access'}</h1>
      <p>{text}</p>
      <p><a href="/">Start a board of your own</a></p>
    </main>
  );
}
