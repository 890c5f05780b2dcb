// Tidy-up: lays out a selection (or the whole board) in ranks along the flow's direction with dagre, so
// callers come before what they call. Zones keep their members: each zone is a cluster of the layout
// (its members are laid out together, apart from others) and is then resized around them, nested zones
// first. Pure: it returns the moves and the zones' new rectangles; `applyTidy` writes them in one
// transaction, one undo step. The tidied group keeps its top-left corner, so it does not jump away.
import { graphlib, layout } from '@dagrejs/dagre';
import type { Board, ComponentId, ZoneId } from '@napkin/doc';
import type { Move, Placed } from '../board/align';
import { GRID_PX } from '../board/gridSnap';

/** Left to right (most boards: clients on the left) or top to bottom. */
export type FlowDirection = 'LR' | 'TB';

export interface ZoneRect {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface TidyInput {
  /** The components to lay out, with their drawn size. */
  readonly items: readonly Placed[];
  /** The components left where they are (a zone around both kinds grows to keep all its members). */
  readonly others: readonly Placed[];
  readonly calls: readonly { readonly from: string; readonly to: string }[];
  readonly zones: readonly ZoneRect[];
  /** Where an item sits for zone membership when its box is more than the component (its pinned notes); else its corner. */
  readonly memberAt?: ReadonlyMap<string, { readonly x: number; readonly y: number }>;
}

export interface TidyPlan {
  readonly moves: readonly Move[];
  readonly zones: readonly ZoneRect[];
}

/** Room inside a zone around its members; more on top for its header. */
const ZONE_PAD = { side: 30, top: 50 } as const;
const MIN_ZONE = { width: 160, height: 100 } as const;
const SPACING = { nodesep: 50, ranksep: 90 } as const;

/** The way the calls mostly go on the board as drawn: down if they mostly go down, else left to right. */
export function flowDirection(items: readonly Placed[], calls: TidyInput['calls']): FlowDirection {
  const at = new Map(items.map((item) => [item.id, item]));
  let across = 0;
  let down = 0;
  for (const call of calls) {
    const from = at.get(call.from);
    const to = at.get(call.to);
    if (from === undefined || to === undefined) continue;
    across += Math.abs(to.x - from.x);
    down += Math.abs(to.y - from.y);
  }
  return down > across ? 'TB' : 'LR';
}

const contains = (zone: ZoneRect, x: number, y: number) => x >= zone.x && x <= zone.x + zone.width && y >= zone.y && y <= zone.y + zone.height;
const area = (zone: ZoneRect) => zone.width * zone.height;

/** The smallest zone holding the point, i.e. the innermost one (membership is by the top-left corner, as zones move members). */
function innermost(zones: readonly ZoneRect[], x: number, y: number, except?: string): ZoneRect | undefined {
  return zones.filter((zone) => zone.id !== except && contains(zone, x, y)).sort((a, b) => area(a) - area(b))[0];
}

export function tidyPlan(input: TidyInput, direction: FlowDirection = flowDirection(input.items, input.calls)): TidyPlan {
  const { items, others, calls, zones } = input;
  const zoneOf = (item: Placed) => {
    const at = input.memberAt?.get(item.id) ?? item;
    return innermost(zones, at.x, at.y);
  };
  if (items.length === 0) return { moves: [], zones: [] };
  const graph = new graphlib.Graph({ compound: true });
  graph.setGraph({ rankdir: direction, ...SPACING });
  graph.setDefaultEdgeLabel(() => ({}));
  const ids = new Set(items.map((item) => item.id));
  for (const item of items) graph.setNode(item.id, { width: item.width, height: item.height });

  // Zones as clusters: a zone that holds a tidied component, and the zones around that one.
  const parentOfZone = new Map(zones.map((zone) => [zone.id, innermostAround(zones, zone)]));
  const clustered = new Set<string>();
  const addCluster = (zone: ZoneRect) => {
    if (clustered.has(zone.id)) return;
    clustered.add(zone.id);
    graph.setNode(zone.id, {});
    const parent = parentOfZone.get(zone.id);
    if (parent !== undefined) {
      addCluster(parent);
      graph.setParent(zone.id, parent.id);
    }
  };
  for (const item of items) {
    const zone = zoneOf(item);
    if (zone === undefined) continue;
    addCluster(zone);
    graph.setParent(item.id, zone.id);
  }
  for (const call of calls) if (ids.has(call.from) && ids.has(call.to) && call.from !== call.to) graph.setEdge(call.from, call.to);
  layout(graph);

  // Back to top-left corners, shifted so the group keeps its top-left corner, on the grid.
  const laid = items.map((item) => {
    const node = graph.node(item.id);
    return { ...item, x: (node.x ?? 0) - item.width / 2, y: (node.y ?? 0) - item.height / 2 };
  });
  const dx = Math.min(...items.map((item) => item.x)) - Math.min(...laid.map((item) => item.x));
  const dy = Math.min(...items.map((item) => item.y)) - Math.min(...laid.map((item) => item.y));
  const onGrid = (value: number) => Math.round(value / GRID_PX) * GRID_PX;
  const placedNow = laid.map((item) => ({ ...item, x: onGrid(item.x + dx), y: onGrid(item.y + dy) }));
  const moves = placedNow.map(({ id, x, y }) => ({ id, x, y }));
  return { moves, zones: zonesAround(zones, items, others, placedNow, parentOfZone, clustered, zoneOf) };
}

/** The smallest other zone wholly containing `zone`. */
function innermostAround(zones: readonly ZoneRect[], zone: ZoneRect): ZoneRect | undefined {
  return zones
    .filter((other) => other.id !== zone.id && area(other) > area(zone) && contains(other, zone.x, zone.y) && contains(other, zone.x + zone.width, zone.y + zone.height))
    .sort((a, b) => area(a) - area(b))[0];
}

/** Each zone touched by the tidy-up, resized around its members where they are now (inner zones first). */
function zonesAround(
  zones: readonly ZoneRect[],
  before: readonly Placed[],
  others: readonly Placed[],
  after: readonly Placed[],
  parentOf: ReadonlyMap<string, ZoneRect | undefined>,
  touched: ReadonlySet<string>,
  zoneOf: (item: Placed) => ZoneRect | undefined,
): ZoneRect[] {
  // Members by the rectangles as they were; positions as they are now.
  const memberBoxes = new Map<string, Placed[]>();
  const now = new Map(after.map((item) => [item.id, item]));
  for (const item of [...before, ...others]) {
    const zone = zoneOf(item);
    if (zone === undefined) continue;
    memberBoxes.set(zone.id, [...(memberBoxes.get(zone.id) ?? []), now.get(item.id) ?? item]);
  }
  const resized = new Map<string, ZoneRect>();
  const depth = (zone: ZoneRect): number => {
    const parent = parentOf.get(zone.id);
    return parent === undefined ? 0 : 1 + depth(parent);
  };
  const innerFirst = zones.filter((zone) => touched.has(zone.id)).sort((a, b) => depth(b) - depth(a));
  for (const zone of innerFirst) {
    const children = innerFirst.filter((other) => parentOf.get(other.id)?.id === zone.id).map((child) => resized.get(child.id) ?? child);
    const boxes = [...(memberBoxes.get(zone.id) ?? []), ...children];
    if (boxes.length === 0) continue;
    const left = Math.min(...boxes.map((box) => box.x)) - ZONE_PAD.side;
    const top = Math.min(...boxes.map((box) => box.y)) - ZONE_PAD.top;
    const right = Math.max(...boxes.map((box) => box.x + box.width)) + ZONE_PAD.side;
    const bottom = Math.max(...boxes.map((box) => box.y + box.height)) + ZONE_PAD.side;
    resized.set(zone.id, { id: zone.id, x: left, y: top, width: Math.max(MIN_ZONE.width, right - left), height: Math.max(MIN_ZONE.height, bottom - top) });
  }
  return [...resized.values()];
}

/** Writes the plan as one transaction (the caller closes the undo step). */
export function applyTidy(board: Board, plan: TidyPlan): void {
  board.batch(() => {
    for (const zone of plan.zones) board.updateZone(zone.id as ZoneId, { x: zone.x, y: zone.y, width: zone.width, height: zone.height });
    for (const move of plan.moves) board.moveComponent(move.id as ComponentId, move.x, move.y);
  });
}
