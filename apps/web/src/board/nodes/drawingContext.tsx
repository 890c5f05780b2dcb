// What node and edge components need from the document beyond React Flow's plain node data: the
// components and calls by id (instances, offered load, call mode and labels), each call's network
// tier, the splits (alternatives) calls belong to, the zones down in the what-if and the boxes calls are
// routed around (routing/routeBookContext.tsx, given each snapshot here). Derived once per snapshot and
// shared through context, so node data stays small and the mapping in `toFlow.ts` stays about positions
// and selection.
import type { BoardCall, BoardComponent, BoardSnapshot, BoardZone } from '@napkin/doc';
import { createContext, useContext, useMemo } from 'react';
import type { ReactNode } from 'react';
import { toBoardFile } from '@napkin/doc';
import { splitGroups } from '../../alternatives/split';
import type { SplitGroup } from '../../alternatives/split';
import { downZoneIds } from '../../whatif/zoneMarks';
import { callTiers } from '../edges/callAnnotations';
import { RouteBookProvider } from '../routing/routeBookContext';
import type { CallTier } from '../edges/callAnnotations';

export interface Drawing {
  readonly componentsById: ReadonlyMap<string, BoardComponent>;
  readonly callsById: ReadonlyMap<string, BoardCall>;
  readonly tiers: ReadonlyMap<string, CallTier>;
  /** The innermost zone holding each component (absent: not inside any frame). */
  readonly zoneOf: ReadonlyMap<string, BoardZone>;
  readonly zonesById: ReadonlyMap<string, BoardZone>;
  /** Every split (alternative group) by its key (`groupKey`). */
  readonly splits: ReadonlyMap<string, SplitGroup>;
  /** Zones down in the what-if, directly or inside a down zone. */
  readonly zonesDown: ReadonlySet<string>;
}

const EMPTY: Drawing = {
  componentsById: new Map(),
  callsById: new Map(),
  tiers: new Map(),
  zoneOf: new Map(),
  zonesById: new Map(),
  splits: new Map(),
  zonesDown: new Set(),
};
const DrawingContext = createContext<Drawing>(EMPTY);

export function deriveDrawing(snapshot: BoardSnapshot): Drawing {
  const zonesById = new Map(snapshot.zones.map((zone) => [zone.id as string, zone]));
  const zoneOf = new Map<string, BoardZone>();
  const file = toBoardFile(snapshot);
  for (const component of file.components) {
    const zone = zonesById.get(component.zone ?? '');
    if (zone !== undefined) zoneOf.set(component.id, zone);
  }
  return {
    componentsById: new Map(snapshot.components.map((component) => [component.id as string, component])),
    callsById: new Map(snapshot.calls.map((call) => [call.id as string, call])),
    tiers: callTiers(snapshot),
    zoneOf,
    zonesById,
    splits: splitGroups(snapshot.calls),
    zonesDown: downZoneIds(snapshot.zones, new Map(file.zones.map((zone) => [zone.id, zone.parent]))),
  };
}

export function DrawingProvider({ snapshot, children }: { readonly snapshot: BoardSnapshot; readonly children: ReactNode }) {
  const drawing = useMemo(() => deriveDrawing(snapshot), [snapshot]);
  return (
    <DrawingContext.Provider value={drawing}>
      <RouteBookProvider snapshot={snapshot}>{children}</RouteBookProvider>
    </DrawingContext.Provider>
  );
}

export function useDrawing(): Drawing {
  return useContext(DrawingContext);
}
