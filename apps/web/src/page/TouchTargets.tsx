// Publishes the canvas zoom on the React Flow element: as the CSS variable --flow-zoom, so phone and
// touch styles (phone.css) can keep a handle at a fixed size on screen (a handle lives in flow
// coordinates, and at zoom 0.5 a 28 px handle would be 14 px under the finger); and as data-detail, how
// much of a component is drawn at this zoom (board/zoomDetail.ts, canvas.css).
import { useStore } from '@xyflow/react';
import { useLayoutEffect } from 'react';
import { zoomDetail } from '../board/zoomDetail';

export function TouchTargets() {
  const zoom = useStore((state) => state.transform[2]);
  const domNode = useStore((state) => state.domNode);
  useLayoutEffect(() => {
    domNode?.style.setProperty('--flow-zoom', String(zoom));
    const detail = zoomDetail(zoom);
    // Only a change of level touches the attribute: restyling every node at each zoom step would cost a frame.
    if (domNode !== null && domNode.dataset.detail !== detail) domNode.dataset.detail = detail;
  }, [domNode, zoom]);
  return null;
}
