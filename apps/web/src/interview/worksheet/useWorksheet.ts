// The worksheet of the session's board (@napkin/doc's `Worksheet`, top-level types of the board's own Y.Doc)
// as React state, refreshed after every change, local or remote; and the board's clients, which can take
// the worksheet's load.
import { getKind } from '@napkin/catalog';
import type { Board, BoardComponent, BoardSnapshot, WorksheetSnapshot } from '@napkin/doc';
import { Worksheet } from '@napkin/doc';
import { useEffect, useMemo, useState } from 'react';

export function useWorksheet(board: Board): { readonly sheet: Worksheet; readonly snapshot: WorksheetSnapshot } {
  const sheet = useMemo(() => new Worksheet(board.ydoc), [board]);
  const [snapshot, setSnapshot] = useState<WorksheetSnapshot>(() => sheet.snapshot());
  useEffect(() => {
    setSnapshot(sheet.snapshot());
    return sheet.observe(setSnapshot);
  }, [sheet]);
  return { sheet, snapshot };
}

/** The board's entry points (a component with a load, or of a kind that is one), as the estimator finds them. */
export function entryPointsOf(snapshot: BoardSnapshot): readonly BoardComponent[] {
  return snapshot.components.filter((component) => component.entry !== undefined || getKind(component.kind)?.traits.entryPoint === true);
}
