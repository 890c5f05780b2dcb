// The flag a marked component wears on the canvas ("DOWN", "×5 SLOW"), so a what-if scenario is never
// mistaken for the real design. Renders nothing for an unmarked component.
import { useWhatIfMark } from '../../analysis/context';

export function WhatIfFlag({ componentId }: { readonly componentId: string }) {
  const mark = useWhatIfMark(componentId);
  if (!mark) return null;
  const text = mark.kind === 'down' ? 'WHAT-IF: DOWN' : `WHAT-IF: ${mark.factor}× SLOW`;
  return (
    <div className={`whatif-flag ${mark.kind}`} data-testid="whatif-flag" data-mark={mark.kind}>
      {text}
    </div>
  );
}
