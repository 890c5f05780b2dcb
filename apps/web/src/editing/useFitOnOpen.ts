// A board that opens with something entirely out of sight (a component beyond the window, or under a
// panel) is fitted to its content once, in the part of the canvas no panel covers, never closer than 1:1.
// A board whose content is all in view keeps the default view, so opening one never moves what the
// person already sees; an empty board is left alone (what is added later lands in view anyway). Checked once,
// when the board's state first arrives from the relay and its nodes are measured.
import { getViewportForBounds, useReactFlow, useStoreApi } from '@xyflow/react';
import type { RefObject } from 'react';
import { useEffect } from 'react';
import { visibleArea } from '../board/visibleArea';
import type { ScreenRect } from '../board/visibleArea';
import type { SyncSignal } from '../import/useImport';

/** Room left around the content, in screen pixels. */
const MARGIN_PX = 40;
/** Fitting never zooms in past 1:1: a small board opens at its natural size. */
const MAX_ZOOM = 1;

/** Whether any of the boxes (screen pixels) lies wholly outside `area`. */
export function somethingOutOfSight(boxes: readonly ScreenRect[], area: ScreenRect): boolean {
  return boxes.some((box) => box.right <= area.left || box.left >= area.right || box.bottom <= area.top || box.top >= area.bottom);
}

/** Frames to wait after the first sync for the board's nodes to be drawn and measured. */
const MEASURE_FRAMES = 30;

export function useFitOnOpen(canvasRef: RefObject<HTMLElement | null>, provider: SyncSignal): void {
  const store = useStoreApi();
  const { getNodesBounds, setViewport } = useReactFlow();

  useEffect(() => {
    let frame = 0;
    let waited = 0;
    const fitIfOutOfSight = () => {
      const canvas = canvasRef.current;
      const { domNode, nodeLookup, transform, minZoom } = store.getState();
      const pane = domNode?.getBoundingClientRect();
      if (canvas === null || pane === undefined || nodeLookup.size === 0) return;
      const [x, y, zoom] = transform;
      const boxes = [...nodeLookup.values()].map((node) => {
        const left = pane.left + node.internals.positionAbsolute.x * zoom + x;
        const top = pane.top + node.internals.positionAbsolute.y * zoom + y;
        return { left, top, right: left + (node.measured.width ?? 0) * zoom, bottom: top + (node.measured.height ?? 0) * zoom };
      });
      const free = visibleArea(canvas);
      if (!somethingOutOfSight(boxes, free)) return;
      const area = { left: free.left - pane.left, top: free.top - pane.top, width: free.right - free.left, height: free.bottom - free.top };
      const fit = getViewportForBounds(getNodesBounds([...nodeLookup.keys()]), area.width, area.height, minZoom, MAX_ZOOM, `${MARGIN_PX}px`);
      void setViewport({ x: fit.x + area.left, y: fit.y + area.top, zoom: fit.zoom });
    };
    // Once, when the board's state has arrived and what it holds is measured; an empty board is left alone.
    const check = () => {
      const nodes = [...store.getState().nodeLookup.values()];
      const drawn = nodes.length > 0 && nodes.every((node) => node.measured.width !== undefined);
      if (!drawn && waited++ < MEASURE_FRAMES) {
        frame = requestAnimationFrame(check);
        return;
      }
      if (drawn) fitIfOutOfSight();
    };
    const onSync = (synced: boolean) => {
      if (!synced) return;
      provider.off('sync', onSync);
      frame = requestAnimationFrame(check);
    };
    if (provider.synced) frame = requestAnimationFrame(check);
    else provider.on('sync', onSync);
    return () => {
      provider.off('sync', onSync);
      cancelAnimationFrame(frame);
    };
  }, [canvasRef, provider, store, getNodesBounds, setViewport]);
}
