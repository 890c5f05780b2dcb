// A tight board exported: boxes drawn at the export's size must not land on each other. The layout is
// spread by the least factor that separates every pair, and only as much as needed: a board already apart
// does not move, a box stays inside its zone, and stacked boxes are spread at most MAX_SPREAD.
import type { BoardFile } from '@napkin/analysis';
import { describe, expect, it } from 'vitest';
import { svgOf } from '../src/index';
import { BOX_WIDTH } from '../src/scene/componentBox';
import { CLEARANCE, MAX_SPREAD, spreadFactor } from '../src/scene/spread';
import { analysed, exampleBoard } from './boards';
import { componentGroupIds, groupOf } from './svgGroups';

interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The first rectangle of an element's group: its box (a component) or its frame (a zone). */
function boxOf(svg: string, id: string): Rect {
  const match = /<rect x="([\d.-]+)" y="([\d.-]+)" width="([\d.]+)" height="([\d.]+)"/.exec(groupOf(svg, id) ?? '');
  if (match === null) throw new Error(`no box in the group of ${id}`);
  return { x: Number(match[1]), y: Number(match[2]), width: Number(match[3]), height: Number(match[4]) };
}

const overlaps = (a: Rect, b: Rect): boolean => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (inner: Rect, outer: Rect): boolean =>
  inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;

/** A zone holding four components set 60 px apart, as close as nodes get on a crowded board. */
function tightBoard(): BoardFile {
  const names = ['Gateway', 'Orders', 'Cache', 'Orders DB'];
  const kinds = ['api-gateway', 'stateless-service', 'in-memory-cache', 'relational-primary'];
  return {
    version: 1,
    title: 'Tight',
    zones: [{ id: 'az', level: 'availability-zone', name: 'eu-west-1a', x: 0, y: 0, width: 460, height: 260 }],
    components: [
      { id: 'users', kind: 'web-client', name: 'Users', x: -260, y: 60, entry: { rps: 500, p99BudgetMs: 300 } },
      ...names.map((name, index) => ({ id: `c${index}`, kind: kinds[index] as string, name, zone: 'az', x: 20 + (index % 2) * 200, y: 20 + Math.floor(index / 2) * 60 })),
    ],
    calls: [
      { id: 'k0', from: 'users', to: 'c0' },
      { id: 'k1', from: 'c0', to: 'c1' },
      { id: 'k2', from: 'c1', to: 'c2' },
      { id: 'k3', from: 'c1', to: 'c3' },
    ],
  } as BoardFile;
}

describe('spreading a tight export', () => {
  it('separates every pair of component boxes, each still inside its zone', () => {
    const { file, result } = analysed(tightBoard());
    const svg = svgOf(file, result);
    const boxes = componentGroupIds(svg).map((id) => ({ id, box: boxOf(svg, `component-${id}`) }));
    expect(boxes).toHaveLength(5);
    for (const [index, a] of boxes.entries()) {
      for (const b of boxes.slice(index + 1)) expect(overlaps(a.box, b.box), `${a.id} and ${b.id}`).toBe(false);
    }
    const zone = boxOf(svg, 'zone-az');
    for (const { id, box } of boxes) if (id !== 'users') expect(inside(box, zone), id).toBe(true);
  });

  it('leaves a board whose boxes are apart where it is, and spreads stacked boxes at most MAX_SPREAD', () => {
    const apart = [0, 1, 2].map((index) => ({ x: index * (BOX_WIDTH + CLEARANCE), y: 0, width: BOX_WIDTH, height: 120 }));
    expect(spreadFactor(apart)).toBe(1);
    expect(spreadFactor([...apart, { x: 0, y: 0, width: BOX_WIDTH, height: 120 }])).toBe(MAX_SPREAD);
    // 100 px across and 40 px down: spreading across needs (180 + 24) / 100, down (120 + 24) / 40.
    expect(spreadFactor([{ x: 0, y: 0, width: BOX_WIDTH, height: 120 }, { x: 100, y: 40, width: BOX_WIDTH, height: 120 }])).toBeCloseTo(2.04);
  });

  it('exports the example boards with no two boxes overlapping', () => {
    for (const name of ['typical-request-path', 'url-shortener'] as const) {
      const board = exampleBoard(name);
      const positioned = board.components.every((component) => component.x !== undefined);
      if (!positioned) continue;
      const { file, result } = analysed(board);
      const svg = svgOf(file, result);
      const boxes = componentGroupIds(svg).map((id) => boxOf(svg, `component-${id}`));
      for (const [index, a] of boxes.entries()) for (const b of boxes.slice(index + 1)) expect(overlaps(a, b)).toBe(false);
    }
  });
});
