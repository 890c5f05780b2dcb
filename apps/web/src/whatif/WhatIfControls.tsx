// What-if controls for the selected components and zones, in the analysis panel: mark a component down,
// slow it by a factor, multiply an entry point's traffic (a surge), or clear it; mark a zone down (everything inside it is lost) or bring it back.
// Reads the selection from React Flow's store with a narrow selector, so dragging a node does not
// re-render the panel.
import type { Board, BoardSnapshot, BoardZone } from '@napkin/doc';
import { getKind } from '@napkin/catalog';
import { useStore } from '@xyflow/react';
import type { ReactFlowState } from '@xyflow/react';
import { describeMark, markOf, setMark, SLOW_FACTORS, TRAFFIC_FACTORS } from './marks';
import { setZoneDown } from './zoneMarks';

const selectedIds = (state: ReactFlowState): string => {
  const ids: string[] = [];
  for (const [id, node] of state.nodeLookup) if (node.selected) ids.push(id);
  return ids.join(' ');
};

export function WhatIfControls({ board, snapshot }: { readonly board: Board; readonly snapshot: BoardSnapshot }) {
  const selection = useStore(selectedIds);
  const ids = new Set(selection.split(' '));
  const selected = snapshot.components.filter((component) => ids.has(component.id));
  const zones = snapshot.zones.filter((zone) => ids.has(zone.id));
  if (selected.length === 0 && zones.length === 0) {
    return <p className="hint">Select a component or a zone to try what happens if it goes down or slows.</p>;
  }
  return (
    <ul className="whatif-controls" data-testid="whatif-controls">
      {zones.map((zone) => (
        <ZoneControls key={zone.id} board={board} zone={zone} />
      ))}
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
            {(component.entry !== undefined || getKind(component.kind)?.traits.entryPoint === true) &&
              TRAFFIC_FACTORS.map((factor) => (
                <button
                  key={`traffic${factor}`}
                  type="button"
                  data-testid={`whatif-traffic${factor}-${component.name}`}
                  onClick={() => setMark(board, component, { kind: 'traffic', factor })}
                >
                  traffic ×{factor}
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

/** A zone is either up or down in the what-if; "slow" means nothing for a frame. */
function ZoneControls({ board, zone }: { readonly board: Board; readonly zone: BoardZone }) {
  const name = zone.name || getKind(zone.level)?.label || 'Zone';
  const down = zone.down === true;
  return (
    <li>
      <span className="whatif-name">{name}</span>
      <span className="whatif-state"> (zone{down ? ', down' : ''})</span>
      {down ? (
        <button type="button" data-testid={`whatif-zone-up-${name}`} onClick={() => setZoneDown(board, zone.id, false)}>
          Bring back
        </button>
      ) : (
        <button type="button" data-testid={`whatif-zone-down-${name}`} onClick={() => setZoneDown(board, zone.id, true)}>
          Zone down
        </button>
      )}
    </li>
  );
}
