// Small marks shared by several elements: the comment count bubble at an element's top-right corner.
import { textWidth } from '../text/measure';
import { COMMENT } from './palette';
import type { SceneItem } from './types';

/** A speech-bubble-like count of open comment threads, centred on an element's corner (x, y). */
export function commentMarker(x: number, y: number, count: number): SceneItem[] {
  const text = String(count);
  const width = Math.max(18, textWidth(text, 10, 'bold') + 10);
  return [
    { kind: 'rect', x: x - width / 2, y: y - 9, width, height: 18, radius: 9, fill: COMMENT, stroke: '#ffffff', strokeWidth: 1.5 },
    { kind: 'text', x, y: y + 3.5, text, size: 10, bold: true, fill: '#ffffff', anchor: 'middle', role: 'comments' },
  ];
}
