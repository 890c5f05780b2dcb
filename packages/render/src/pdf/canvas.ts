// Scene items painted on a PDF page with pdf-lib: the same rectangles, paths and text the SVG holds, as
// vector graphics and real text (so a reader can search and copy the figures), scaled into a box on the page.
import type { PDFFont, PDFPage } from 'pdf-lib';
import { rgb } from 'pdf-lib';
import type { SceneItem } from '../scene/types';

export interface Fonts {
  readonly regular: PDFFont;
  readonly bold: PDFFont;
}

/** Where scene coordinate (0, 0) lands on the page (PDF points, y up) and how much the scene is scaled. */
export interface Placement {
  readonly left: number;
  readonly top: number;
  readonly scale: number;
}

export function colour(hex: string) {
  const value = /^#([0-9a-f]{6})$/i.exec(hex)?.[1] ?? '000000';
  const channel = (offset: number) => parseInt(value.slice(offset, offset + 2), 16) / 255;
  return rgb(channel(0), channel(2), channel(4));
}

/** A rectangle with rounded corners as an SVG path (cubic corners: pdf-lib's path drawing takes M, L, C, Z). */
function roundedRect(x: number, y: number, width: number, height: number, radius: number): string {
  const r = Math.max(0, Math.min(radius, width / 2, height / 2));
  const k = r * 0.5523;
  return [
    `M${x + r} ${y}`,
    `L${x + width - r} ${y}`,
    `C${x + width - r + k} ${y} ${x + width} ${y + r - k} ${x + width} ${y + r}`,
    `L${x + width} ${y + height - r}`,
    `C${x + width} ${y + height - r + k} ${x + width - r + k} ${y + height} ${x + width - r} ${y + height}`,
    `L${x + r} ${y + height}`,
    `C${x + r - k} ${y + height} ${x} ${y + height - r + k} ${x} ${y + height - r}`,
    `L${x} ${y + r}`,
    `C${x} ${y + r - k} ${x + r - k} ${y} ${x + r} ${y}`,
    'Z',
  ].join(' ');
}

function circlePath(cx: number, cy: number, r: number): string {
  return roundedRect(cx - r, cy - r, 2 * r, 2 * r, r);
}

export function paintItems(page: PDFPage, items: readonly SceneItem[], fonts: Fonts, at: Placement): void {
  const path = (d: string, style: { fill?: string; fillOpacity?: number; stroke?: string; strokeWidth?: number; dash?: readonly number[] }) => {
    page.drawSvgPath(d, {
      x: at.left,
      y: at.top,
      scale: at.scale,
      ...(style.fill === undefined ? {} : { color: colour(style.fill), opacity: style.fillOpacity ?? 1 }),
      ...(style.stroke === undefined ? {} : { borderColor: colour(style.stroke), borderWidth: (style.strokeWidth ?? 1) * at.scale }),
      ...(style.dash === undefined ? {} : { borderDashArray: style.dash.map((length) => length * at.scale) }),
    });
  };
  for (const item of items) {
    switch (item.kind) {
      case 'rect':
        path(roundedRect(item.x, item.y, item.width, item.height, item.radius ?? 0), item);
        break;
      case 'path':
        path(item.d, item);
        break;
      case 'circle':
        path(circlePath(item.cx, item.cy, item.r), item);
        break;
      case 'text': {
        const font = item.bold ? fonts.bold : fonts.regular;
        const size = item.size * at.scale;
        const width = font.widthOfTextAtSize(item.text, size);
        const shift = item.anchor === 'middle' ? width / 2 : item.anchor === 'end' ? width : 0;
        page.drawText(item.text, { x: at.left + item.x * at.scale - shift, y: at.top - item.y * at.scale, size, font, color: colour(item.fill) });
        break;
      }
      case 'group':
        paintItems(page, item.children, fonts, at);
        break;
    }
  }
}
