// One catalog kind's icon as inline SVG. Decorative (aria-hidden): the kind's label is always next to it.
import { getKind } from '@napkin/catalog';
import { glyphFor } from './glyphs';

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
