// A board as a scene: zones behind, calls, components with their badges, notes, then the flow summary and
// the legend to the right, the title above. Coordinates are the board's, shifted so the drawing starts at
// the margin; a selection draws only what it keeps (placement.ts) and lists only the findings about it.
import type { AnalysisResult, ComponentResult } from '@napkin/analysis';
import type { BoardFile } from '@napkin/fields';
import { budgetShares, componentBadges, reachOf } from '../figures/badges';
import { fitText } from '../text/measure';
import { callEdge } from './callEdge';
import type { Box } from './callEdge';
import { branchShares, chipLabels, networkLabel, placementsOf } from './callLabels';
import { BOX_WIDTH, boxHeight, componentBox } from './componentBox';
import { legend } from './legend';
import { commentMarker } from './marks';
import { noteCard, noteSize } from './noteCard';
import { INK } from './palette';
import { placeBoard } from './placement';
import { spreadFactor, spreadPlacement } from './spread';
import { PANEL_WIDTH, summaryPanel } from './summaryPanel';
import type { GroupItem, Scene, SceneItem } from './types';
import { whatIfFlags } from './whatIf';
import { zoneFrame } from './zoneFrame';

export interface SceneOptions {
  /** Ids of the components, zones and notes to draw; absent: the whole board. */
  readonly selection?: Iterable<string>;
  /** Open comment threads per element id (component, call, zone or note). */
  readonly comments?: ReadonlyMap<string, number>;
}

const MARGIN = 32;
const TITLE_HEIGHT = 40;
const GAP = 48;

interface Bounds {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

function grow(bounds: Bounds, x: number, y: number, width: number, height: number): void {
  bounds.minX = Math.min(bounds.minX, x);
  bounds.minY = Math.min(bounds.minY, y);
  bounds.maxX = Math.max(bounds.maxX, x + width);
  bounds.maxY = Math.max(bounds.maxY, y + height);
}

export function buildScene(file: BoardFile, result: AnalysisResult, options: SceneOptions = {}): Scene {
  const selection = options.selection === undefined ? undefined : new Set(options.selection);
  const comments = options.comments ?? new Map<string, number>();
  const placed = placeBoard(file, selection);
  const figuresById = new Map<string, ComponentResult>(result.components.map((component) => [component.id, component]));
  const shares = budgetShares(result);
  const flags = whatIfFlags(file);

  const sized = placed.components.map(({ component, x, y }) => {
    const figures = figuresById.get(component.id);
    const badges = figures ? componentBadges(figures, shares.get(component.id) ?? null, reachOf(result, component.id)) : null;
    return { component, x, y, figures, badges, height: boxHeight(badges) };
  });
  // Boxes drawn larger than the board's nodes must not land on each other (spread.ts).
  const factor = spreadFactor(sized.map(({ x, y, height }) => ({ x, y, width: BOX_WIDTH, height })));
  const placement = spreadPlacement(placed, factor);
  const boxes = sized.map((box) => ({ ...box, x: box.x * factor, y: box.y * factor }));
  const bounds: Bounds = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  // Room above a box for its SATURATED label and below it for a what-if flag.
  for (const box of boxes) grow(bounds, box.x - 10, box.y - 16, BOX_WIDTH + 20, box.height + 32);
  for (const { rect } of placement.zones) grow(bounds, rect.x - 10, rect.y - 10, rect.width + 20, rect.height + 20);
  for (const { note, x, y } of placement.notes) {
    const size = noteSize(note);
    grow(bounds, x - 10, y - 10, size.width + 20, size.height + 20);
  }
  if (bounds.minX === Infinity) Object.assign(bounds, { minX: 0, minY: 0, maxX: 200, maxY: 100 });
  const dx = MARGIN - bounds.minX;
  const dy = MARGIN + TITLE_HEIGHT - bounds.minY;

  const items: SceneItem[] = [];
  // Larger frames first, so a nested zone is drawn over the one that holds it.
  const zones = [...placement.zones].sort((a, b) => b.rect.width * b.rect.height - a.rect.width * a.rect.height);
  for (const { zone, rect } of zones) items.push(zoneFrame(zone, { x: rect.x + dx, y: rect.y + dy, width: rect.width, height: rect.height }, comments.get(zone.id) ?? 0));

  const boxById = new Map<string, Box>(boxes.map((box) => [box.component.id, { x: box.x + dx, y: box.y + dy, width: BOX_WIDTH, height: box.height }]));
  const placements = placementsOf(file);
  const branches = branchShares(file.calls);
  for (const call of placement.calls) {
    const from = boxById.get(call.from);
    const to = boxById.get(call.to);
    if (from === undefined || to === undefined) continue;
    const group = callEdge({ call, from, to, labels: chipLabels(call, branches.get(call.id)), network: networkLabel(call, placements) });
    items.push(comments.has(call.id) ? withCallMarker(group, comments.get(call.id) ?? 0) : group);
  }
  for (const box of boxes) {
    items.push(
      componentBox({ ...box, x: box.x + dx, y: box.y + dy, whatIf: flags.get(box.component.id) ?? null, comments: comments.get(box.component.id) ?? 0 }),
    );
  }
  for (const { note, x, y } of placement.notes) items.push(noteCard(note, x + dx, y + dy, comments.get(note.id) ?? 0));

  const panelX = MARGIN + (bounds.maxX - bounds.minX) + GAP;
  const keptIds = new Set(placement.components.map(({ component }) => component.id as string));
  const findings = selection === undefined ? result.findings : result.findings.filter((finding) => finding.components.some((id) => keptIds.has(id)));
  const summary = summaryPanel(result, findings, panelX, MARGIN + TITLE_HEIGHT);
  const key = legend(panelX, MARGIN + TITLE_HEIGHT + summary.height + 16);
  items.push(summary.group, key.group);

  const title = file.title ?? result.title;
  const titleText = title === '' ? 'Napkin board' : title;
  items.push({ kind: 'text', x: MARGIN, y: MARGIN + 20, text: fitText(titleText, panelX + PANEL_WIDTH - MARGIN, 20, 'bold'), size: 20, bold: true, fill: INK, role: 'title' });

  const width = panelX + PANEL_WIDTH + MARGIN;
  const height = Math.max(MARGIN + TITLE_HEIGHT + (bounds.maxY - bounds.minY), MARGIN + TITLE_HEIGHT + summary.height + 16 + key.height) + MARGIN;
  return { width: Math.ceil(width), height: Math.ceil(height), title: titleText, items };
}

/** A call with open threads carries the count bubble at its label's start. */
function withCallMarker(group: GroupItem, count: number): SceneItem {
  const firstChip = group.children.find((child) => child.kind === 'rect');
  const path = group.children[0];
  const at = firstChip?.kind === 'rect' ? { x: firstChip.x, y: firstChip.y } : path?.kind === 'path' ? pathStart(path.d) : { x: 0, y: 0 };
  return { ...group, children: [...group.children, ...commentMarker(at.x, at.y, count)] };
}

function pathStart(d: string): { x: number; y: number } {
  const [x = 0, y = 0] = d.slice(1).split(/[ L]/).map(Number);
  return { x, y };
}
