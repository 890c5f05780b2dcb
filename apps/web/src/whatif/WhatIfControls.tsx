// What-if controls for the selected components, in the analysis panel: mark down, slow by a factor,
// or clear. Reads the selection from React Flow's store with a narrow selector, so dragging a node
// does not re-render the panel.
import type { Board, BoardSnapshot } from '@napkin/doc';
import { useStore } from '@xyflow/react';
import type { ReactFlowState } from '@xyflow/react';
import { describeMark, markOf, setMark, SLOW_FACTORS } from './marks';

const selectedIds = (state: ReactFlowState): string => {
  const ids: string[] = [];
  for (const [id, node] of state.nodeLookup) if (node.selected) ids.push(id);
  return ids.join(' ');
};

export function WhatIfControls({ board, snapshot }: { readonly board: Board; readonly snapshot: BoardSnapshot }) {
  const selection = useStore(selectedIds);
  const ids = new Set(selection.split(' '));
  const selected = snapshot.components.filter((component) => ids.has(component.id));
  if (selected.length === 0) return <p className="hint">Select a component to try what happens if it goes down or slows.</p>;
  return (
    <ul className="whatif-controls" data-testid="whatif-controls">
      {selected.map((component) => {
        const mark = markOf(component);
        return (
          <li key={component.id}>
            <span className="whatif-name">{component.name}</span>
            {mark && <span className="whatif-state"> ({describeMark(mark)})</span>}
            <button type="button" data-testid={`whatif-down-${component.name}`} onClick={() => setMark(board, component, { kind: 'down' })}>
              Down
            </button>
            {SLOW_FACTORS.map((factor) => (
              <button
                key={factor}
                type="button"
                data-testid={`whatif-slow${factor}-${component.name}`}
                onClick={() => setMark(board, component, { kind: 'slow', factor })}
              >
                {factor}× slow
              </button>
            ))}
            {mark && (
              <button type="button" onClick={() => setMark(board, component, null)}>
                Clear
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
