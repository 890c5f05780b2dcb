// The flag a marked component wears on the canvas ("DOWN", "×5 SLOW"), so a what-if scenario is never
// mistaken for the real design; a component whose zone is down in the what-if says so ("ZONE DOWN", or
// "1 OF 2 ZONES DOWN" when it is spread). Renders nothing for an unmarked component.
import { useWhatIfMark } from '../../analysis/context';
import { parseSpread } from '../../spread/spread';
import { describeZoneLoss, zoneLoss } from '../../whatif/zoneMarks';
import { useDrawing } from './drawingContext';

export function WhatIfFlag({ componentId }: { readonly componentId: string }) {
  const mark = useWhatIfMark(componentId);
  const { componentsById, zoneOf, zonesDown } = useDrawing();
  if (mark) {
    const text = mark.kind === 'down' ? 'WHAT-IF: DOWN' : `WHAT-IF: ${mark.factor}× SLOW`;
    return (
      <div className={`whatif-flag ${mark.kind}`} data-testid="whatif-flag" data-mark={mark.kind}>
        {text}
      </div>
    );
  }
  if (zonesDown.size === 0) return null;
  const spread = parseSpread(componentsById.get(componentId)?.spread);
  const loss = describeZoneLoss(zoneLoss(spread, zoneOf.get(componentId)?.id, zonesDown));
  if (loss === null) return null;
  return (
    <div className="whatif-flag down" data-testid="whatif-flag" data-mark="zone-down">
      WHAT-IF: {loss}
    </div>
  );
}
