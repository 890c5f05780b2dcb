// Portals into React Flow's two overlay layers: the edge label layer (above the calls) and the viewport
// portal (in board coordinates, above the nodes). React Flow's own EdgeLabelRenderer and ViewportPortal
// find their layer with a querySelector inside a store selector, so each of them searched the canvas on
// every store update, several a drag step; the viewport portal comes after every node in the document,
// so on the 1,000-component board each search walked ~20,000 elements (~3 ms a step for the guides
// alone, ~4 ms for ~146 call label boxes). The layers are fixed children of the canvas React Flow draws
// once, so they are looked up once per canvas element by one provider around the canvas; each call's
// portal reads them from context, not from a store subscription of its own (a thousand calls made a
// thousand more listeners to run at each store update of a drag).
import { useStore } from '@xyflow/react';
import type { ReactNode } from 'react';
import { createContext, useContext, useMemo } from 'react';
import { createPortal } from 'react-dom';

interface CanvasLayers {
  readonly 'edgelabel-renderer': Element | null;
  readonly 'viewport-portal': Element | null;
}

const NO_LAYERS: CanvasLayers = { 'edgelabel-renderer': null, 'viewport-portal': null };
const CanvasLayersContext = createContext<CanvasLayers>(NO_LAYERS);

/** Around React Flow (inside its provider): finds the canvas's overlay layers once the canvas is drawn. */
export function CanvasLayersProvider({ children }: { readonly children: ReactNode }) {
  const canvas = useStore((state) => state.domNode);
  const layers = useMemo<CanvasLayers>(
    () =>
      canvas === null
        ? NO_LAYERS
        : {
            'edgelabel-renderer': canvas.querySelector('.react-flow__edgelabel-renderer'),
            'viewport-portal': canvas.querySelector('.react-flow__viewport-portal'),
          },
    [canvas],
  );
  return <CanvasLayersContext.Provider value={layers}>{children}</CanvasLayersContext.Provider>;
}

function CanvasLayerPortal({ layer, children }: { readonly layer: keyof CanvasLayers; readonly children: ReactNode }) {
  const element = useContext(CanvasLayersContext)[layer];
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
