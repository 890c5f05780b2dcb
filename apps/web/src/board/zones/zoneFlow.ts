// Zones as React Flow nodes: resizable frames drawn behind components. Like components, they are
// derived from the snapshot, with this tab's in-flight drag or resize layered on top until it ends.
import { getKind } from '@napkin/catalog';
import type { BoardZone, ZoneLevel } from '@napkin/doc';
import type { Node } from '@xyflow/react';

export interface ZoneNodeData extends Record<string, unknown> {
  readonly name: string;
  readonly level: ZoneLevel;
  readonly levelLabel: string;
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
    data: { name: zone.name, level: zone.level, levelLabel: getKind(zone.level)?.label ?? zone.level },
  };
}

/** Largest first, so smaller (nested) frames are drawn over the ones that contain them. */
export function toZoneNodes(zones: readonly BoardZone[], view: ZoneView): ZoneFlowNode[] {
  const bySize = [...zones].sort((a, b) => b.width * b.height - a.width * a.height || a.id.localeCompare(b.id));
  return bySize.map((zone, rank) => toZoneNode(zone, view, rank));
}
