// A scene as an SVG document: one <g> per group with its id and data attributes, every text a <text>
// (figures stay text a reader, a search or a test can find), DejaVu Sans named first (the face the text
// was measured with and PNG embeds), then faces of similar width. Spaces are kept (`xml:space`): a run of
// text placed after another starts with the space that separates them.
import type { SceneItem, Scene } from '../scene/types';

export const FONT_FAMILY = "'DejaVu Sans', Verdana, 'Bitstream Vera Sans', sans-serif";

export interface SvgOptions {
  /** Fill behind everything; absent: transparent. */
  readonly background?: string;
}

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character] ?? character);
}

const num = (value: number): string => String(Math.round(value * 100) / 100);

function attributes(pairs: readonly (readonly [string, string | number | undefined])[]): string {
  let out = '';
  for (const [name, value] of pairs) if (value !== undefined) out += ` ${name}="${typeof value === 'number' ? num(value) : escapeXml(value)}"`;
  return out;
}

function write(item: SceneItem, out: string[]): void {
  switch (item.kind) {
    case 'rect':
      out.push(
        `<rect${attributes([
          ['x', item.x],
          ['y', item.y],
          ['width', item.width],
          ['height', item.height],
          ['rx', item.radius],
          ['fill', item.fill ?? 'none'],
          ['fill-opacity', item.fillOpacity],
          ['stroke', item.stroke],
          ['stroke-width', item.stroke === undefined ? undefined : item.strokeWidth],
          ['stroke-dasharray', item.dash?.join(' ')],
        ])}/>`,
      );
      return;
    case 'text':
      out.push(
        `<text${attributes([
          ['x', item.x],
          ['y', item.y],
          ['font-size', item.size],
          ['font-weight', item.bold ? 'bold' : undefined],
          ['fill', item.fill],
          ['text-anchor', item.anchor === undefined || item.anchor === 'start' ? undefined : item.anchor],
          ['data-figure', item.role],
        ])}>${escapeXml(item.text)}</text>`,
      );
      return;
    case 'path':
      out.push(
        `<path${attributes([
          ['d', item.d],
          ['fill', item.fill ?? 'none'],
          ['stroke', item.stroke],
          ['stroke-width', item.stroke === undefined ? undefined : item.strokeWidth],
          ['stroke-dasharray', item.dash?.join(' ')],
        ])}/>`,
      );
      return;
    case 'circle':
      out.push(`<circle${attributes([['cx', item.cx], ['cy', item.cy], ['r', item.r], ['fill', item.fill], ['stroke', item.stroke]])}/>`);
      return;
    case 'group': {
      const data = Object.entries(item.data ?? {}).map(([key, value]) => [`data-${key}`, value] as const);
      out.push(`<g${attributes([['id', `napkin-${item.id}`], ['class', item.className], ...data])}>`);
      for (const child of item.children) write(child, out);
      out.push('</g>');
      return;
    }
  }
}

export function writeSvg(scene: Scene, options: SvgOptions = {}): string {
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${scene.width}" height="${scene.height}" viewBox="0 0 ${scene.width} ${scene.height}" font-family="${escapeXml(FONT_FAMILY)}" xml:space="preserve">`,
    `<title>${escapeXml(scene.title)}</title>`,
  ];
  if (options.background !== undefined) out.push(`<rect width="100%" height="100%" fill="${escapeXml(options.background)}"/>`);
  for (const item of scene.items) write(item, out);
  out.push('</svg>');
  return out.join('\n');
}
