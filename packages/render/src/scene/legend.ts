// The key to the picture: what the badges say, what the load colours mean, the two kinds of call, a zone,
// a note and a comment marker.
import { THRESHOLDS } from '@napkin/analysis';
import { wrapText } from '../text/measure';
import { commentMarker } from './marks';
import { ASYNC, BADGE_TEXT, CALL_STROKE, INK, LOAD_FILL, MUTED, NODE_BORDER, NOTE_BORDER, NOTE_FILL, ZONE_COLOUR } from './palette';
import { PANEL_WIDTH } from './summaryPanel';
import type { GroupItem, SceneItem } from './types';

const ROW = 18;

export function legend(x: number, top: number): { group: GroupItem; height: number } {
  const left = x + 14;
  const hot = Math.round(THRESHOLDS.hot * 100);
  const children: SceneItem[] = [{ kind: 'text', x: left, y: top + 22, text: 'Legend', size: 13, bold: true, fill: INK }];
  let y = top + 30;
  const row = (mark: SceneItem[], text: string) => {
    children.push(...mark);
    for (const [index, line] of wrapText(text, PANEL_WIDTH - 72, 10).entries()) {
      children.push({ kind: 'text', x: left + 44, y: y + 12 + index * 13, text: line, size: 10, fill: BADGE_TEXT });
      if (index > 0) y += 13;
    }
    y += ROW;
  };
  row([{ kind: 'text', x: left, y: y + 12, text: 'p99', size: 10, fill: MUTED }], 'badges under a name: utilisation, p99 of one visit, availability, share of the flow’s p99 budget');
  (['ok', 'hot', 'saturated'] as const).forEach((level) => {
    const text = level === 'ok' ? `load up to ${hot} %` : level === 'hot' ? `hot: above ${hot} %` : 'saturated: at or above 100 % (latency is a floor, ≥)';
    row([{ kind: 'rect', x: left, y: y + 5, width: 32, height: 6, radius: 3, fill: LOAD_FILL[level] }], text);
  });
  row([{ kind: 'path', d: `M${left} ${y + 8} L${left + 32} ${y + 8}`, stroke: CALL_STROKE, strokeWidth: 1.5 }], 'synchronous call (caller waits)');
  row([{ kind: 'path', d: `M${left} ${y + 8} L${left + 32} ${y + 8}`, stroke: ASYNC, strokeWidth: 1.5, dash: [6, 4] }], 'asynchronous call');
  const zone = ZONE_COLOUR['availability-zone'] ?? { stroke: '#4dabf7', fill: '#4dabf7', text: '#1c7ed6' };
  row([{ kind: 'rect', x: left, y: y + 2, width: 32, height: 12, radius: 3, fill: zone.fill, fillOpacity: 0.05, stroke: zone.stroke, strokeWidth: 1.5, dash: [4, 3] }], 'zone (region, availability zone, data centre)');
  row([{ kind: 'rect', x: left, y: y + 2, width: 32, height: 12, radius: 2, fill: NOTE_FILL, stroke: NOTE_BORDER, strokeWidth: 1 }], 'note');
  row(commentMarker(left + 16, y + 8, 2), 'open comment threads');
  const height = y - top + 8;
  return {
    group: {
      kind: 'group',
      id: 'legend',
      className: 'legend',
      children: [{ kind: 'rect', x, y: top, width: PANEL_WIDTH, height, radius: 8, fill: '#ffffff', stroke: NODE_BORDER, strokeWidth: 1 }, ...children],
    },
    height,
  };
}
