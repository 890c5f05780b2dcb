// The palette: every catalog kind, grouped by family and searchable, as a panel on the left of the
// canvas. Click an item to add it at the centre of the view, or drag it onto the canvas to drop it
// where the pointer lets go; `/` or Ctrl+K opens quick-add by name. Items keep the `add-<kind>` test
// ids of the walking skeleton's toolbar.
import type { KindSpec } from '@napkin/catalog';
import type { Board, BoardSnapshot } from '@napkin/doc';
import { useStoreApi } from '@xyflow/react';
import type { DragEvent, MouseEvent, ReactNode, RefObject } from 'react';
import { useCallback, useMemo, useState } from 'react';
import type { UndoSteps } from '../board/flowEditor';
import { focusNodeWhenDrawn } from '../board/nodes/nodeFocus';
import { selectOnly } from '../board/nodes/useNodeKeys';
import { KindIcon } from '../icons/glyphs';
import { usePanelOpen, wideWindow } from '../board/panelMemory';
import { KIND_DRAG_TYPE, paletteGroups } from './paletteModel';
import './palette.css';
import { QuickAdd } from './QuickAdd';
import type { AddHere } from './QuickAdd';
import { useCanvasDrop, usePaletteAdd } from './usePaletteAdd';

export interface PaletteProps {
  readonly board: Board;
  readonly snapshot: BoardSnapshot;
  readonly undoManager: UndoSteps;
  /** The canvas element: its centre is where clicks add, and it accepts drops. */
  readonly canvasRef: RefObject<HTMLElement | null>;
  /** Sections of other things to add (notes), listed first while nothing is searched. */
  readonly children?: ReactNode;
  /** The canvas's menu asked to add a component at a point (quick-add opens for it). */
  readonly addHere?: AddHere | null;
}

export function Palette({ board, snapshot, undoManager, canvasRef, children, addHere = null }: PaletteProps) {
  const add = usePaletteAdd(board, snapshot, undoManager, canvasRef);
  useCanvasDrop(canvasRef, add.atScreenPoint);
  const store = useStoreApi();
  // An item pressed with Enter or Space (a click of detail 0): the keyboard user works on the new
  // component next, so it takes the focus and the selection, as after quick-add. A mouse click leaves
  // the focus in the palette, for adding several in a row.
  const addItem = useCallback(
    (kind: KindSpec, byKeyboard: boolean) => {
      const added = add.atCentre(kind);
      if (byKeyboard) focusNodeWhenDrawn(added.id, () => selectOnly(store, new Set([added.id])));
    },
    [add, store],
  );
  const [query, setQuery] = useState('');
  // Folded, it is a rail of icons (still one click to add), remembered in this browser.
  const [open, setOpen] = usePanelOpen('palette', wideWindow);
  const groups = useMemo(() => paletteGroups(open ? query : ''), [open, query]);

  return (
    <>
      <aside className={`palette${open ? '' : ' collapsed'}`} data-testid="palette" aria-label="Components">
        <div className="palette-head">
          <button
            type="button"
            className="palette-toggle"
            data-testid="palette-toggle"
            aria-expanded={open}
            onClick={() => setOpen(!open)}
            title={open ? 'Fold the palette to icons' : 'Show the palette with names and search'}
            aria-label={open ? 'Fold the palette to icons' : 'Show the palette with names and search'}
          >
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
        <div className="palette-groups">
          {(query === '' || !open) && children}
          {groups.map((group) => (
            <section key={group.family} data-testid={`family-${group.family}`}>
              <h3>{group.label}</h3>
              <ul>
                {group.kinds.map((kind) => (
                  <PaletteItem key={kind.id} kind={kind} onAdd={addItem} />
                ))}
              </ul>
            </section>
          ))}
          {groups.length === 0 && <p className="palette-empty">No component matches “{query}”.</p>}
        </div>
      </aside>
      <QuickAdd addHere={addHere} onAdd={(kind, at) => (at === undefined ? add.atCentre(kind) : add.atScreenPoint(kind, at.x, at.y))} />
    </>
  );
}

function PaletteItem({ kind, onAdd }: { readonly kind: KindSpec; readonly onAdd: (kind: KindSpec, byKeyboard: boolean) => void }) {
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
        aria-label={kind.label}
        onClick={(event: MouseEvent) => onAdd(kind, event.detail === 0)}
        onDragStart={onDragStart}
      >
        <KindIcon kindId={kind.id} size={18} />
        <span>{kind.label}</span>
      </button>
    </li>
  );
}
