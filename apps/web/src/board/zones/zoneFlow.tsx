// Zones as React Flow nodes: resizable frames drawn behind components. Like components, they are
// derived from the snapshot, with this tab's in-flight drag or resize layered on top until it ends;
// a frame's members (what it contains) follow it when it moves.
import { getKind } from '@napkin/catalog';
import type { BoardComponent, BoardSnapshot, BoardZone, ZoneLevel } from '@napkin/doc';
import { NodeResizer } from '@xyflow/react';
import type { Node, NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { KindIcon } from '../../icons/glyphs';
import './zones.css';

/** Frames smaller than this are hard to grab; the resizer enforces it too. */
export const MIN_ZONE_SIZE = { width: 160, height: 100 } as const;

export interface ZoneNodeData extends Record<string, unknown> {
  readonly name: string;
  readonly level: ZoneLevel;
  readonly levelLabel: string;
  /** Marked down in the shared what-if: drawn struck through for everyone. */
  readonly down: boolean;
}

export type ZoneFlowNode = Node<ZoneNodeData, 'zone'>;

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Zones' view state in this tab: selection and the rectangle of a gesture still in progress. */
export interface ZoneView {
  readonly selected: ReadonlySet<string>;
  readonly drafts: ReadonlyMap<string, Rect>;
}

export const EMPTY_ZONE_VIEW: ZoneView = { selected: new Set(), drafts: new Map() };

/** Behind every component and call, even when selected (React Flow lifts a selected node by 1000); wider frames further back. */
const ZONE_LAYER = -3000;

export function toZoneNode(zone: BoardZone, view: ZoneView, depthRank: number): ZoneFlowNode {
  const rect = view.drafts.get(zone.id) ?? zone;
  return {
    id: zone.id,
    type: 'zone',
    position: { x: rect.x, y: rect.y },
    width: rect.width,
    height: rect.height,
    zIndex: ZONE_LAYER + depthRank,
    selected: view.selected.has(zone.id),
    // Only the header moves the frame: dragging inside it must pan the canvas or move components.
    dragHandle: '.zone-header',
    data: { name: zone.name, level: zone.level, levelLabel: getKind(zone.level)?.label ?? zone.level, down: zone.down === true },
  };
}

/** Largest first, so smaller (nested) frames are drawn over the ones that contain them. */
export function toZoneNodes(zones: readonly BoardZone[], view: ZoneView): ZoneFlowNode[] {
  const bySize = [...zones].sort((a, b) => b.width * b.height - a.width * a.height || a.id.localeCompare(b.id));
  return bySize.map((zone, rank) => toZoneNode(zone, view, rank));
}

// What moves with a frame: the components whose top-left corner it contains (the rule `toBoardFile`
// uses for placement) and the frames nested wholly inside it.
export interface ZoneMembers {
  readonly components: readonly BoardComponent[];
  readonly zones: readonly BoardZone[];
}

export function membersOf(zoneId: string, rect: Rect, snapshot: BoardSnapshot): ZoneMembers {
  return {
    components: snapshot.components.filter((component) => containsPoint(rect, component.x, component.y)),
    zones: snapshot.zones.filter(
      (zone) => zone.id !== zoneId && containsPoint(rect, zone.x, zone.y) && containsPoint(rect, zone.x + zone.width, zone.y + zone.height),
    ),
  };
}

function containsPoint(rect: Rect, x: number, y: number): boolean {
  return x >= rect.x && x <= rect.x + rect.width && y >= rect.y && y <= rect.y + rect.height;
}

/** A draft that only moved the frame (same size): the offset its members follow, else null. */
export function moveOffset(doc: Rect, draft: Rect): { dx: number; dy: number } | null {
  if (draft.width !== doc.width || draft.height !== doc.height) return null;
  const dx = draft.x - doc.x;
  const dy = draft.y - doc.y;
  return dx === 0 && dy === 0 ? null : { dx, dy };
}

// A frame on the canvas: a dashed rectangle with a header naming it and its level. Only the header
// grabs (React Flow's `dragHandle`) and the body lets pointers through, so people can pan and drop
// components inside it; selected, it shows resize handles. A zone down in the what-if is hatched red
// with a flag, so the scenario is never mistaken for the design.
export const ZoneNode = memo(function ZoneNode({ data, selected }: NodeProps<ZoneFlowNode>) {
  return (
    <div
      className={`zone-frame${selected ? ' selected' : ''}${data.down ? ' down' : ''}`}
      data-level={data.level}
      data-down={data.down}
      data-testid={`zone-${data.name}`}
    >
      <NodeResizer isVisible={selected} minWidth={MIN_ZONE_SIZE.width} minHeight={MIN_ZONE_SIZE.height} />
      <div className="zone-header" title="Drag to move the frame; select it to resize or edit it">
        <KindIcon kindId={data.level} size={14} />
        <span className="zone-name">{data.name || data.levelLabel}</span>
        {data.name !== '' && data.name !== data.levelLabel && <span className="zone-level">{data.levelLabel}</span>}
        {data.down && (
          <span className="zone-down-flag" data-testid="zone-down-flag">
            WHAT-IF: DOWN
          </span>
        )}
      </div>
    </div>
  );
});
