// Reads what Napkin's page drew, for the plain React Flow page to draw the same: each node's position
// (React Flow's translate) and laid-out size (offsetWidth/Height, which the zoom does not scale), the
// canvas's place in the window and the view's pan and zoom. The edges are the board's calls, checked
// against the nodes read, so a call to a node Napkin did not draw is an error, not a silent gap.
import type { Page } from 'playwright-core';
import type { PlainEdge, PlainFlowLayout, PlainNode } from './layout';

interface Drawn {
  readonly pane: PlainFlowLayout['pane'];
  readonly transform: string;
  readonly nodes: PlainNode[];
}

// A string, not a function: tsx's `__name` helper would be serialised with one and not exist in the page.
const READ_DRAWN = `(() => {
  const flow = document.querySelector('.react-flow');
  const viewport = document.querySelector('.react-flow__viewport');
  if (flow === null || viewport === null) return null;
  const rect = flow.getBoundingClientRect();
  const nodes = [...document.querySelectorAll('.react-flow__node')].map((element) => {
    const match = /translate\\(([-\\d.e]+)px,\\s*([-\\d.e]+)px\\)/.exec(element.style.transform);
    return { id: element.dataset.id, x: match ? Number(match[1]) : 0, y: match ? Number(match[2]) : 0, width: element.offsetWidth, height: element.offsetHeight };
  });
  return { pane: { left: rect.left, top: rect.top, width: rect.width, height: rect.height }, transform: viewport.style.transform, nodes };
})()`;

const VIEWPORT = /translate\(([-\d.e]+)px,\s*([-\d.e]+)px\)\s*scale\(([-\d.e]+)\)/;

export async function readNapkinLayout(page: Page, calls: readonly PlainEdge[]): Promise<PlainFlowLayout> {
  const drawn = (await page.evaluate(READ_DRAWN)) as Drawn | null;
  if (drawn === null) throw new Error('Napkin’s page has no React Flow canvas to read');
  const match = VIEWPORT.exec(drawn.transform);
  if (match === null) throw new Error(`cannot read the view from "${drawn.transform}"`);
  const ids = new Set(drawn.nodes.map((node) => node.id));
  const missing = calls.find((call) => !ids.has(call.source) || !ids.has(call.target));
  if (missing !== undefined) throw new Error(`call ${missing.id} joins a node Napkin did not draw (${missing.source} → ${missing.target})`);
  return {
    nodes: drawn.nodes,
    edges: calls,
    pane: drawn.pane,
    viewport: { x: Number(match[1]), y: Number(match[2]), zoom: Number(match[3]) },
  };
}
