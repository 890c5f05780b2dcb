// The banner over the canvas while any what-if mark is set: what is marked, and one action to clear
// every mark. Marks are shared, so a peer's scenario is just as visible as one's own.
import { getKind } from '@napkin/catalog';
import type { Board, BoardSnapshot } from '@napkin/doc';
import { clearAllMarks, describeMark, markedComponents } from './marks';
import { markedZones } from './zoneMarks';

export function WhatIfBanner({ board, snapshot }: { readonly board: Board; readonly snapshot: BoardSnapshot }) {
  const marked = markedComponents(snapshot).map(({ component, mark }) => `${component.name} ${describeMark(mark)}`);
  const zones = markedZones(snapshot).map((zone) => `${zone.name || getKind(zone.level)?.label || 'a zone'} down`);
  if (marked.length === 0 && zones.length === 0) return null;
  return (
    <div className="whatif-banner" role="status" data-testid="whatif-banner">
      <strong>What-if scenario:</strong> {[...zones, ...marked].join(', ')} — the numbers show this scenario.
      <button type="button" data-testid="whatif-clear-all" onClick={() => clearAllMarks(board, snapshot)}>
        Clear all marks
      </button>
    </div>
  );
}
