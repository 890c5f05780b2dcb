// Everything the analysis adds over the canvas, in one element so the shared BoardView needs one line:
// the what-if banner, what the numbers leave out, and the analysis panel. Memoised: the board view re-renders on every drag frame,
// but the panel only needs to when the document (snapshot) or the analysis changes.
import type { Board, BoardSnapshot } from '@napkin/doc';
import { memo } from 'react';
import { AnalysisPanel } from './AnalysisPanel';
import { WhatIfBanner } from '../whatif/WhatIfBanner';
import { LeftOutBanner } from '../problems/LeftOutBanner';

export const AnalysisOverlay = memo(function AnalysisOverlay({
  board,
  snapshot,
}: {
  readonly board: Board;
  readonly snapshot: BoardSnapshot;
}) {
  return (
    <>
      <WhatIfBanner board={board} snapshot={snapshot} />
      <LeftOutBanner />
      <AnalysisPanel board={board} snapshot={snapshot} />
    </>
  );
});
