// Opening and closing the canvas's context menu: right-click on a component, a call or the empty canvas,
// or from the keyboard (the Menu key or Shift+F10) on what has the focus. A right-click on something
// outside the selection selects it alone first, as desktop tools do, so the menu acts on what it names.
import { useStoreApi } from '@xyflow/react';
import type { Edge, Node } from '@xyflow/react';
import type { MouseEvent as ReactMouseEvent, RefObject } from 'react';
import { useCallback, useEffect, useState } from 'react';
import { isTyping } from '../editing/editorKeys';
import type { MenuTarget } from './menuItems';

export interface OpenMenu {
  readonly target: MenuTarget;
  /** Where it opens, in client pixels. */
  readonly x: number;
  readonly y: number;
  /** What had the focus, given it back when the menu closes. */
  readonly returnFocus: HTMLElement | null;
}

export interface CanvasMenuState {
  readonly menu: OpenMenu | null;
  readonly close: () => void;
  readonly onNodeContextMenu: (event: ReactMouseEvent, node: Node) => void;
  readonly onEdgeContextMenu: (event: ReactMouseEvent, edge: Edge) => void;
  readonly onPaneContextMenu: (event: ReactMouseEvent | MouseEvent) => void;
}

export function useCanvasMenu(canvasRef: RefObject<HTMLElement | null>): CanvasMenuState {
  const store = useStoreApi();
  const [menu, setMenu] = useState<OpenMenu | null>(null);

  /** Selects `id` alone unless it is already part of the selection. */
  const selectAlone = useCallback(
    (id: string, kind: 'node' | 'edge') => {
      const { nodeLookup, edgeLookup, triggerNodeChanges, triggerEdgeChanges } = store.getState();
      const already = kind === 'node' ? nodeLookup.get(id)?.selected : edgeLookup.get(id)?.selected;
      if (already === true) return;
      triggerNodeChanges([...nodeLookup.values()].filter((node) => (node.selected ?? false) !== (kind === 'node' && node.id === id)).map((node) => ({ type: 'select', id: node.id, selected: kind === 'node' && node.id === id })));
      triggerEdgeChanges([...edgeLookup.values()].filter((edge) => (edge.selected ?? false) !== (kind === 'edge' && edge.id === id)).map((edge) => ({ type: 'select', id: edge.id, selected: kind === 'edge' && edge.id === id })));
    },
    [store],
  );

  const open = useCallback((target: MenuTarget, x: number, y: number) => {
    setMenu({ target, x, y, returnFocus: document.activeElement instanceof HTMLElement ? document.activeElement : null });
  }, []);

  const onNodeContextMenu = useCallback(
    (event: ReactMouseEvent, node: Node) => {
      if (node.type !== 'component') return; // frames and notes keep the browser's menu
      event.preventDefault();
      selectAlone(node.id, 'node');
      open({ kind: 'component', id: node.id }, event.clientX, event.clientY);
    },
    [open, selectAlone],
  );
  const onEdgeContextMenu = useCallback(
    (event: ReactMouseEvent, edge: Edge) => {
      event.preventDefault();
      selectAlone(edge.id, 'edge');
      open({ kind: 'call', id: edge.id }, event.clientX, event.clientY);
    },
    [open, selectAlone],
  );
  const onPaneContextMenu = useCallback(
    (event: ReactMouseEvent | MouseEvent) => {
      event.preventDefault();
      open({ kind: 'canvas' }, event.clientX, event.clientY);
    },
    [open],
  );

  // From the keyboard: on the focused component or call, else on the middle of the canvas.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const asks = event.key === 'ContextMenu' || (event.shiftKey && event.key === 'F10');
      const canvas = canvasRef.current;
      if (!asks || canvas === null || isTyping(event.target)) return;
      const focused = document.activeElement;
      const node = focused instanceof Element ? focused.closest<HTMLElement>('.react-flow__node') : null;
      const edge = focused instanceof Element ? focused.closest<HTMLElement>('.react-flow__edge') : null;
      const anchor = (node ?? edge ?? canvas).getBoundingClientRect();
      const x = anchor.left + anchor.width / 2;
      const y = anchor.top + anchor.height / 2;
      const nodeId = node?.dataset.id;
      const edgeId = edge?.dataset.id;
      if (nodeId !== undefined && store.getState().nodeLookup.get(nodeId)?.type === 'component') {
        selectAlone(nodeId, 'node');
        open({ kind: 'component', id: nodeId }, x, y);
      } else if (edgeId !== undefined) {
        selectAlone(edgeId, 'edge');
        open({ kind: 'call', id: edgeId }, x, y);
      } else if (canvas.contains(focused) || focused === document.body) {
        open({ kind: 'canvas' }, x, y);
      } else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [canvasRef, open, selectAlone, store]);

  const close = useCallback(() => {
    setMenu((current) => {
      current?.returnFocus?.focus();
      return null;
    });
  }, []);

  return { menu, close, onNodeContextMenu, onEdgeContextMenu, onPaneContextMenu };
}
