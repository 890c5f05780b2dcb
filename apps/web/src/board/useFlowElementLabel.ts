// Names React Flow's wrapper element of one node or edge (the focusable element with role "group").
// React Flow takes that name from the flow object's `ariaLabel`, but ours are built from the document
// alone (toFlow.ts, kept identical across renders for speed) while the name also carries analysis
// figures, which only the node and edge components read; so the component sets it on its wrapper.
// React never rewrites the attribute: the wrapper's own `aria-label` prop stays undefined.
import { useLayoutEffect } from 'react';

export function useFlowElementLabel(kind: 'node' | 'edge', id: string, label: string): void {
  useLayoutEffect(() => {
    const wrapper = document.querySelector(`.react-flow__${kind}[data-id="${CSS.escape(id)}"]`);
    wrapper?.setAttribute('aria-label', label);
  }, [kind, id, label]);
}
