// The drag benchmark's peer page: @xyflow/react as its own docs set it up (controlled nodes through
// useNodesState), with the bench board's nodes at Napkin's sizes and its calls as default edges, and
// nothing else: no custom nodes, minimap, background, routing, snapping or analysis. What Napkin's drag
// costs beyond this page is what Napkin adds to React Flow.
import '@xyflow/react/dist/style.css';
import type { Edge, Node } from '@xyflow/react';
import { ReactFlow, useNodesState } from '@xyflow/react';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import type { PlainFlowLayout } from './layout';
import { LAYOUT_GLOBAL } from './layout';

const layout = (window as unknown as Record<string, PlainFlowLayout | undefined>)[LAYOUT_GLOBAL];
if (layout === undefined) throw new Error(`no layout: the bench sets window.${LAYOUT_GLOBAL} before the page loads`);

const initialNodes: Node[] = layout.nodes.map((node) => ({
  id: node.id,
  position: { x: node.x, y: node.y },
  data: { label: node.id },
  width: node.width,
  height: node.height,
  style: { width: node.width, height: node.height },
}));
const edges: Edge[] = layout.edges.map((edge) => ({ id: edge.id, source: edge.source, target: edge.target }));

function PlainFlow() {
  const [nodes, , onNodesChange] = useNodesState(initialNodes);
  return createElement(ReactFlow, { nodes, edges, onNodesChange, defaultViewport: layout?.viewport, minZoom: 0.1 });
}

const pane = document.getElementById('pane');
if (pane === null) throw new Error('index.html has no #pane');
Object.assign(pane.style, {
  left: `${layout.pane.left}px`,
  top: `${layout.pane.top}px`,
  width: `${layout.pane.width}px`,
  height: `${layout.pane.height}px`,
});
createRoot(pane).render(createElement(PlainFlow));
