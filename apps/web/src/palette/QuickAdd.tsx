// Quick-add by name: `/` or Ctrl+K (⌘K) opens a small dialog; typing filters the catalog, the arrow
// keys move the highlight, Enter adds the highlighted kind at the centre of the view and gives it the focus,
// Escape closes and gives the focus back; Tab stays in the dialog.
// The shortcut is ignored while typing in a field so renaming a node to "a/b" still works. The canvas's
// menu opens it too ("Add a component here…"): then the kind lands at that point.
import type { KindSpec } from '@napkin/catalog';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useStoreApi } from '@xyflow/react';
import type { XYPosition } from '@xyflow/react';
import type { KeyboardEvent } from 'react';
import { focusNodeWhenDrawn, focusWithRing } from '../board/nodes/nodeFocus';
import { selectOnly } from '../board/nodes/useNodeKeys';
import { KindIcon } from '../icons/glyphs';
import { quickAddMatches, wrapIndex } from './paletteModel';
import type { Added } from './paletteModel';

/** A request to open quick-add for a point of the screen (a new object per request). */
export interface AddHere {
  readonly at: XYPosition;
}

export function QuickAdd({ onAdd, addHere = null }: { readonly onAdd: (kind: KindSpec, at?: XYPosition) => Added; readonly addHere?: AddHere | null }) {
  const [open, setOpen] = useState(false);
  const [at, setAt] = useState<XYPosition | undefined>(undefined);
  const store = useStoreApi();
  // What had the focus before the dialog took it: it gets it back when the dialog closes without adding.
  const before = useRef<HTMLElement | null>(null);
  const show = () => {
    before.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setOpen(true);
  };

  useEffect(() => {
    if (addHere === null) return;
    setAt(addHere.at);
    show();
  }, [addHere]);

  useEffect(() => {
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      const opens = (event.key === '/' && !event.ctrlKey && !event.metaKey) || ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k');
      if (!opens || isTyping(event.target)) return;
      event.preventDefault();
      setAt(undefined);
      show();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  if (!open) return null;
  return (
    <QuickAddDialog
      onClose={() => {
        setOpen(false);
        const owner = before.current;
        if (owner?.isConnected === true) focusWithRing(owner);
      }}
      onPick={(kind) => {
        setOpen(false);
        // The new component (or frame) is what the user works on next: it takes the focus and the selection.
        const added = onAdd(kind, at);
        focusNodeWhenDrawn(added.id, () => selectOnly(store, new Set([added.id])));
      }}
    />
  );
}

function QuickAddDialog({ onClose, onPick }: { readonly onClose: () => void; readonly onPick: (kind: KindSpec) => void }) {
  const [query, setQuery] = useState('');
  const [highlight, setHighlight] = useState(0);
  const matches = useMemo(() => quickAddMatches(query), [query]);
  const current = matches[Math.min(highlight, matches.length - 1)];

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setHighlight(wrapIndex(highlight, event.key === 'ArrowDown' ? 1 : -1, matches.length));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (current !== undefined) onPick(current);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    } else if (event.key === 'Tab') {
      // A modal dialog: the focus stays in it (its only stop is the name field) until it closes.
      event.preventDefault();
    }
  };

  return (
    <div className="quick-add-backdrop" onMouseDown={onClose}>
      <div className="quick-add" role="dialog" aria-modal="true" aria-label="Quick add" data-testid="quick-add" onMouseDown={(e) => e.stopPropagation()}>
        <input
          autoFocus
          data-testid="quick-add-input"
          placeholder="Add a component by name…"
          aria-label="Component name"
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setHighlight(0);
          }}
          onKeyDown={onKeyDown}
        />
        <ul role="listbox" aria-label="Matching components">
          {matches.map((kind) => (
            <li
              key={kind.id}
              role="option"
              aria-selected={kind === current}
              data-testid={`quick-add-${kind.id}`}
              className={kind === current ? 'active' : undefined}
              onMouseDown={() => onPick(kind)}
            >
              <KindIcon kindId={kind.id} size={18} />
              <span>{kind.label}</span>
              <small>{kind.summary}</small>
            </li>
          ))}
          {matches.length === 0 && <li className="empty">Nothing matches “{query}”.</li>}
        </ul>
      </div>
    </div>
  );
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}
