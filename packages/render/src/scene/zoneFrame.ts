// One zone as a group: its dashed frame tinted by level, a header with its name and level, a DOWN flag
// when the what-if takes it down, and its comment marker.
import type { BoardFileZone, Rectangle } from '@napkin/fields';
import { fitText, textWidth } from '../text/measure';
import { commentMarker } from './marks';
import { SATURATED, ZONE_COLOUR } from './palette';
import type { GroupItem, SceneItem } from './types';

const LEVEL_TEXT: Readonly<Record<string, string>> = { region: 'REGION', 'availability-zone': 'ZONE', 'data-centre': 'DATA CENTRE' };

export function zoneFrame(zone: BoardFileZone, rect: Rectangle, comments: number): GroupItem {
  const colour = ZONE_COLOUR[zone.level] ?? { stroke: '#4dabf7', text: '#1c7ed6', fill: '#4dabf7' };
  const down = zone.down === true;
  const stroke = down ? SATURATED : colour.stroke;
  const name = zone.name ?? zone.id;
  const level = LEVEL_TEXT[zone.level] ?? zone.level.toUpperCase();
  const shownName = fitText(name, Math.max(30, rect.width - 120), 12, 'bold');
  const nameWidth = textWidth(shownName, 12, 'bold');
  const children: SceneItem[] = [
    {
      kind: 'rect',
      ...rect,
      radius: 12,
      fill: down ? SATURATED : colour.fill,
      fillOpacity: down ? 0.06 : 0.05,
      stroke,
      strokeWidth: 2,
      ...(down ? {} : { dash: [7, 5] }),
    },
    { kind: 'text', x: rect.x + 10, y: rect.y + 19, text: shownName, size: 12, bold: true, fill: down ? '#c92a2a' : colour.text, role: 'zone-name' },
    { kind: 'text', x: rect.x + 16 + nameWidth, y: rect.y + 19, text: level, size: 9, fill: down ? '#c92a2a' : colour.text, role: 'zone-level' },
  ];
  if (down) {
    const left = rect.x + 22 + nameWidth + textWidth(level, 9);
    const width = textWidth('WHAT-IF: DOWN', 8.5, 'bold') + 10;
    children.push(
      { kind: 'rect', x: left, y: rect.y + 9, width, height: 13, radius: 4, fill: SATURATED },
      { kind: 'text', x: left + 5, y: rect.y + 19, text: 'WHAT-IF: DOWN', size: 8.5, bold: true, fill: '#ffffff', role: 'what-if' },
    );
  }
  if (comments > 0) children.push(...commentMarker(rect.x + rect.width, rect.y, comments));
  return { kind: 'group', id: `zone-${zone.id}`, className: `zone ${zone.level}${down ? ' down' : ''}`, data: { zone: zone.id, level: zone.level }, children };
}
