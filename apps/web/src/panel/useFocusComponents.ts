// "Show me": select the given components (through React Flow's store, so the board's own selection
// handling sees an ordinary select change) and zoom the view to frame them in the middle of the part
// of the canvas no panel covers, so they do not end up behind the inspector or the analysis panel.
import { getViewportForBounds, useReactFlow, useStoreApi } from '@xyflow/react';
import { useCallback } from 'react';
import { visibleArea } from '../board/visibleArea';

/** Room left around the framed components, in screen pixels. */
const MARGIN_PX = 48;
/** Closer than this a single small node would fill the view. */
const MAX_ZOOM = 1.5;

export function useFocusComponents(): (componentIds: readonly string[]) => void {
  const store = useStoreApi();
  const { getNodesBounds, setViewport } = useReactFlow();
  return useCallback(
    (componentIds: readonly string[]) => {
      const { nodeLookup, addSelectedNodes } = store.getState();
      const present = componentIds.filter((id) => nodeLookup.has(id));
      if (present.length === 0) return;
      addSelectedNodes(present);
      // Selecting opens the inspector; frame once it is laid out, so the fit leaves room for it.
      requestAnimationFrame(() => {
        const { domNode, width, height, minZoom } = store.getState();
        const canvas = domNode?.closest<HTMLElement>('.board-canvas');
        const pane = domNode?.getBoundingClientRect();
        const free = canvas ? visibleArea(canvas) : null;
        const area = pane && free
          ? { left: free.left - pane.left, top: free.top - pane.top, width: free.right - free.left, height: free.bottom - free.top }
          : { left: 0, top: 0, width, height };
        const bounds = getNodesBounds(present);
        const fit = getViewportForBounds(bounds, area.width, area.height, minZoom, MAX_ZOOM, `${MARGIN_PX}px`);
        void setViewport({ x: fit.x + area.left, y: fit.y + area.top, zoom: fit.zoom }, { duration: 300 });
      });
    },
    [store, getNodesBounds, setViewport],
  );
}
