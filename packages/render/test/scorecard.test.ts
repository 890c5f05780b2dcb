// The interview scorecard through the export's own writers: the Markdown carries the scores, notes and evidence,
// the phases with their times, each flow's final p99 and availability (as the board's summary prints them), the
// summary and the final diagram as an inline SVG; the PDF's text, extracted as a reader would, says the same.
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { exportBoard, flowSummaries } from '../src/index';
import type { ScorecardDetails } from '../src/index';
import { nodeWriters } from '../node/index';
import { analysed, exampleBoard } from './boards';

const MINUTE = 60_000;

const details: ScorecardDetails = {
  problem: { title: 'URL shortener', prompt: 'Design a service that turns long links into short codes.' },
  timerStatus: 'ended',
  phases: [
    { title: 'Requirements', plannedMs: 5 * MINUTE, spentMs: 6 * MINUTE + 5000, current: false },
    { title: 'API', plannedMs: 5 * MINUTE, spentMs: 4 * MINUTE, current: false },
    { title: 'High-level design', plannedMs: 12 * MINUTE, spentMs: null, current: false },
  ],
  points: [
    { title: 'Caches the hot codes', section: '8. Caching', verdict: 'met', override: null, evidence: { component: 'Cache', figure: '1,200 req/s' }, score: 3, note: 'chose TTLs well' },
    { title: 'Leaves no single point of failure', section: '17. Availability', verdict: 'missing', override: 'met', evidence: null, score: 4, note: '' },
    { title: 'Walks the failure modes', section: '17.1', verdict: 'not-judgeable', override: null, evidence: null, score: null, note: '' },
  ],
  summary: 'Hire. Clear requirements with numbers; slow on partitioning.',
  cards: [{ title: 'The cache cluster is gone', target: 'Cache (2 instances) down', phase: 'Internals', cleared: true }],
};

describe('interview scorecard', () => {
  const { file, result } = analysed(exampleBoard('typical-request-path'));
  const flow = flowSummaries(result)[0];
  if (flow === undefined) throw new Error('the example has a flow');

  it('writes Markdown with the scores, the phases, the final figures, the summary and the diagram', async () => {
    const exported = await exportBoard(file, result, { format: 'md', scorecard: details });
    expect(exported.fileName).toMatch(/scorecard\.md$/);
    const markdown = exported.body as string;
    expect(markdown).toContain('# Interview scorecard: URL shortener');
    expect(markdown).toContain('Rubric: 2 of 3 points scored, average 3.5 of 4');
    expect(markdown).toContain('| Caches the hot codes | met | Cache: 1,200 req/s | 3 / 4 | chose TTLs well |');
    expect(markdown).toContain('| Leaves no single point of failure | met (board: missing) | — | 4 / 4 | — |');
    expect(markdown).toContain('| Walks the failure modes | interviewer judges | — | — | — |');
    expect(markdown).toContain('| Requirements | 5:00 | 6:05 | +1:05 |');
    expect(markdown).toContain('| High-level design | 12:00 | not reached | — |');
    expect(markdown).toContain(`${flow.p99} (${flow.withinBudget ? 'within' : 'over'})`);
    expect(markdown).toContain(`${flow.availability} (${flow.meetsObjective ? 'meets' : 'misses'}`);
    expect(markdown).toContain('Hire. Clear requirements with numbers; slow on partitioning.');
    expect(markdown).toContain('The cache cluster is gone: Cache (2 instances) down (during Internals, cleared)');
    const image = /!\[[^\]]*\]\(data:image\/svg\+xml;charset=utf-8,([^)]+)\)/.exec(markdown);
    expect(image).not.toBeNull();
    const svg = decodeURIComponent(image?.[1] ?? '');
    expect(svg.startsWith('<svg')).toBe(true);
    // The diagram carries its numbers, as the SVG export draws them: badges and the flow summary.
    expect(svg).toContain(flow.name);
    expect(svg).toMatch(/>p99 [\d.,]+ ms</);
  });

  it('writes a PDF whose text holds the same scores, phases and final figures', async () => {
    const exported = await exportBoard(file, result, { format: 'pdf', scorecard: details }, nodeWriters());
    expect(exported.fileName).toMatch(/scorecard\.pdf$/);
    const document = await getDocumentProxy(new Uint8Array(exported.body as Uint8Array));
    expect(document.numPages).toBeGreaterThanOrEqual(2);
    const { text } = await extractText(document, { mergePages: true });
    const flat = text.replace(/\s+/g, ' ');
    for (const expected of ['Caches the hot codes', '3 / 4', 'met (board: missing)', 'Requirements', '6:05', '+1:05', flow.p99, flow.availability, 'slow on partitioning']) {
      expect(flat).toContain(expected);
    }
  });

  it('says so when there is no rubric, no summary and no flow', async () => {
    const empty = analysed({ ...file, components: [], calls: [] });
    const exported = await exportBoard(empty.file, empty.result, { format: 'md', scorecard: { ...details, problem: null, points: [], summary: ' ', cards: [] } });
    const markdown = exported.body as string;
    expect(markdown).toContain('The interviewer has written no summary.');
    expect(markdown).toContain('This session has no rubric');
    expect(markdown).toContain('nothing offers load');
    expect(markdown).not.toContain('Failure cards played');
  });
});
