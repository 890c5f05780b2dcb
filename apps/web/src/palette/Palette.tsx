// The palette: every catalog kind, grouped by family and searchable, as a panel on the left of the
// canvas. Click an item to add it at the centre of the view, or drag it onto the canvas to drop it
// where the pointer lets go; `/` or Ctrl+K opens quick-add by name. Items keep the `add-<kind>` test
// ids of the walking skeleton's toolbar.
import type { KindSpec } from '@napkin/catalog';
import type { Board, BoardSnapshot } from '@napkin/doc';
import type { DragEvent, ReactNode, RefObject } from 'react';
import { useMemo, useState } from 'react';
import type { UndoSteps } from '../board/flowEditor';
import { KindIcon } from '../icons/glyphs';
import { KIND_DRAG_TYPE, paletteGroups } from './paletteModel';
import './palette.css';
import { QuickAdd } from './QuickAdd';
import { useCanvasDrop, usePaletteAdd } from './usePaletteAdd';

export interface PaletteProps {
  readonly board: Board;
  readonly snapshot: BoardSnapshot;
  readonly undoManager: UndoSteps;
  /** The canvas element: its centre is where clicks add, and it accepts drops. */
  readonly canvasRef: RefObject<HTMLElement | null>;
  /** Sections of other things to add (notes), listed first while nothing is searched. */
  readonly children?: ReactNode;
}

export function Palette({ board, snapshot, undoManager, canvasRef, children }: PaletteProps) {
  const add = usePaletteAdd(board, snapshot, undoManager, canvasRef);
  useCanvasDrop(canvasRef, add.atScreenPoint);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(true);
  const groups = useMemo(() => paletteGroups(query), [query]);

  return (
    <>
      <aside className={`palette${open ? '' : ' collapsed'}`} data-testid="palette" aria-label="Components">
        <div className="palette-head">
          <button type="button" className="palette-toggle" onClick={() => setOpen(!open)} title={open ? 'Hide the palette' : 'Show the palette'}>
            {open ? '‹' : '›'}
          </button>
          {open && (
            <input
              type="search"
              data-testid="palette-search"
              placeholder="Search components…  ( / )"
              aria-label="Search components"
              value={query}
              onChange={(event) => setQuery(event.target.value)}
            />
          )}
        </div>
        <div className="palette-groups" hidden={!open}>
          {query === '' && children}
          {groups.map((group) => (
            <section key={group.family} data-testid={`family-${group.family}`}>
              <h3>{group.label}</h3>
              <ul>
                {group.kinds.map((kind) => (
                  <PaletteItem key={kind.id} kind={kind} onAdd={add.atCentre} />
                ))}
              </ul>
            </section>
          ))}
          {groups.length === 0 && <p className="palette-empty">No component matches “{query}”.</p>}
        </div>
      </aside>
      <QuickAdd onAdd={add.atCentre} />
    </>
  );
}

function PaletteItem({ kind, onAdd }: { readonly kind: KindSpec; readonly onAdd: (kind: KindSpec) => void }) {
  const onDragStart = (event: DragEvent) => {
    event.dataTransfer.setData(KIND_DRAG_TYPE, kind.id);
    event.dataTransfer.effectAllowed = 'copy';
  };
  return (
    <li>
      <button
        type="button"
        draggable
        data-testid={`add-${kind.id}`}
        title={`${kind.summary}\nClick to add in the middle of the view, or drag onto the canvas.`}
        onClick={() => onAdd(kind)}
        onDragStart={onDragStart}
      >
        <KindIcon kindId={kind.id} size={18} />
        <span>{kind.label}</span>
      </button>
    </li>
  );
}
