// What a key pressed on a focused canvas node asks for (pure, unit-tested; `useNodeKeys.ts` does it).
// Selection keys keep the focus on the node, so the keyboard user never lands back on the page:
// - Enter or Space: select only this node; Enter on a node already selected: its fields in the inspector.
// - Shift/Ctrl/⌘ + Enter or Space: add it to the selection or take it out of it.
// - Escape: select nothing.  F2: rename (a component; selected alone first).
// - Delete, Backspace, undo, redo: the node may go away; the focus is looked after (`keepFocusOnCanvas`).

export type NodeKeyAction =
  | { readonly kind: 'select'; readonly ids: ReadonlySet<string> }
  | { readonly kind: 'inspect' }
  | { readonly kind: 'rename'; readonly ids: ReadonlySet<string> | null }
  | { readonly kind: 'may-remove' };

type KeyEvent = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>;

export interface FocusedNode {
  readonly id: string;
  readonly isComponent: boolean;
  readonly selectable: boolean;
}

/** The action for `event` on `node` with `selected` the ids selected now; null: not ours (React Flow's, or nothing). */
export function nodeKeyAction(event: KeyEvent, node: FocusedNode, selected: ReadonlySet<string>, readOnly: boolean): NodeKeyAction | null {
  if (event.altKey) return null;
  const mod = event.ctrlKey || event.metaKey;
  const key = event.key.toLowerCase();
  if (event.key === 'Delete' || event.key === 'Backspace' || (mod && (key === 'z' || key === 'y'))) return { kind: 'may-remove' };
  if (event.key === 'Escape') return mod || event.shiftKey ? null : { kind: 'select', ids: new Set() };
  if (event.key === 'Enter' || event.key === ' ') {
    if (readOnly || !node.selectable) return null;
    if (event.shiftKey || mod) {
      const next = new Set(selected);
      if (next.has(node.id)) next.delete(node.id);
      else next.add(node.id);
      return { kind: 'select', ids: next };
    }
    // Space on one of several selected narrows the selection to it; Enter there edits them together.
    if (!selected.has(node.id) || (selected.size > 1 && event.key === ' ')) return { kind: 'select', ids: new Set([node.id]) };
    return event.key === 'Enter' ? { kind: 'inspect' } : null;
  }
  if (event.key === 'F2' && !mod && !readOnly && node.isComponent) {
    return { kind: 'rename', ids: selected.size === 1 && selected.has(node.id) ? null : new Set([node.id]) };
  }
  return null;
}
