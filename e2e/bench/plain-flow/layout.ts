// What the plain React Flow page draws, as the drag benchmark read it from Napkin's page: every node's
// position and size as Napkin laid it out, the board's calls as edges, where Napkin's canvas sits in the
// window and its view (pan and zoom), so the same mouse path drags the same node over the same picture.

export interface PlainNode {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface PlainEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
}

export interface PlainFlowLayout {
  readonly nodes: readonly PlainNode[];
  readonly edges: readonly PlainEdge[];
  /** Napkin's canvas (the `.react-flow` element) in window pixels. */
  readonly pane: { readonly left: number; readonly top: number; readonly width: number; readonly height: number };
  readonly viewport: { readonly x: number; readonly y: number; readonly zoom: number };
}

/** Where the bench puts the layout before the page's script runs (an init script). */
export const LAYOUT_GLOBAL = 'plainFlowLayout';
