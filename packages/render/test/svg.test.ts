// The SVG export: one group per component holding its name and badge figures as text (the figures the
// analysis gives, formatted as the board formats them), the flow summary's figures, a legend, calls with
// their labels, zones and notes; a selection draws only what it keeps; a file without positions is laid
// out without overlaps; names that look like markup stay text.
import { describe, expect, it } from 'vitest';
import type { BoardFile } from '@napkin/analysis';
import { boundedIf, budgetShareOf, formatBudgetShare, formatFigure, latencyText, saturatedTierName, svgOf, utilisationText } from '../src/index';
import { analysed, exampleBoard, randomBoard } from './boards';
import { componentGroupIds, groupOf, textsOf, textWithRole } from './svgGroups';

describe('SVG export', () => {
  const { file, result } = analysed(exampleBoard('typical-request-path'));
  const svg = svgOf(file, result);

  it('has one group per component, holding its name and its badge figures as text', () => {
    expect(componentGroupIds(svg).sort()).toEqual(file.components.map((component) => component.id).sort());
    for (const figures of result.components) {
      const group = groupOf(svg, `component-${figures.id}`);
      expect(group, figures.id).not.toBeNull();
      const texts = textsOf(group ?? '');
      expect(textWithRole(group ?? '', 'name')).toBe(figures.name);
      if (figures.isEntry) {
        expect(textWithRole(group ?? '', 'offered-load')).toBe(formatFigure(figures.traffic.totalRps));
        continue;
      }
      expect(textWithRole(group ?? '', 'utilisation')).toBe(utilisationText(figures.traffic.utilisation.value));
      expect(textWithRole(group ?? '', 'p99')).toBe(`p99 ${latencyText(figures.latency.p99Ms, figures.saturated, null)}`);
      expect(textWithRole(group ?? '', 'availability')).toBe(formatFigure(figures.up));
      const share = budgetShareOf(result, figures.id);
      if (share) expect(textWithRole(group ?? '', 'budget-share')).toBe(formatBudgetShare(boundedIf(figures.saturated, share)));
      // Figures are real text, not paths: each is a <text> of the group.
      expect(texts.length).toBeGreaterThanOrEqual(4);
    }
  });

  it("holds the flow summary's figures: p50, p99 against the budget, availability against the objective, the bottleneck, the findings", () => {
    const flow = result.flows[0];
    if (!flow) throw new Error('the example has a flow');
    const summary = svg.slice(svg.indexOf('<g id="napkin-flow-summary"'));
    expect(textWithRole(summary, 'flow-p50')).toBe(latencyText(flow.latency.p50Ms, false, saturatedTierName(flow.latency)));
    expect(textWithRole(summary, 'flow-p99')).toBe(latencyText(flow.latency.p99Ms, false, saturatedTierName(flow.latency)));
    expect(textWithRole(summary, 'flow-budget')).toBe('200 ms');
    expect(textWithRole(summary, 'flow-availability')).toBe(formatFigure(flow.availability.percent));
    expect(textWithRole(summary, 'flow-objective')).toBe('99.90 %');
    const bottleneck = result.components.find((component) => component.id === result.bottleneck.component);
    expect(textWithRole(summary, 'bottleneck')).toContain(bottleneck?.name ?? 'missing');
    // …and at what load it breaks, as a multiple of today's and in requests per second (a sentence over lines).
    const sentence = textsOf(summary).filter((text) => text.role === 'bottleneck').map((text) => text.text).join(' ');
    expect(sentence).toMatch(/breaks first, at [\d.]+× today's load \([\d,]+ req\/s offered at the entry points\)/);
    expect(summary).toContain(`Findings (${result.findings.length})`);
    expect(svg).toContain('<g id="napkin-legend"');
  });

  it('draws every call with its labels and every zone with its name', () => {
    for (const call of file.calls) expect(groupOf(svg, `call-${call.id}`), call.id).not.toBeNull();
    // c4 carries reads only; c7 retries twice on a fifth of the requests.
    expect(textsOf(groupOf(svg, 'call-c4') ?? '').map((text) => text.text)).toContain('reads');
    expect(textsOf(groupOf(svg, 'call-c7') ?? '').map((text) => text.text)).toEqual(expect.arrayContaining(['20 %', 'writes', '↻2']));
    // The app (az-a) calling Postgres (az-b) crosses zones.
    expect(textsOf(groupOf(svg, 'call-c6') ?? '').some((text) => text.text.startsWith('cross-zone +'))).toBe(true);
    for (const zone of file.zones) expect(textWithRole(groupOf(svg, `zone-${zone.id}`) ?? '', 'zone-name')).toBe(zone.name);
  });

  it('draws notes, comment markers and what-if flags', () => {
    const marked: BoardFile = {
      ...file,
      components: file.components.map((component) => (component.id === 'cache' ? { ...component, whatIf: { down: true } } : component)),
      annotations: [{ id: 'note1', kind: 'sticky', colour: 'blue', text: 'Reads go to the cache first; the DB sees misses only.', x: 0, y: -200 }],
    };
    const drawn = svgOf(marked, analysed(marked).result, { comments: new Map([['app', 3], ['note1', 1]]) });
    expect(textsOf(groupOf(drawn, 'note-note1') ?? '').filter((text) => text.role === 'note-text').map((text) => text.text).join(' ')).toBe('Reads go to the cache first; the DB sees misses only.');
    expect(groupOf(drawn, 'note-note1')).toContain('fill="#d0ebff"');
    expect(textWithRole(groupOf(drawn, 'component-app') ?? '', 'comments')).toBe('3');
    expect(textWithRole(groupOf(drawn, 'note-note1') ?? '', 'comments')).toBe('1');
    expect(textWithRole(groupOf(drawn, 'component-cache') ?? '', 'what-if')).toBe('WHAT-IF: DOWN');
  });

  it('exports a selection: only the chosen components, the calls between them, and the zones around them', () => {
    const part = svgOf(file, result, { selection: ['app', 'db'] });
    expect(componentGroupIds(part).sort()).toEqual(['app', 'db']);
    expect(groupOf(part, 'call-c6')).not.toBeNull();
    expect(groupOf(part, 'call-c3')).toBeNull();
    expect(groupOf(part, 'zone-az-a')).not.toBeNull();
    expect(groupOf(part, 'zone-region-eu')).not.toBeNull();
    expect(part).toContain('<g id="napkin-flow-summary"');
  });

  it('keeps names that look like markup as text, and the document well formed', () => {
    const tricky: BoardFile = { ...file, title: 'A <b>&</b> "board"', components: file.components.map((c) => (c.id === 'app' ? { ...c, name: '<script>alert(1)</script> & co' } : c)) };
    const drawn = svgOf(tricky, analysed(tricky).result);
    expect(drawn).not.toContain('<script>');
    expect(textWithRole(groupOf(drawn, 'component-app') ?? '', 'name')).toMatch(/^<script>alert\(1\)</);
    expect(drawn.match(/<g[ >]/g)?.length).toBe(drawn.match(/<\/g>/g)?.length);
  });

  it('lays out a board file without positions: every box inside its zone, no two boxes overlapping', () => {
    const board = randomBoard(60, 7);
    const drawn = svgOf(board, analysed(board).result);
    const boxes = componentGroupIds(drawn).map((id) => {
      const rect = /<rect x="([\d.-]+)" y="([\d.-]+)" width="([\d.]+)" height="([\d.]+)"/.exec(groupOf(drawn, `component-${id}`) ?? '');
      return { id, x: Number(rect?.[1]), y: Number(rect?.[2]), width: Number(rect?.[3]), height: Number(rect?.[4]) };
    });
    expect(boxes).toHaveLength(60);
    for (const [index, a] of boxes.entries()) {
      for (const b of boxes.slice(index + 1)) {
        const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
        expect(apart, `${a.id} and ${b.id}`).toBe(true);
      }
    }
  });

  it('is deterministic: the same board gives the same bytes', () => {
    expect(svgOf(file, result)).toBe(svg);
  });
});
