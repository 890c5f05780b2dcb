// The board's minimap. React Flow's MiniMap draws a rect per node, each with its own store
// subscription, and re-measures every node's bounds on every store update: on the 1,000-component
// board that was a thousand selectors and a thousand-node walk per drag step, for a 300 px picture.
// This one draws all nodes as one path (minimapOutline.ts), rebuilt on a frame after the nodes change,
// at most every 100 ms during a drag (frameThrottle.ts), so a dragged component still moves in it; the
// store is read per update only for the visible area. Panning and zooming on it are React Flow's own (XYMinimap), as before.
import type { ReactFlowState } from '@xyflow/react';
import { Panel, useStore, useStoreApi } from '@xyflow/react';
import type { XYMinimapInstance } from '@xyflow/system';
import { XYMinimap } from '@xyflow/system';
import { memo, useEffect, useRef, useState } from 'react';
import { frameThrottle } from './frameThrottle';
import type { Outline } from './minimapOutline';
import { EMPTY_OUTLINE, frameOf, outlineOf } from './minimapOutline';

interface BoardMinimapProps {
  readonly ariaLabel: string;
  readonly width: number;
  readonly height: number;
}

export const BoardMinimap = memo(function BoardMinimap({ ariaLabel, width, height }: BoardMinimapProps) {
  const store = useStoreApi();
  const svg = useRef<SVGSVGElement>(null);
  const view = useStore(viewOf, sameView);
  const outline = useNodeOutline();
  const frame = frameOf(outline.bounds, view.visible, width, height);
  const viewScale = useRef(frame.viewScale);
  viewScale.current = frame.viewScale;

  const minimap = useRef<XYMinimapInstance | null>(null);
  useEffect(() => {
    if (svg.current === null || view.panZoom === null) return;
    const instance = XYMinimap({ domNode: svg.current, panZoom: view.panZoom, getTransform: () => store.getState().transform, getViewScale: () => viewScale.current });
    minimap.current = instance;
    return () => {
      instance.destroy();
      minimap.current = null;
    };
  }, [view.panZoom, store]);
  useEffect(() => {
    minimap.current?.update({ translateExtent: view.translateExtent, width: view.flowWidth, height: view.flowHeight, pannable: true, zoomable: true });
  }, [view.panZoom, view.translateExtent, view.flowWidth, view.flowHeight]);

  const { x, y, offset } = frame;
  const visible = view.visible;
  return (
    <Panel position="bottom-right" className="react-flow__minimap" data-testid="rf__minimap" style={{ width, height }}>
      <svg ref={svg} width={width} height={height} viewBox={`${x} ${y} ${frame.width} ${frame.height}`} className="react-flow__minimap-svg" role="img" aria-label={ariaLabel}>
        <path className="react-flow__minimap-node" d={outline.path} shapeRendering="crispEdges" />
        <path
          className="react-flow__minimap-mask"
          d={`M${x - offset},${y - offset}h${frame.width + offset * 2}v${frame.height + offset * 2}h${-frame.width - offset * 2}z
        M${visible.x},${visible.y}h${visible.width}v${visible.height}h${-visible.width}z`}
          fillRule="evenodd"
          pointerEvents="none"
        />
      </svg>
    </Panel>
  );
});

/**
 * At most this often the outline is rebuilt while nodes keep changing (a drag): a component moving in a
 * 300 px picture needs no more, and each rebuild is a walk of every node, a new path and its repaint.
 */
const OUTLINE_EVERY_MS = 100;

/** The nodes' outline, rebuilt on a frame after the store's nodes change, at most every OUTLINE_EVERY_MS. */
function useNodeOutline(): Outline {
  const store = useStoreApi();
  const [outline, setOutline] = useState<Outline>(EMPTY_OUTLINE);
  useEffect(() => {
    const throttle = frameThrottle(() => {
      const next = outlineOf(store.getState().nodeLookup.values());
      setOutline((previous) => (previous.path === next.path ? previous : next));
    }, OUTLINE_EVERY_MS);
    throttle.drawNow();
    // React Flow updates its node lookup in place, and replaces `nodes` whenever one changes (drags and
    // measurements included), so a new `nodes` array is the signal.
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.nodes === previous.nodes && state.nodeLookup === previous.nodeLookup) return;
      throttle.request();
    });
    return () => {
      unsubscribe();
      throttle.cancel();
    };
  }, [store]);
  return outline;
}

interface MinimapView {
  readonly visible: { readonly x: number; readonly y: number; readonly width: number; readonly height: number };
  readonly panZoom: ReactFlowState['panZoom'];
  readonly translateExtent: ReactFlowState['translateExtent'];
  readonly flowWidth: number;
  readonly flowHeight: number;
}

function viewOf(state: ReactFlowState): MinimapView {
  const [tx, ty, zoom] = state.transform;
  return {
    visible: { x: -tx / zoom, y: -ty / zoom, width: state.width / zoom, height: state.height / zoom },
    panZoom: state.panZoom,
    translateExtent: state.translateExtent,
    flowWidth: state.width,
    flowHeight: state.height,
  };
}

function sameView(a: MinimapView, b: MinimapView): boolean {
  return (
    a.visible.x === b.visible.x &&
    a.visible.y === b.visible.y &&
    a.visible.width === b.visible.width &&
    a.visible.height === b.visible.height &&
    a.panZoom === b.panZoom &&
    a.translateExtent === b.translateExtent &&
    a.flowWidth === b.flowWidth &&
    a.flowHeight === b.flowHeight
  );
}
