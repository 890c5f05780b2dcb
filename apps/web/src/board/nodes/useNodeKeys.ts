// The keyboard on a focused canvas node, so the whole loop works without a mouse (Tab moves the focus from
// node to node): what each key asks for is `nodeKeyAction` (nodeKeys.ts); this does it. It replaces React
// Flow's own Enter/Space/Escape on a node, which blurred the node when it unselected it (the focus fell to
// the page). Enter on the selected node goes to the inspector's first field; Escape there, with nothing typed
// to take back, comes back to the node (Inspector.tsx).
import { useStoreApi } from '@xyflow/react';
import { useEffect } from 'react';
import { focusedNode, keepFocusOnCanvas } from './nodeFocus';
import { nodeKeyAction } from './nodeKeys';

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
      const id = node?.dataset.id;
      if (node === null || id === undefined) return;
      const focused = { id, isComponent: node.classList.contains('react-flow__node-component'), selectable: node.classList.contains('selectable') };
      const action = nodeKeyAction(event, focused, selectedIds(), readOnly);
      if (action === null) return;
      if (action.kind === 'may-remove') {
        // Not handled here: the delete or undo goes on; only the focus is looked after.
        keepFocusOnCanvas();
        return;
      }
      event.preventDefault();
      event.stopPropagation();
      if (action.kind === 'select') select(action.ids);
      else if (action.kind === 'inspect') focusInspector();
      else {
        if (action.ids !== null) select(action.ids);
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
