// One component as a group: its kind, its name with instance count and read replicas, and its badge
// figures as text (utilisation with its bar, p99, availability, share of budget; an entry point's offered
// load), a saturated outline and label, its what-if flag and its comment marker. Everything a reader of
// the picture needs about the component sits inside its own group.
import type { ComponentResult } from '@napkin/analysis';
import { getKind } from '@napkin/catalog';
import type { BoardFileComponent } from '@napkin/fields';
import type { ComponentBadges } from '../figures/badges';
import { fitText, textWidth } from '../text/measure';
import { BADGE_BORDER, BADGE_FILL, BADGE_TEXT, INK, LOAD_FILL, LOAD_TEXT, MUTED, NODE_BORDER, NODE_FILL, SATURATED } from './palette';
import { commentMarker } from './marks';
import type { GroupItem, SceneItem } from './types';

/** The box's width: the board keeps nodes within 180 px (nodes.css), inside layOutBoard's 200 px cell. */
export const BOX_WIDTH = 180;
const PAD = 8;
const BADGE_SIZE = 10;
const BADGE_HEIGHT = 15;
const ROW = 19;

export interface ComponentDrawing {
  readonly component: BoardFileComponent;
  readonly x: number;
  readonly y: number;
  readonly figures: ComponentResult | undefined;
  readonly badges: ComponentBadges | null;
  /** "WHAT-IF: DOWN", "WHAT-IF: 2× SLOW", "WHAT-IF: ZONE DOWN"; null when unmarked. */
  readonly whatIf: string | null;
  readonly comments: number;
}

/** Height of a component's box for the rows its badges need. */
export function boxHeight(badges: ComponentBadges | null): number {
  if (badges === null || badges.kind === 'entry') return 44 + (badges === null ? 0 : ROW);
  return 44 + ROW * (badges.budgetShare === null && badges.reach === null ? 2 : 3);
}

function pill(x: number, y: number, text: string, role: string, colour = BADGE_TEXT, bold = false): { width: number; items: SceneItem[] } {
  const width = textWidth(text, BADGE_SIZE, bold ? 'bold' : 'normal') + 12;
  return {
    width,
    items: [
      { kind: 'rect', x, y, width, height: BADGE_HEIGHT, radius: BADGE_HEIGHT / 2, fill: BADGE_FILL, stroke: BADGE_BORDER, strokeWidth: 1 },
      { kind: 'text', x: x + 6, y: y + 11, text, size: BADGE_SIZE, fill: colour, bold, role },
    ],
  };
}

/** A row of pills centred in the box. */
function centredRow(centre: number, y: number, pills: readonly { text: string; role: string; colour?: string; bold?: boolean }[]): SceneItem[] {
  const gap = 4;
  const widths = pills.map((one) => textWidth(one.text, BADGE_SIZE, one.bold ? 'bold' : 'normal') + 12);
  let x = centre - (widths.reduce((sum, width) => sum + width, 0) + gap * (pills.length - 1)) / 2;
  const items: SceneItem[] = [];
  pills.forEach((one) => {
    const made = pill(x, y, one.text, one.role, one.colour, one.bold);
    items.push(...made.items);
    x += made.width + gap;
  });
  return items;
}

function badgeRows(badges: ComponentBadges, centre: number, top: number): SceneItem[] {
  if (badges.kind === 'entry') return centredRow(centre, top, [{ text: badges.offered, role: 'offered-load' }]);
  const barWidth = 64;
  const valueWidth = textWidth(badges.utilisation, BADGE_SIZE, 'bold') + 12;
  const utilisationWidth = barWidth + 6 + valueWidth;
  const left = centre - utilisationWidth / 2;
  const rows: SceneItem[] = [
    { kind: 'rect', x: left, y: top, width: utilisationWidth, height: BADGE_HEIGHT, radius: BADGE_HEIGHT / 2, fill: BADGE_FILL, stroke: BADGE_BORDER, strokeWidth: 1 },
    { kind: 'rect', x: left + 6, y: top + 4.5, width: barWidth, height: 6, radius: 3, fill: BADGE_BORDER },
    { kind: 'rect', x: left + 6, y: top + 4.5, width: Math.max(0.001, barWidth * badges.utilisationFill), height: 6, radius: 3, fill: LOAD_FILL[badges.load] },
    { kind: 'text', x: left + barWidth + 12, y: top + 11, text: badges.utilisation, size: BADGE_SIZE, fill: LOAD_TEXT[badges.load], bold: badges.load !== 'ok', role: 'utilisation' },
    ...centredRow(centre, top + ROW, [
      { text: `p99 ${badges.p99}`, role: 'p99' },
      { text: badges.availability, role: 'availability' },
    ]),
  ];
  const third = [
    ...(badges.budgetShare === null ? [] : [{ text: badges.budgetShare, role: 'budget-share' }]),
    ...(badges.reach === null ? [] : [{ text: badges.reach, role: 'reach' }]),
  ];
  if (third.length > 0) rows.push(...centredRow(centre, top + 2 * ROW, third));
  return rows;
}

/** "×3", "×1 +1 replica"; nothing for an entry point, which originates load rather than running copies. */
function copiesText(component: BoardFileComponent, isEntry: boolean): string {
  if (isEntry) return '';
  const kind = getKind(component.kind);
  const instances = component.instances ?? kind?.defaults.instances.value ?? 1;
  const fallback = kind?.traits.readReplicas?.value;
  const replicas = fallback === undefined ? undefined : (component.params?.readReplicas ?? fallback);
  const replicasText = replicas === undefined || replicas <= 0 ? '' : ` +${replicas.toLocaleString('en-US')} ${replicas === 1 ? 'replica' : 'replicas'}`;
  return ` ×${instances.toLocaleString('en-US')}${replicasText}`;
}

export function componentBox(drawing: ComponentDrawing): GroupItem {
  const { component, x, y, figures, badges } = drawing;
  const kind = getKind(component.kind);
  const isEntry = figures?.isEntry ?? kind?.traits.entryPoint === true;
  const saturated = figures?.saturated === true;
  const height = boxHeight(badges);
  const centre = x + BOX_WIDTH / 2;
  const inner = BOX_WIDTH - 2 * PAD;
  const name = component.name ?? component.id;
  const copies = copiesText(component, isEntry);
  const copiesWidth = textWidth(copies, 11);
  const shownName = fitText(name, Math.max(40, inner - copiesWidth), 13, 'bold');
  const nameWidth = textWidth(shownName, 13, 'bold');
  const nameLeft = centre - (nameWidth + copiesWidth) / 2;
  const children: SceneItem[] = [
    { kind: 'rect', x, y, width: BOX_WIDTH, height, radius: 8, fill: NODE_FILL, stroke: saturated ? SATURATED : NODE_BORDER, strokeWidth: saturated ? 2.5 : 1 },
    { kind: 'text', x: centre, y: y + 16, text: fitText(kind?.label ?? component.kind, inner, 10), size: 10, fill: MUTED, anchor: 'middle', role: 'kind' },
    { kind: 'text', x: nameLeft, y: y + 35, text: shownName, size: 13, bold: true, fill: INK, role: 'name' },
  ];
  if (copies !== '') children.push({ kind: 'text', x: nameLeft + nameWidth, y: y + 35, text: copies, size: 11, fill: MUTED, role: 'copies' });
  if (badges !== null) children.push(...badgeRows(badges, centre, y + 44));
  if (saturated) children.push(...flag(centre, y - 8, 'SATURATED', SATURATED, 'saturated'));
  if (drawing.whatIf !== null) children.push(...flag(centre, y + height + 8, drawing.whatIf, '#e8590c', 'what-if'));
  if (drawing.comments > 0) children.push(...commentMarker(x + BOX_WIDTH, y, drawing.comments));
  return {
    kind: 'group',
    id: `component-${component.id}`,
    className: `component${saturated ? ' saturated' : ''}`,
    data: { component: component.id, kind: component.kind, name },
    children,
  };
}

/** A small filled label centred on (centre, middle): SATURATED above a box, the what-if mark below it. */
function flag(centre: number, middle: number, text: string, colour: string, role: string): SceneItem[] {
  const width = textWidth(text, 9, 'bold') + 12;
  return [
    { kind: 'rect', x: centre - width / 2, y: middle - 7, width, height: 14, radius: 4, fill: colour },
    { kind: 'text', x: centre, y: middle + 3.5, text, size: 9, bold: true, fill: '#ffffff', anchor: 'middle', role },
  ];
}
