// Align and distribute buttons for several selected components (in the inspector's bulk view). Sizes are
// read from React Flow's measurements at the moment of the click; the moves are one undo step.
import type { Board, BoardComponent } from '@napkin/doc';
import { useStoreApi } from '@xyflow/react';
import { alignMoves, applyMoves, measuredSizes, placed } from '../board/align';
import type { Alignment } from '../board/align';
import { ALIGN_ACTIONS } from '../board/alignActions';
import type { Edit } from './edit';

export function AlignButtons({ board, components, edit }: { readonly board: Board; readonly components: readonly BoardComponent[]; readonly edit: Edit }) {
  const store = useStoreApi();
  const align = (how: Alignment) => {
    const { nodeLookup } = store.getState();
    const sizes = measuredSizes(components.flatMap((component) => nodeLookup.get(component.id) ?? []));
    edit(() => applyMoves(board, alignMoves(placed(components, sizes), how)));
  };
  return (
    <div className="align-buttons" role="group" aria-label="Align and distribute" data-testid="align-buttons">
      {ALIGN_ACTIONS.map(({ how, label, glyph, needs }) => (
        <button key={how} type="button" title={label} aria-label={label} data-testid={`align-${how}`} disabled={components.length < needs} onClick={() => align(how)}>
          {glyph}
        </button>
      ))}
    </div>
  );
}
