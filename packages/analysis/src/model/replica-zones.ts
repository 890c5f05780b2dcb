// Where a primary's folded replica copies run (model/replication.ts folds the boxes). A replica box drawn
// in the primary's own zone, or outside every zone, keeps its copies with the primary's instances, as
// `readReplicas` always are: the zone that takes the primary takes them too. A box drawn in another zone
// is a copy there: losing the primary's zone leaves it running, and the playbook's primary-replica model
// (10.1, the one component-up.ts applies to every store) promotes it, so reads and writes carry on.
//
// The engine already knows components whose instances run in several zones (a spread, issue 14), so the
// copies become parts of the primary's spread: its instances where they run, each box's copies in the
// box's zones. Copies stay interchangeable (any serves reads, the first `instances` of them that are up
// take the writes), which is how the primary-replica model already counts them; only their zones differ.
import type { ResolvedComponent, ResolvedZone, SpreadPart, ZoneId } from './graph';
import { aliveInstances, spreadZones } from './spread';

/** Where a component's configured instances run: its spread, or its one zone; undefined outside every zone. */
function partsOf(component: ResolvedComponent): SpreadPart[] | undefined {
  if (component.spread) return [...component.spread];
  const zone = component.zones[0];
  return zone === undefined ? undefined : [{ zone, chain: component.zones, instances: component.configuredInstances }];
}

const sameChain = (a: readonly ZoneId[], b: readonly ZoneId[]) => a.length === b.length && a.every((zone, i) => zone === b[i]);

/** Whether a box's copies can sit with the primary's instances: one place, the primary's own. */
function withPrimary(primary: ResolvedComponent, box: ResolvedComponent): boolean {
  if (box.spread === undefined && box.zones.length === 0) return true;
  return primary.spread === undefined && box.spread === undefined && sameChain(primary.zones, box.zones);
}

/**
 * The primary (its `readReplicas` already counting the boxes) with the copies of boxes in other zones
 * placed there; unchanged when every box sits with it, or when it is in no zone (its copies then have
 * no zone to lose either). `instances` and `readReplicas` become the copies whose zones are up: at most
 * the configured instances take writes, a replica promoted for each lost one.
 */
export function placeReplicas(
  primary: ResolvedComponent,
  boxes: readonly ResolvedComponent[],
  zones: ReadonlyMap<ZoneId, ResolvedZone>,
): ResolvedComponent {
  const elsewhere = boxes.filter((box) => !withPrimary(primary, box));
  const own = partsOf(primary);
  if (elsewhere.length === 0 || own === undefined) return primary;
  const placedParts = elsewhere.flatMap((box) => partsOf(box) ?? []);
  const placed = placedParts.reduce((sum, part) => sum + part.instances, 0);
  // Replicas not drawn elsewhere (the primary's own `readReplicas`, boxes in its zone) stay with its first part.
  const [first, ...rest] = own;
  if (first === undefined) return primary;
  const withOwnReplicas = { ...first, instances: first.instances + Math.max(0, primary.readReplicas - placed) };
  const parts = [withOwnReplicas, ...rest, ...placedParts];
  const running = aliveInstances(parts, zones);
  const instances = running > 0 ? Math.min(primary.configuredInstances, running) : primary.instances;
  const readReplicas = running > 0 ? running - instances : primary.readReplicas;
  // A stateful kind's replicationFactor nodes beyond the copies stay as the primary counted them.
  const replicatedNodes = primary.dataCopies > primary.instances + primary.readReplicas ? primary.dataCopies : 0;
  return {
    ...primary,
    instances,
    readReplicas,
    dataCopies: Math.max(instances + readReplicas, replicatedNodes),
    spread: parts,
    failureZones: spreadZones(parts),
    // Marked down in the what-if stays down (its availability is 0); a lost zone only when every copy's is.
    down: (primary.down && primary.availability === 0) || running === 0,
    replicasInSpread: true,
  };
}
