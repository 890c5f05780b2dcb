// What-if marks as the board reads them: a component marked down, slowed by a factor, or an entry point
// whose traffic is multiplied (a surge; a zone marked down is in `zoneMarks.ts`). The marks live in the shared document (`whatIf` on the component, `down` on
// the zone), so everyone sees the same scenario.
import type { Board, BoardComponent, BoardSnapshot } from '@napkin/doc';
import { markedZones, setZoneDown } from './zoneMarks';

export type WhatIfMark =
  | { readonly kind: 'down' }
  | { readonly kind: 'slow'; readonly factor: number }
  | { readonly kind: 'traffic'; readonly factor: number };

export const SLOW_FACTORS = [2, 5, 10] as const;
export const TRAFFIC_FACTORS = [2, 5, 10] as const;

export function markOf(component: BoardComponent): WhatIfMark | null {
  if (component.whatIf?.down === true) return { kind: 'down' };
  const factor = component.whatIf?.slowFactor;
  if (factor !== undefined && factor > 1) return { kind: 'slow', factor };
  const traffic = component.whatIf?.trafficFactor;
  if (traffic !== undefined && traffic > 1) return { kind: 'traffic', factor: traffic };
  return null;
}

export function describeMark(mark: WhatIfMark): string {
  switch (mark.kind) {
    case 'down':
      return 'down';
    case 'slow':
      return `${mark.factor}× slower`;
    case 'traffic':
      return `traffic ×${mark.factor}`;
  }
}

export function markedComponents(snapshot: BoardSnapshot): readonly { component: BoardComponent; mark: WhatIfMark }[] {
  const marked: { component: BoardComponent; mark: WhatIfMark }[] = [];
  for (const component of snapshot.components) {
    const mark = markOf(component);
    if (mark) marked.push({ component, mark });
  }
  return marked;
}

/** Sets one component's mark (null clears it) in one transaction. */
export function setMark(board: Board, component: BoardComponent, mark: WhatIfMark | null): void {
  if (mark === null) board.updateComponent(component.id, { whatIf: null });
  else if (mark.kind === 'down') board.updateComponent(component.id, { whatIf: { down: true, slowFactor: undefined, trafficFactor: undefined } });
  else if (mark.kind === 'slow') board.updateComponent(component.id, { whatIf: { down: undefined, slowFactor: mark.factor, trafficFactor: undefined } });
  else board.updateComponent(component.id, { whatIf: { down: undefined, slowFactor: undefined, trafficFactor: mark.factor } });
}

/** "Clear all marks": every marked component and zone, one transaction, one undo step. */
export function clearAllMarks(board: Board, snapshot: BoardSnapshot): void {
  const marked = markedComponents(snapshot);
  const zones = markedZones(snapshot);
  if (marked.length === 0 && zones.length === 0) return;
  board.batch(() => {
    for (const { component } of marked) board.updateComponent(component.id, { whatIf: null });
    for (const zone of zones) setZoneDown(board, zone.id, false);
  });
}
