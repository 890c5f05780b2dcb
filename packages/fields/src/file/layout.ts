// A deterministic layout for a board file that carries none (a hand-written or version-1 file): zones
// become nested frames and components boxes inside the zone the file names, so the document's geometric
// membership (`@napkin/doc`'s zoneGeometry.ts) gives back exactly the file's `zone` and `parent` fields.
// Siblings sit in a near-square grid with gaps, so no two frames touch and every child is strictly smaller
// than its parent. Here, beside the file, so both the document's import and the pure renderer
// (`@napkin/render`, which draws a file without positions) use the one layout.

export interface Rectangle {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Room for a component box as the canvas draws it, plus the gap to its neighbours. */
export const LAYOUT_COMPONENT_BOX = { width: 200, height: 100 } as const;
const COMPONENT = LAYOUT_COMPONENT_BOX;
const GAP = 40;
/** Inside a frame: room for its header above the content, and a margin on every side. */
const FRAME_HEADER = 48;
const FRAME_MARGIN = 32;

export interface LayoutInput {
  /** Components in file order; `zone` is already checked to name a zone of `zones` (or is undefined). */
  readonly components: readonly { readonly id: string; readonly zone?: string | undefined }[];
  /** Zones in file order; `parent` is already checked to name another zone and to form no cycle. */
  readonly zones: readonly { readonly id: string; readonly parent?: string | undefined }[];
}

export interface Layout {
  readonly components: ReadonlyMap<string, { readonly x: number; readonly y: number }>;
  readonly zones: ReadonlyMap<string, Rectangle>;
}

type Item = { readonly kind: 'component' | 'zone'; readonly id: string; width: number; height: number };

export function layOutBoard(input: LayoutInput): Layout {
  const components = new Map<string, { x: number; y: number }>();
  const zones = new Map<string, Rectangle>();
  const childrenOf = (container: string | undefined): Item[] => [
    ...input.components
      .filter((component) => component.zone === container)
      .map((component): Item => ({ kind: 'component', id: component.id, ...COMPONENT })),
    ...input.zones.filter((zone) => zone.parent === container).map((zone): Item => ({ kind: 'zone', id: zone.id, width: 0, height: 0 })),
  ];

  /** Sizes every item under `container` (frames from the inside out) and returns where each goes. */
  const arrange = (container: string | undefined): { items: Item[]; offsets: { x: number; y: number }[]; width: number; height: number } => {
    const items = childrenOf(container);
    for (const item of items) {
      if (item.kind !== 'zone') continue;
      const inner = arrange(item.id);
      item.width = Math.max(COMPONENT.width, inner.width) + 2 * FRAME_MARGIN;
      item.height = Math.max(COMPONENT.height, inner.height) + FRAME_HEADER + FRAME_MARGIN;
    }
    const perRow = Math.max(1, Math.ceil(Math.sqrt(items.length)));
    const offsets: { x: number; y: number }[] = [];
    let width = 0;
    let top = 0;
    for (let start = 0; start < items.length; start += perRow) {
      const row = items.slice(start, start + perRow);
      let left = 0;
      for (const item of row) {
        offsets.push({ x: left, y: top });
        left += item.width + GAP;
      }
      width = Math.max(width, left - GAP);
      top += Math.max(...row.map((item) => item.height)) + GAP;
    }
    return { items, offsets, width, height: Math.max(0, top - GAP) };
  };

  const place = (container: string | undefined, originX: number, originY: number): void => {
    const { items, offsets } = arrange(container);
    items.forEach((item, index) => {
      const x = originX + (offsets[index]?.x ?? 0);
      const y = originY + (offsets[index]?.y ?? 0);
      if (item.kind === 'component') components.set(item.id, { x, y });
      else {
        zones.set(item.id, { x, y, width: item.width, height: item.height });
        place(item.id, x + FRAME_MARGIN, y + FRAME_HEADER);
      }
    });
  };
  place(undefined, 0, 0);
  return { components, zones };
}
