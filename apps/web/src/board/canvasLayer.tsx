// Portals into React Flow's two overlay layers: the edge label layer (above the calls) and the viewport
// portal (in board coordinates, above the nodes). React Flow's own EdgeLabelRenderer and ViewportPortal
// find their layer with a querySelector inside a store selector, so each of them searched the canvas on
// every store update, several a drag step; the viewport portal comes after every node in the document,
// so on the 1,000-component board each search walked ~20,000 elements (~3 ms a step for the guides
// alone, ~4 ms for ~146 call label boxes). The layers are fixed children of the canvas React Flow draws
// once, so these look a layer up once per canvas element; the store is read only for the canvas itself.
import { useStore } from '@xyflow/react';
import type { ReactNode } from 'react';
import { useMemo } from 'react';
import { createPortal } from 'react-dom';

type Layer = 'edgelabel-renderer' | 'viewport-portal';

function CanvasLayerPortal({ layer, children }: { readonly layer: Layer; readonly children: ReactNode }) {
  const canvas = useStore((state) => state.domNode);
  const element = useMemo(() => canvas?.querySelector(`.react-flow__${layer}`) ?? null, [canvas, layer]);
  return element === null ? null : createPortal(children, element);
}

/** In place of React Flow's EdgeLabelRenderer: HTML drawn over the calls, in board coordinates. */
export function EdgeLabelLayer({ children }: { readonly children: ReactNode }) {
  return <CanvasLayerPortal layer="edgelabel-renderer">{children}</CanvasLayerPortal>;
}

/** In place of React Flow's ViewportPortal: HTML drawn over the nodes, in board coordinates. */
export function ViewportLayer({ children }: { readonly children: ReactNode }) {
  return <CanvasLayerPortal layer="viewport-portal">{children}</CanvasLayerPortal>;
}
