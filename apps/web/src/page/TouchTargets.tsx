// Publishes the canvas zoom as the CSS variable --flow-zoom on the React Flow element, so phone and
// touch styles (phone.css) can keep a handle at a fixed size on screen: a handle lives in flow
// coordinates, and at zoom 0.5 a 28 px handle would be 14 px under the finger.
import { useStore } from '@xyflow/react';
import { useLayoutEffect } from 'react';

export function TouchTargets() {
  const zoom = useStore((state) => state.transform[2]);
  const domNode = useStore((state) => state.domNode);
  useLayoutEffect(() => {
    domNode?.style.setProperty('--flow-zoom', String(zoom));
  }, [domNode, zoom]);
  return null;
}
