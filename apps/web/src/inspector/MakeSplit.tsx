// Making a split (alternatives) the two obvious ways: select a caller's calls on the canvas (Ctrl/⌘-click)
// and press "Make a split", or open one call and tick which of its caller's other calls join it. Either
// way the calls become one group with equal shares and failover (active-active), written in one
// transaction: one undo step. The split is then edited in `SplitEditor`.
import type { Board, BoardCall } from '@napkin/doc';
import { useState } from 'react';
import { checkSplit, groupOf, makeSplit, writeSplit } from '../alternatives/split';
import type { SplitGroup } from '../alternatives/split';
import type { Edit } from './edit';

interface MakeSplitProps {
  readonly board: Board;
  /** Every call on the board (a new group name must differ from the caller's other groups). */
  readonly calls: readonly BoardCall[];
  readonly splits: ReadonlyMap<string, SplitGroup>;
  readonly nameOf: (componentId: string) => string;
  readonly edit: Edit;
}

/** Several calls selected on the canvas: they can become one split if they leave one caller. */
export function MakeSplitFromSelection({ board, calls, selected, nameOf, edit }: MakeSplitProps & { readonly selected: readonly BoardCall[] }) {
  const check = checkSplit(selected);
  return (
    <section className="make-split" data-testid="make-split">
      <p className="inspector-note">
        {selected.length} calls selected{check.ok ? ` from ${nameOf(check.from)}` : ''}.
      </p>
      {check.ok ? (
        <>
          <p className="field-help">As one split each request takes exactly one of them (a load balancer across zones, a canary).</p>
          <button
            type="button"
            data-testid="make-split-button"
            onClick={() => edit(() => writeSplit(board, makeSplit(selected, calls.filter((call) => call.from === check.from))))}
          >
            Make a split
          </button>
        </>
      ) : (
        <p className="field-help" data-testid="make-split-reason">
          {check.reason}
        </p>
      )}
    </section>
  );
}

/** One call opened in the inspector: which of its caller's other calls join it in a new split. */
export function MakeSplitFromCall({ board, calls, splits, call, nameOf, edit }: MakeSplitProps & { readonly call: BoardCall }) {
  const siblings = calls.filter((other) => other.from === call.from && other.id !== call.id);
  const [joining, setJoining] = useState<ReadonlySet<string>>(() => new Set(siblings.filter((s) => s.alternative === undefined).map((s) => s.id)));
  if (siblings.length === 0) {
    return <p className="field-help">Draw another call from {nameOf(call.from)} to make its requests choose between them (a split).</p>;
  }
  const chosen = [call, ...siblings.filter((sibling) => joining.has(sibling.id))];
  const toggle = (id: string, on: boolean) => {
    const next = new Set(joining);
    if (on) next.add(id);
    else next.delete(id);
    setJoining(next);
  };
  return (
    <section className="make-split" data-testid="make-split">
      <h3>Alternatives</h3>
      <p className="field-help">Make this call a split with other calls from {nameOf(call.from)}: each request takes exactly one of them.</p>
      <ul className="make-split-choices">
        {siblings.map((sibling) => {
          const group = groupOf(splits, sibling);
          return (
            <li key={sibling.id}>
              <label>
                <input type="checkbox" data-testid={`join-split-${nameOf(sibling.to)}`} checked={joining.has(sibling.id)} onChange={(e) => toggle(sibling.id, e.target.checked)} />
                → {nameOf(sibling.to)}
                {group && <span className="field-help"> (now in split “{group.name}”)</span>}
              </label>
            </li>
          );
        })}
      </ul>
      <button
        type="button"
        data-testid="make-split-button"
        disabled={chosen.length < 2}
        onClick={() => edit(() => writeSplit(board, makeSplit(chosen, calls.filter((other) => other.from === call.from))))}
      >
        Make a split
      </button>
    </section>
  );
}
