// Zone membership from geometry, the one rule the board uses everywhere: a component belongs to the
// smallest zone containing its top-left corner, a zone to the smallest other zone containing its whole
// rectangle. Ties in area go by id, so two identical rectangles nest one way and never form a cycle.

export interface Rectangle {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface PlacedZone extends Rectangle {
  readonly id: string;
}

export function area(zone: Rectangle): number {
  return zone.width * zone.height;
}

export function containsPoint(zone: Rectangle, x: number, y: number): boolean {
  return x >= zone.x && x <= zone.x + zone.width && y >= zone.y && y <= zone.y + zone.height;
}

export function containsZone(outer: Rectangle, inner: Rectangle): boolean {
  return containsPoint(outer, inner.x, inner.y) && containsPoint(outer, inner.x + inner.width, inner.y + inner.height);
}

/** Answers "which zone is this in" for one set of zones. */
export class ZoneMembership<Z extends PlacedZone> {
  /** Smallest first, so the first containing zone found is the innermost. */
  private readonly bySize: readonly Z[];

  constructor(zones: readonly Z[]) {
    this.bySize = [...zones].sort((a, b) => area(a) - area(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  /** The innermost zone containing the point, if any. */
  zoneOf(x: number, y: number): Z | undefined {
    return this.bySize.find((zone) => containsPoint(zone, x, y));
  }

  /**
   * Only zones later in the (area, id) order can be parents, so two identical rectangles nest one way and
   * the parent relation can never form a cycle.
   */
  parentOf(zone: Z): Z | undefined {
    const rank = this.bySize.indexOf(zone);
    return this.bySize.slice(rank + 1).find((other) => containsZone(other, zone));
  }
}
