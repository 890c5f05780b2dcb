// Every template is a board file any reader accepts, drawn so the board's geometry agrees with its zones,
// and its numbers mean something at once: traffic on every tier, none saturated, the busiest between 10 %
// and 70 % (loaded, not hot), every flow within its latency budget and availability objective, and no
// finding worse than a warning. The active-active template's other zone carries everything when one is down.
import { analyze, createEngine } from '@napkin/analysis';
import type { AnalysisResult } from '@napkin/analysis';
import { toBoardFile, importBoardFile, boxesOf, overlaps } from '@napkin/doc';
import { Board } from '@napkin/doc';
import { parseBoard } from '@napkin/fields';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { templateById, TEMPLATES } from './index';

const engine = createEngine();
const analysed = new Map<string, AnalysisResult>(TEMPLATES.map((template) => [template.id, analyze(template.board, engine)]));

describe.each(TEMPLATES.map((template) => [template.id, template] as const))('template %s', (id, template) => {
  it('is a board file any reader accepts, unchanged by reading', () => {
    const { board, errors } = parseBoard(JSON.stringify(template.board));
    expect(errors).toEqual([]);
    expect(board).toEqual(template.board);
  });

  it("is drawn so the board's geometry gives every component and zone the zone the file names, with no boxes overlapping", () => {
    const ydoc = new Y.Doc();
    expect(importBoardFile(ydoc, template.board)).toEqual({ layout: 'file', problems: [] });
    const back = toBoardFile(new Board(ydoc).snapshot());
    const zoneOf = (file: typeof back) => Object.fromEntries(file.components.map((component) => [component.id, component.zone ?? null]));
    const parentOf = (file: typeof back) => Object.fromEntries(file.zones.map((zone) => [zone.id, zone.parent ?? null]));
    expect(zoneOf(back)).toEqual(zoneOf(template.board));
    expect(parentOf(back)).toEqual(parentOf(template.board));
    const boxes = boxesOf({ components: template.board.components, zones: [] });
    boxes.forEach((box, index) => boxes.slice(index + 1).forEach((other) => expect(overlaps(box, other)).toBe(false)));
  });

  it('puts traffic on every tier and saturates none; the busiest is loaded but not hot', () => {
    const result = analysed.get(id)!;
    const servers = result.components.filter((component) => !component.isEntry);
    expect(servers.filter((component) => component.traffic.totalRps.value <= 0).map((component) => component.name)).toEqual([]);
    expect(result.components.filter((component) => component.saturated).map((component) => component.name)).toEqual([]);
    const busiest = Math.max(...servers.map((component) => component.traffic.utilisation.value));
    expect(busiest).toBeGreaterThanOrEqual(0.1);
    expect(busiest).toBeLessThanOrEqual(0.7);
  });

  it('meets every flow’s latency budget and availability objective, with no finding worse than a warning', () => {
    const result = analysed.get(id)!;
    expect(result.flows.length).toBeGreaterThan(0);
    for (const flow of result.flows) {
      expect({ flow: flow.name, withinBudget: flow.latency.withinBudget, meetsObjective: flow.availability.meetsObjective }).toEqual({
        flow: flow.name,
        withinBudget: true,
        meetsObjective: true,
      });
    }
    expect(result.findings.filter((finding) => finding.severity !== 'warning' && finding.severity !== 'info').map((finding) => finding.message)).toEqual([]);
  });

  it('cites a playbook section for its chosen parameters, each under a label of its own', () => {
    expect(template.citations.length).toBeGreaterThanOrEqual(3);
    const labels = template.citations.map((citation) => citation.label);
    expect(new Set(labels).size).toBe(labels.length);
    for (const label of labels) expect(label.startsWith(`${id}.`)).toBe(true);
    for (const { source } of template.citations) expect(source.fact ?? source.note).toBeDefined();
  });
});

describe('templates', () => {
  it('are at least the six general designs, with distinct ids and titles', () => {
    expect(TEMPLATES.map((template) => template.id)).toEqual(['three-tier', 'read-heavy-api', 'event-pipeline', 'multi-zone', 'batch-analytics', 'mobile-backend']);
    expect(new Set(TEMPLATES.map((template) => template.title)).size).toBe(TEMPLATES.length);
  });

  it('active-active: with one zone down the other carries all of it, unsaturated', () => {
    const template = templateById('multi-zone')!;
    const down = { ...template.board, zones: template.board.zones.map((zone) => (zone.id === 'az-b' ? { ...zone, down: true } : zone)) };
    const result = analyze(down, engine);
    const app = (name: string) => result.components.find((component) => component.name === name)!;
    expect(app('App (zone a)').traffic.totalRps.value).toBeCloseTo(4_000);
    expect(app('App (zone b)').traffic.totalRps.value).toBe(0);
    expect(result.components.some((component) => component.saturated)).toBe(false);
    expect(result.flows[0]?.latency.withinBudget).toBe(true);
  });
});
