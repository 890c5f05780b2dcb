// Fitting the board to its content in the part of the canvas no panel covers: once on open, when any
// component is not wholly in sight (beyond the window, or partly under a panel), and whenever the person
// asks (the fit button, Shift+1, the canvas's menu). On open it never zooms closer than 1:1, so a small
// board opens at its natural size, and a board already wholly in view keeps the default view; an empty
// board is left alone (what is added later lands in view anyway). The open check runs once, when the
// board's state first arrives from the relay and its nodes are measured.
import { getViewportForBounds, useReactFlow, useStoreApi } from '@xyflow/react';
import type { RefObject } from 'react';
import { useCallback, useEffect, useRef } from 'react';
import { visibleArea } from '../board/visibleArea';
import type { ScreenRect } from '../board/visibleArea';
import type { SyncSignal } from '../import/useImport';

/** Room left around the content, in screen pixels. */
const MARGIN_PX = 40;
/** Fitting on open never zooms in past 1:1: a small board opens at its natural size. */
const OPEN_MAX_ZOOM = 1;
/** A fit asked for may zoom in a little further (a small board fills more of the view), not as far as the canvas allows. */
const ASKED_MAX_ZOOM = 1.5;

/** Whether any of the boxes (screen pixels) is not wholly inside `area`. */
export function notAllInSight(boxes: readonly ScreenRect[], area: ScreenRect): boolean {
  return boxes.some((box) => box.left < area.left || box.right > area.right || box.top < area.top || box.bottom > area.bottom);
}

/**
 * Frames to wait after the first sync for the board's nodes to be drawn and measured (about 10 s): on a
 * loaded machine a big board takes far more than half a second, and a fit that gives up leaves it out of sight.
 */
const MEASURE_FRAMES = 600;

/** Frames a fit on open keeps checking after it, for panels that appear late (about 3 s). */
const SETTLE_FRAMES = 180;

/** `fit(onlyIfHidden)`: frames every node in the uncovered canvas; with `onlyIfHidden`, only when one is not wholly seen. */
export function useFitToContent(canvasRef: RefObject<HTMLElement | null>): (onlyIfHidden?: boolean) => void {
  const store = useStoreApi();
  const { getNodesBounds, setViewport } = useReactFlow();
  return useCallback(
    (onlyIfHidden = false) => {
      const canvas = canvasRef.current;
      const { domNode, nodeLookup, transform, minZoom } = store.getState();
      const pane = domNode?.getBoundingClientRect();
      if (canvas === null || pane === undefined || nodeLookup.size === 0) return;
      const free = visibleArea(canvas);
      if (onlyIfHidden) {
        const [x, y, zoom] = transform;
        const boxes = [...nodeLookup.values()].map((node) => {
          const left = pane.left + node.internals.positionAbsolute.x * zoom + x;
          const top = pane.top + node.internals.positionAbsolute.y * zoom + y;
          return { left, top, right: left + (node.measured.width ?? 0) * zoom, bottom: top + (node.measured.height ?? 0) * zoom };
        });
        if (!notAllInSight(boxes, free)) return;
      }
      const area = { left: free.left - pane.left, top: free.top - pane.top, width: free.right - free.left, height: free.bottom - free.top };
      const maxZoom = onlyIfHidden ? OPEN_MAX_ZOOM : ASKED_MAX_ZOOM;
      const fit = getViewportForBounds(getNodesBounds([...nodeLookup.keys()]), area.width, area.height, minZoom, maxZoom, `${MARGIN_PX}px`);
      void setViewport({ x: fit.x + area.left, y: fit.y + area.top, zoom: fit.zoom });
    },
    [canvasRef, store, getNodesBounds, setViewport],
  );
}

/**
 * `edited` says whether this person has already changed the board (their undo stack): from then on what
 * is on the canvas is theirs, placed where they wanted it, and the view must not jump under their hands
 * (a component added or pasted on a new board in its first seconds is not the board's content to fit).
 */
export function useFitOnOpen(canvasRef: RefObject<HTMLElement | null>, provider: SyncSignal, edited: () => boolean): void {
  const store = useStoreApi();
  const fit = useFitToContent(canvasRef);
  const hasEdited = useRef(edited);
  hasEdited.current = edited;

  useEffect(() => {
    let frame = 0;
    let waited = 0;
    // Once, when the board's state has arrived and what it holds is measured; an empty board is left alone.
    // The view as it was when the state arrived (React Flow may set its own before that), to tell a person's pan.
    let opened: readonly number[] | null = null;
    let settled = 0;
    const check = () => {
      const { nodeLookup, transform } = store.getState();
      opened ??= [...transform];
      // The person already moved the view while the board was being drawn: theirs, not ours.
      if (transform.some((value, index) => value !== opened?.[index]) || hasEdited.current()) return;
      const nodes = [...nodeLookup.values()];
      const drawn = nodes.length > 0 && nodes.every((node) => node.measured.width !== undefined);
      if (!drawn && waited++ < MEASURE_FRAMES) {
        frame = requestAnimationFrame(check);
        return;
      }
      if (!drawn) return;
      fit(true);
      // A panel that appears once the board is drawn (the analysis with its first result) can cover what
      // was in sight: look again for about 3 s, as long as the view is still the one this fit left.
      if (settled++ < SETTLE_FRAMES) {
        opened = [...store.getState().transform];
        frame = requestAnimationFrame(check);
      }
    };
    const start = () => {
      frame = requestAnimationFrame(check);
    };
    const onSync = (synced: boolean) => {
      if (!synced) return;
      provider.off('sync', onSync);
      start();
    };
    if (provider.synced) start();
    else provider.on('sync', onSync);
    return () => {
      provider.off('sync', onSync);
      cancelAnimationFrame(frame);
    };
  }, [provider, store, fit]);
}
