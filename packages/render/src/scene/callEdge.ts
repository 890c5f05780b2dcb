// One call as a group: a stepped line from the caller's right side to the callee's left side (the way the
// board draws it, a request travelling left to right), an arrowhead, and its label chips at the middle.
import type { BoardFileCall } from '@napkin/fields';
import { textWidth } from '../text/measure';
import { ASYNC, BADGE_BORDER, BADGE_TEXT, CALL_STROKE, NETWORK, REPLICATION } from './palette';
import type { GroupItem, SceneItem } from './types';

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface CallDrawing {
  readonly call: BoardFileCall;
  readonly from: Box;
  readonly to: Box;
  readonly labels: readonly string[];
  readonly network: string | null;
}

const CHIP_SIZE = 9.5;
const OUT = 20;

/** The line's points and where its label goes. */
function route(from: Box, to: Box): { points: [number, number][]; label: [number, number] } {
  const sx = from.x + from.width;
  const sy = from.y + from.height / 2;
  const tx = to.x;
  const ty = to.y + to.height / 2;
  if (tx - sx >= 2 * OUT) {
    const mid = (sx + tx) / 2;
    return { points: [[sx, sy], [mid, sy], [mid, ty], [tx, ty]], label: [mid, (sy + ty) / 2] };
  }
  // The callee is left of (or close to) the caller: out to the right, across between the two, in from the left.
  const between = Math.abs(ty - sy) > Math.max(from.height, to.height) / 2 ? (sy + ty) / 2 : Math.max(from.y + from.height, to.y + to.height) + OUT;
  const points: [number, number][] = [[sx, sy], [sx + OUT, sy], [sx + OUT, between], [tx - OUT, between], [tx - OUT, ty], [tx, ty]];
  return { points, label: [(sx + tx) / 2, between] };
}

function chips(centreX: number, centreY: number, texts: readonly { text: string; colour: string; border: string }[]): SceneItem[] {
  const gap = 3;
  const widths = texts.map((one) => textWidth(one.text, CHIP_SIZE) + 10);
  let x = centreX - (widths.reduce((sum, width) => sum + width, 0) + gap * (texts.length - 1)) / 2;
  const items: SceneItem[] = [];
  texts.forEach((one, index) => {
    const width = widths[index] ?? 0;
    items.push(
      { kind: 'rect', x, y: centreY - 7, width, height: 14, radius: 4, fill: '#ffffff', stroke: one.border, strokeWidth: 1 },
      { kind: 'text', x: x + 5, y: centreY + 3.5, text: one.text, size: CHIP_SIZE, fill: one.colour, role: 'call-label' },
    );
    x += width + gap;
  });
  return items;
}

export function callEdge(drawing: CallDrawing): GroupItem {
  const { call, from, to } = drawing;
  const { points, label } = route(from, to);
  const d = points.map(([x, y], index) => `${index === 0 ? 'M' : 'L'}${round(x)} ${round(y)}`).join(' ');
  const [tx, ty] = points[points.length - 1] ?? [0, 0];
  const async = call.mode === 'async';
  const replication = call.mode === 'replication';
  const stroke = replication ? REPLICATION : CALL_STROKE;
  const texts = [
    ...(async ? [{ text: 'async', colour: ASYNC, border: '#d0bfff' }] : []),
    ...(replication ? [{ text: 'replica', colour: REPLICATION, border: '#b2f2bb' }] : []),
    ...drawing.labels.map((text) => ({ text, colour: BADGE_TEXT, border: BADGE_BORDER })),
    ...(drawing.network === null ? [] : [{ text: drawing.network, colour: NETWORK, border: '#ffd8a8' }]),
  ];
  const children: SceneItem[] = [
    { kind: 'path', d, stroke, strokeWidth: 1.5, ...(async ? { dash: [6, 4] } : replication ? { dash: [2, 3] } : {}) },
    { kind: 'path', d: `M${round(tx)} ${round(ty)} L${round(tx - 8)} ${round(ty - 4)} L${round(tx - 8)} ${round(ty + 4)} Z`, fill: stroke },
    ...chips(label[0], label[1], texts),
  ];
  return { kind: 'group', id: `call-${call.id}`, className: `call ${call.mode}`, data: { call: call.id, from: call.from, to: call.to }, children };
}

const round = (value: number): number => Math.round(value * 10) / 10;
