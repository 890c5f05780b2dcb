// Align and distribute buttons for several selected components (in the inspector's bulk view). Sizes are
// read from React Flow's measurements at the moment of the click; the moves are one undo step.
import type { Board, BoardComponent } from '@napkin/doc';
import { useStoreApi } from '@xyflow/react';
import { alignMoves, applyMoves, placed } from '../board/align';
import type { Alignment } from '../board/align';
import type { Edit } from './edit';

const BUTTONS: readonly { readonly how: Alignment; readonly label: string; readonly glyph: string }[] = [
  { how: 'left', label: 'Align left edges', glyph: '⇤' },
  { how: 'centre', label: 'Align centres', glyph: '↔' },
  { how: 'right', label: 'Align right edges', glyph: '⇥' },
  { how: 'top', label: 'Align top edges', glyph: '⤒' },
  { how: 'middle', label: 'Align middles', glyph: '↕' },
  { how: 'bottom', label: 'Align bottom edges', glyph: '⤓' },
  { how: 'distribute-x', label: 'Distribute horizontally (equal gaps)', glyph: '⋯' },
  { how: 'distribute-y', label: 'Distribute vertically (equal gaps)', glyph: '⋮' },
];

export function AlignButtons({ board, components, edit }: { readonly board: Board; readonly components: readonly BoardComponent[]; readonly edit: Edit }) {
  const store = useStoreApi();
  const align = (how: Alignment) => {
    const { nodeLookup } = store.getState();
    const sizes = new Map(
      components.flatMap((component) => {
        const measured = nodeLookup.get(component.id)?.measured;
        return measured?.width !== undefined && measured.height !== undefined ? [[component.id as string, { width: measured.width, height: measured.height }] as const] : [];
      }),
    );
    edit(() => applyMoves(board, alignMoves(placed(components, sizes), how)));
  };
  return (
    <div className="align-buttons" role="group" aria-label="Align and distribute" data-testid="align-buttons">
      {BUTTONS.map(({ how, label, glyph }) => (
        <button key={how} type="button" title={label} aria-label={label} data-testid={`align-${how}`} disabled={how.startsWith('distribute') && components.length < 3} onClick={() => align(how)}>
          {glyph}
        </button>
      ))}
    </div>
  );
}
