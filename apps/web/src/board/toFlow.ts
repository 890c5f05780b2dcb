// Pure mapping from the validated board snapshot to React Flow's nodes and edges. The document is
// the only source of truth for content; selection, measured sizes and in-flight drag positions are
// view state layered on top. Unchanged nodes keep their previous object so React Flow (which
// compares user nodes by identity) does not recompute or re-render them.
import { getKind } from '@napkin/catalog';
import type { BoardCall, BoardComponent } from '@napkin/doc';
import { MarkerType } from '@xyflow/react';
import type { Edge, EdgeMarker, Node, XYPosition } from '@xyflow/react';

export interface ComponentNodeData extends Record<string, unknown> {
  readonly name: string;
  readonly kindId: string;
  /** The catalog's label, or the raw kind id when this build's catalog does not know it. */
  readonly kindLabel: string;
  readonly family: string;
}

export type ComponentFlowNode = Node<ComponentNodeData, 'component'>;
export type CallFlowEdge = Edge;

export interface Size {
  readonly width: number;
  readonly height: number;
}

export interface ViewState {
  readonly selectedNodes: ReadonlySet<string>;
  readonly selectedEdges: ReadonlySet<string>;
  /** Sizes React Flow measured; without them a re-created node would be hidden until re-measured. */
  readonly measured: ReadonlyMap<string, Size>;
  /** Positions that win over the document's: our own drag in progress, or a peer's. */
  readonly positionOverrides: ReadonlyMap<string, XYPosition>;
}

export const EMPTY_VIEW: ViewState = {
  selectedNodes: new Set(),
  selectedEdges: new Set(),
  measured: new Map(),
  positionOverrides: new Map(),
};

export function toFlowNode(component: BoardComponent, view: ViewState): ComponentFlowNode {
  const kind = getKind(component.kind);
  const position = view.positionOverrides.get(component.id) ?? { x: component.x, y: component.y };
  const measured = view.measured.get(component.id);
  return {
    id: component.id,
    type: 'component',
    position: { x: position.x, y: position.y },
    selected: view.selectedNodes.has(component.id),
    ...(measured ? { measured: { width: measured.width, height: measured.height } } : {}),
    data: {
      name: component.name,
      kindId: component.kind,
      kindLabel: kind?.label ?? component.kind,
      family: kind?.family ?? 'unknown',
    },
  };
}

/** Calls point from caller to callee. */
const ARROW: EdgeMarker = { type: MarkerType.ArrowClosed, width: 18, height: 18 };

export function toFlowEdge(call: BoardCall, view: ViewState): CallFlowEdge {
  return {
    id: call.id,
    source: call.from,
    target: call.to,
    // Drawn by `edges/CallEdge.tsx`: mode, fan-out, fraction and network tier labels.
    type: 'call',
    selected: view.selectedEdges.has(call.id),
    // Asynchronous calls (queues, events) are drawn dashed and moving, as on a whiteboard.
    animated: call.mode === 'async',
    markerEnd: ARROW,
    ...(call.label ? { label: call.label } : {}),
  };
}

/** Maps every component, reusing the previous node object wherever nothing visible changed. */
export function toFlowNodes(
  components: readonly BoardComponent[],
  view: ViewState,
  previous: ReadonlyMap<string, ComponentFlowNode> = new Map(),
): ComponentFlowNode[] {
  return components.map((component) => {
    const before = previous.get(component.id);
    // Checked before building: a drag step changes one node of a thousand, so the rest cost no allocation.
    if (before !== undefined && stillDrawsAs(before, component, view)) return before;
    const next = toFlowNode(component, view);
    return before !== undefined && sameNode(before, next) ? before : next;
  });
}

/** `sameNode(before, toFlowNode(component, view))` without building the node. */
function stillDrawsAs(before: ComponentFlowNode, component: BoardComponent, view: ViewState): boolean {
  const position = view.positionOverrides.get(component.id) ?? component;
  const measured = view.measured.get(component.id);
  return (
    before.position.x === position.x &&
    before.position.y === position.y &&
    before.selected === view.selectedNodes.has(component.id) &&
    before.measured?.width === measured?.width &&
    before.measured?.height === measured?.height &&
    before.data.name === component.name &&
    before.data.kindId === component.kind
  );
}

export function toFlowEdges(
  calls: readonly BoardCall[],
  view: ViewState,
  previous: ReadonlyMap<string, CallFlowEdge> = new Map(),
): CallFlowEdge[] {
  return calls.map((call) => {
    const next = toFlowEdge(call, view);
    const before = previous.get(call.id);
    return before !== undefined && sameEdge(before, next) ? before : next;
  });
}

function sameNode(a: ComponentFlowNode, b: ComponentFlowNode): boolean {
  return (
    a.position.x === b.position.x &&
    a.position.y === b.position.y &&
    a.selected === b.selected &&
    a.measured?.width === b.measured?.width &&
    a.measured?.height === b.measured?.height &&
    a.data.name === b.data.name &&
    a.data.kindId === b.data.kindId
  );
}

function sameEdge(a: CallFlowEdge, b: CallFlowEdge): boolean {
  return (
    a.source === b.source &&
    a.target === b.target &&
    a.selected === b.selected &&
    a.animated === b.animated &&
    a.label === b.label
  );
}
