// The glyphs the catalog's `icon` names refer to: small 24×24 line drawings, one per name, drawn with
// `currentColor` so they take the node's or the palette's text colour, and `KindIcon`, which draws a
// kind's. Plain SVG elements (no icon dependency), kept as data so a missing name can fall back to
// its family's glyph.
import { getKind } from '@napkin/catalog';
import type { ReactElement } from 'react';

export type Glyph = ReactElement;

const db = (
  <>
    <ellipse cx="12" cy="5" rx="7" ry="2.5" />
    <path d="M5 5v14c0 1.4 3.1 2.5 7 2.5s7-1.1 7-2.5V5" />
    <path d="M5 12c0 1.4 3.1 2.5 7 2.5s7-1.1 7-2.5" />
  </>
);

export const GLYPHS: Readonly<Record<string, Glyph>> = {
  browser: (
    <>
      <rect x="3" y="4" width="18" height="16" rx="2" />
      <path d="M3 8h18M6 6h.01M8.5 6h.01" />
    </>
  ),
  phone: (
    <>
      <rect x="7" y="2.5" width="10" height="19" rx="2" />
      <path d="M11 18.5h2" />
    </>
  ),
  'load-balancer': (
    <>
      <circle cx="12" cy="5" r="2.5" />
      <path d="M12 7.5v3M5 19v-4.5h14V19M12 10.5v8.5" />
      <circle cx="5" cy="20" r="1.2" />
      <circle cx="12" cy="20" r="1.2" />
      <circle cx="19" cy="20" r="1.2" />
    </>
  ),
  gateway: (
    <>
      <path d="M4 20V9l8-5 8 5v11" />
      <path d="M9 20v-6h6v6" />
    </>
  ),
  cdn: (
    <>
      <circle cx="12" cy="12" r="8.5" />
      <circle cx="12" cy="12" r="2" />
      <path d="M12 3.5v6.5M12 14v6.5M3.5 12H10M14 12h6.5" />
    </>
  ),
  proxy: (
    <>
      <path d="M3 12h6M15 12h6M16 8l4 4-4 4" />
      <rect x="9" y="8" width="6" height="8" rx="1" />
    </>
  ),
  shield: <path d="M12 3l7.5 3v6c0 4.5-3.2 7.8-7.5 9-4.3-1.2-7.5-4.5-7.5-9V6z" />,
  globe: (
    <>
      <circle cx="12" cy="12" r="8.5" />
      <path d="M3.5 12h17M12 3.5c2.5 2.5 3.5 5.5 3.5 8.5s-1 6-3.5 8.5c-2.5-2.5-3.5-5.5-3.5-8.5s1-6 3.5-8.5z" />
    </>
  ),
  server: (
    <>
      <rect x="4" y="4" width="16" height="7" rx="1.5" />
      <rect x="4" y="13" width="16" height="7" rx="1.5" />
      <path d="M7.5 7.5h.01M7.5 16.5h.01M11 7.5h6M11 16.5h6" />
    </>
  ),
  worker: (
    <>
      <circle cx="12" cy="12" r="3" />
      <path d="M12 3v3M12 18v3M3 12h3M18 12h3M5.6 5.6l2.1 2.1M16.3 16.3l2.1 2.1M5.6 18.4l2.1-2.1M16.3 7.7l2.1-2.1" />
    </>
  ),
  function: <path d="M15 4h-2a3 3 0 0 0-3 3v10a3 3 0 0 1-3 3H5M7 11h8" />,
  processor: (
    <>
      <rect x="6" y="6" width="12" height="12" rx="1.5" />
      <rect x="9.5" y="9.5" width="5" height="5" />
      <path d="M9 3v3M15 3v3M9 18v3M15 18v3M3 9h3M3 15h3M18 9h3M18 15h3" />
    </>
  ),
  socket: (
    <>
      <path d="M4 9h12M12 5l4 4-4 4" />
      <path d="M20 15H8M12 11l-4 4 4 4" />
    </>
  ),
  database: db,
  'database-replica': (
    <>
      {db}
      <path d="M16 15.5l2.5 2.5M18.5 15.5v2.5H16" />
    </>
  ),
  cache: <path d="M13 2.5L5 13.5h6l-1 8 8-11h-6z" />,
  'key-value': (
    <>
      <circle cx="8" cy="12" r="4" />
      <path d="M12 12h9M18 12v3M21 12v2" />
    </>
  ),
  document: (
    <>
      <path d="M6 3h8l4 4v14H6z" />
      <path d="M14 3v4h4M9 12h6M9 16h6" />
    </>
  ),
  'wide-column': (
    <>
      <rect x="3" y="5" width="18" height="14" rx="1" />
      <path d="M3 9.5h18M9 5v14M15 5v14" />
    </>
  ),
  search: (
    <>
      <circle cx="10.5" cy="10.5" r="6" />
      <path d="M15 15l6 6" />
    </>
  ),
  'time-series': <path d="M3 20h18M4 16l4-5 4 3 4-7 4 4" />,
  graph: (
    <>
      <circle cx="6" cy="6" r="2.2" />
      <circle cx="18" cy="8" r="2.2" />
      <circle cx="9" cy="18" r="2.2" />
      <path d="M8 7l8 1M7 8l1.5 8M11 17l5.5-7.5" />
    </>
  ),
  vector: <path d="M4 20l7-16M4 20l16-5M4 20l12-12" />,
  bucket: <path d="M4 6h16l-2 14H6zM4 6c0-1.5 3.6-2.5 8-2.5S20 4.5 20 6" />,
  warehouse: (
    <>
      <path d="M3 10l9-6 9 6v10H3z" />
      <path d="M7 20v-7h10v7M7 16h10" />
    </>
  ),
  cdc: (
    <>
      {db}
      <path d="M19 12h3M20.5 10.5l1.5 1.5-1.5 1.5" />
    </>
  ),
  queue: (
    <>
      <rect x="3" y="8" width="4" height="8" rx="0.5" />
      <rect x="8.5" y="8" width="4" height="8" rx="0.5" />
      <rect x="14" y="8" width="4" height="8" rx="0.5" />
      <path d="M19.5 12H22" />
    </>
  ),
  stream: <path d="M3 8c3-3 6 3 9 0s6 3 9 0M3 13c3-3 6 3 9 0s6 3 9 0M3 18c3-3 6 3 9 0s6 3 9 0" />,
  'dead-letter': (
    <>
      <rect x="3" y="6" width="18" height="12" rx="1.5" />
      <path d="M3 7l9 6 9-6M15 15l4 4M19 15l-4 4" />
    </>
  ),
  outbox: (
    <>
      <path d="M3 13h5l1.5 3h5l1.5-3h5v7H3z" />
      <path d="M12 3v9M8.5 6.5L12 3l3.5 3.5" />
    </>
  ),
  bell: <path d="M6 17V11a6 6 0 0 1 12 0v6l1.5 2h-15zM10 21h4" />,
  mail: (
    <>
      <rect x="3" y="6" width="18" height="12" rx="1.5" />
      <path d="M3 7l9 6 9-6" />
    </>
  ),
  clock: (
    <>
      <circle cx="12" cy="12" r="8.5" />
      <path d="M12 7v5l3.5 2" />
    </>
  ),
  consensus: (
    <>
      <circle cx="12" cy="5" r="2.5" />
      <circle cx="5" cy="18" r="2.5" />
      <circle cx="19" cy="18" r="2.5" />
      <path d="M10.7 7.2L6.3 15.8M13.3 7.2l4.4 8.6M7.5 18h9" />
    </>
  ),
  lock: (
    <>
      <rect x="5" y="11" width="14" height="10" rx="1.5" />
      <path d="M8 11V7.5a4 4 0 0 1 8 0V11" />
    </>
  ),
  compass: (
    <>
      <circle cx="12" cy="12" r="8.5" />
      <path d="M15.5 8.5l-2 5-5 2 2-5z" />
    </>
  ),
  gauge: (
    <>
      <path d="M4 17a8 8 0 1 1 16 0" />
      <path d="M12 17l4-6" />
    </>
  ),
  cloud: <path d="M7 18h10.5a4 4 0 0 0 .5-8 6 6 0 0 0-11.5 1.5A3.3 3.3 0 0 0 7 18z" />,
  card: (
    <>
      <rect x="3" y="5.5" width="18" height="13" rx="1.5" />
      <path d="M3 10h18M6.5 15h4" />
    </>
  ),
  'availability-zone': <rect x="3.5" y="3.5" width="17" height="17" rx="2" strokeDasharray="3 2" />,
  region: (
    <>
      <rect x="2.5" y="2.5" width="19" height="19" rx="2" />
      <rect x="6" y="6" width="5" height="12" rx="1" strokeDasharray="2 1.5" />
      <rect x="13" y="6" width="5" height="12" rx="1" strokeDasharray="2 1.5" />
    </>
  ),
  'data-centre': (
    <>
      <path d="M4 21V6l8-3 8 3v15z" />
      <path d="M8 9h8M8 13h8M8 17h8" />
    </>
  ),
};

/** A glyph per family for icon names this build does not draw (a newer catalog, a peer's unknown kind). */
export const FAMILY_GLYPHS: Readonly<Record<string, string>> = {
  'client-edge': 'browser',
  compute: 'server',
  data: 'database',
  async: 'queue',
  coordination: 'consensus',
  external: 'cloud',
  zone: 'availability-zone',
};

/** The glyph for `icon`, else its family's, else a plain box. */
export function glyphFor(icon: string, family: string): Glyph {
  return GLYPHS[icon] ?? GLYPHS[FAMILY_GLYPHS[family] ?? ''] ?? <rect x="4" y="4" width="16" height="16" rx="2" />;
}

// One catalog kind's icon as inline SVG. Decorative (aria-hidden): the kind's label is always next to it.
export interface KindIconProps {
  /** A catalog kind id; unknown ids fall back to their family's glyph (or a plain box). */
  readonly kindId: string;
  readonly size?: number;
  readonly className?: string;
}

export function KindIcon({ kindId, size = 20, className }: KindIconProps) {
  const kind = getKind(kindId);
  return (
    <svg
      className={className ?? 'kind-icon'}
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.7"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      data-icon={kind?.icon ?? 'unknown'}
    >
      {glyphFor(kind?.icon ?? '', kind?.family ?? '')}
    </svg>
  );
}
