// The keyboard on a focused component, so the whole loop works without a mouse (Tab moves the focus from
// node to node). Replaces React Flow's own Enter/Space/Escape on a node, which blurs the node when it
// unselects it (the focus fell to the page): here the focus always stays on the node.
// - Enter or Space: select only this one; Enter again (already selected): edit its fields in the inspector
//   (Escape there, with nothing typed to take back, comes back to the node: Inspector.tsx).
// - Shift/Ctrl/⌘ + Enter or Space: add it to the selection or take it out (two selected, A connects them).
// - Escape: select nothing.  F2: rename it.
// - Delete, Backspace, undo and redo: if the focused node goes away, the nearest component takes the focus.
import { useStoreApi } from '@xyflow/react';
import { useEffect } from 'react';
import { focusedNode, keepFocusOnCanvas } from './nodeFocus';

/** The event a component's box listens for to open its name field (ComponentNode). */
export const RENAME_EVENT = 'napkin:rename';

type FlowStore = ReturnType<typeof useStoreApi>;

/** Exactly these nodes selected, no call. */
export function selectOnly(store: FlowStore, ids: ReadonlySet<string>): void {
  const { nodeLookup, edgeLookup, triggerNodeChanges, triggerEdgeChanges } = store.getState();
  triggerNodeChanges([...nodeLookup.values()].filter((node) => (node.selected ?? false) !== ids.has(node.id)).map((node) => ({ type: 'select', id: node.id, selected: ids.has(node.id) })));
  triggerEdgeChanges([...edgeLookup.values()].filter((edge) => edge.selected === true).map((edge) => ({ type: 'select', id: edge.id, selected: false })));
}

export function useNodeKeys(readOnly: boolean): void {
  const store = useStoreApi();
  useEffect(() => {
    const select = (ids: ReadonlySet<string>) => selectOnly(store, ids);
    const selectedIds = () => new Set([...store.getState().nodeLookup.values()].filter((node) => node.selected === true).map((node) => node.id));

    const onKeyDown = (event: KeyboardEvent) => {
      const node = focusedNode();
      if (node === null || event.altKey) return;
      const id = node.dataset.id;
      if (id === undefined) return;
      const mod = event.ctrlKey || event.metaKey;
      if (event.key === 'Delete' || event.key === 'Backspace' || (mod && ['z', 'y'].includes(event.key.toLowerCase()))) {
        keepFocusOnCanvas();
        return;
      }
      const selected = selectedIds();
      const handled = () => {
        event.preventDefault();
        event.stopPropagation();
      };
      if (event.key === 'Escape' && !mod && !event.shiftKey) {
        handled();
        select(new Set());
      } else if (event.key === 'Enter' || event.key === ' ') {
        if (readOnly || node.classList.contains('selectable') === false) return;
        handled();
        if (event.shiftKey || mod) {
          const next = new Set(selected);
          if (next.has(id)) next.delete(id);
          else next.add(id);
          select(next);
        } else if (!selected.has(id) || (selected.size > 1 && event.key === ' ')) {
          select(new Set([id]));
        } else if (event.key === 'Enter') {
          focusInspector();
        }
      } else if (event.key === 'F2' && !mod && !readOnly && node.classList.contains('react-flow__node-component')) {
        handled();
        if (!selected.has(id) || selected.size > 1) select(new Set([id]));
        node.querySelector('.component-node')?.dispatchEvent(new CustomEvent(RENAME_EVENT));
      }
    };
    // Capture: before React Flow's handler on the node and the editor's window shortcuts.
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [store, readOnly]);
}

/** The inspector's first field, its text selected so typing replaces it. */
function focusInspector(): void {
  requestAnimationFrame(() => {
    const field = document.querySelector<HTMLElement>('[data-testid="inspector"] .field input:not([disabled]), [data-testid="inspector"] .field select:not([disabled])');
    if (field === null) return;
    field.focus();
    if (field instanceof HTMLInputElement && field.type !== 'checkbox') field.select();
  });
}
