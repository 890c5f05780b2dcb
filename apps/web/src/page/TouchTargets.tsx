// Publishes the canvas zoom on the React Flow element: as the CSS variable --flow-zoom, so phone and
// touch styles (phone.css) can keep a handle at a fixed size on screen (a handle lives in flow
// coordinates, and at zoom 0.5 a 28 px handle would be 14 px under the finger); and as data-detail, how
// much of a component is drawn at this zoom (board/zoomDetail.ts, canvas.css).
import { useStore, useStoreApi, useUpdateNodeInternals } from '@xyflow/react';
import { useLayoutEffect } from 'react';
import { zoomDetail } from '../board/zoomDetail';

export function TouchTargets() {
  const zoom = useStore((state) => state.transform[2]);
  const domNode = useStore((state) => state.domNode);
  const store = useStoreApi();
  const updateNodeInternals = useUpdateNodeInternals();
  useLayoutEffect(() => {
    domNode?.style.setProperty('--flow-zoom', String(zoom));
    const detail = zoomDetail(zoom);
    // Only a change of level touches the attribute: restyling every node at each zoom step would cost a frame.
    if (domNode === null || domNode.dataset.detail === detail) return;
    const wasFar = domNode.dataset.detail === 'far';
    domNode.dataset.detail = detail;
    // Far out the handles are not drawn (canvas.css), so React Flow measured any node it met there with
    // handles of no size: back in, it measures them again, where calls start and end and connections snap.
    if (wasFar) updateNodeInternals([...store.getState().nodeLookup.keys()]);
  }, [domNode, zoom, store, updateNodeInternals]);
  return null;
}
