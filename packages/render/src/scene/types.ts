// What a picture of a board is made of, before it is written out: rectangles, text, paths and groups, in
// board coordinates (y down). The SVG writer and the PDF painter each turn the same scene into their own
// format, so the two can never show different figures.
export type Anchor = 'start' | 'middle' | 'end';

export interface RectItem {
  readonly kind: 'rect';
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly fill?: string;
  readonly fillOpacity?: number;
  readonly stroke?: string;
  readonly strokeWidth?: number;
  readonly dash?: readonly number[];
  readonly radius?: number;
}

export interface TextItem {
  readonly kind: 'text';
  /** Left edge, centre or right edge, by `anchor`. */
  readonly x: number;
  /** Baseline. */
  readonly y: number;
  readonly text: string;
  readonly size: number;
  readonly bold?: boolean;
  readonly fill: string;
  readonly anchor?: Anchor;
  /** What the text is, for readers of the SVG (`data-figure`): name, utilisation, p99, availability, … */
  readonly role?: string;
}

/** An SVG path of M, L, C and Z commands only (what the PDF painter also understands). */
export interface PathItem {
  readonly kind: 'path';
  readonly d: string;
  readonly stroke?: string;
  readonly strokeWidth?: number;
  readonly dash?: readonly number[];
  readonly fill?: string;
}

export interface CircleItem {
  readonly kind: 'circle';
  readonly cx: number;
  readonly cy: number;
  readonly r: number;
  readonly fill: string;
  readonly stroke?: string;
}

export interface GroupItem {
  readonly kind: 'group';
  /** Becomes the SVG element id (prefixed by the writer); unique within a scene. */
  readonly id: string;
  readonly className: string;
  /** Becomes `data-*` attributes. */
  readonly data?: Readonly<Record<string, string>>;
  readonly children: readonly SceneItem[];
}

export type SceneItem = RectItem | TextItem | PathItem | CircleItem | GroupItem;

export interface Scene {
  readonly width: number;
  readonly height: number;
  readonly title: string;
  readonly items: readonly SceneItem[];
}
