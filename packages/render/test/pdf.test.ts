// The PDF report: the diagram on page 1, then the report pages; A4 and Letter sizes; its text, extracted
// as a reader would, holds the flow's p99 and availability, the hop table, capacity per tier, the findings
// with their playbook sections, the what-if marks and the formulas.
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import type { BoardFile } from '@napkin/analysis';
import { exportBoard, formatFigure, latencyText } from '../src/index';
import { nodeWriters } from '../node/index';
import { analysed, exampleBoard } from './boards';

async function pagesOf(pdf: Uint8Array): Promise<{ sizes: [number, number][]; text: string[] }> {
  const document = await getDocumentProxy(new Uint8Array(pdf));
  const sizes: [number, number][] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const [, , right, top] = (await document.getPage(number)).view;
    sizes.push([Math.round(right ?? 0), Math.round(top ?? 0)]);
  }
  const { text } = await extractText(document, { mergePages: false });
  return { sizes, text: text.map((page) => page.replace(/\s+/g, ' ')) };
}

describe('PDF export', () => {
  const marked: BoardFile = (() => {
    const file = exampleBoard('typical-request-path');
    return { ...file, components: file.components.map((c) => (c.id === 'payments' ? { ...c, whatIf: { slowFactor: 5 } } : c)) };
  })();
  const { file, result } = analysed(marked);
  const fonts = nodeWriters();
  const flow = result.flows[0];
  if (!flow) throw new Error('the example has a flow');

  it('puts the diagram on page 1 and the report after it, with the figures as text', async () => {
    const { sizes, text } = await pagesOf((await exportBoard(file, result, { format: 'pdf', pageSize: 'a4' }, fonts)).body as Uint8Array);
    expect(sizes.length).toBeGreaterThanOrEqual(2);
    // Page 1 turns landscape for a diagram wider than tall; the report pages are portrait A4.
    expect(sizes[0]).toEqual([842, 595]);
    for (const size of sizes.slice(1)) expect(size).toEqual([595, 842]);
    const [diagram = '', ...rest] = text;
    const report = rest.join(' ');
    expect(diagram).toContain('Flow summary');
    expect(diagram).toContain('App');
    expect(diagram).toContain(latencyText(flow.latency.p99Ms, false, null));
    expect(report).toContain(`p99 ${latencyText(flow.latency.p99Ms, false, null)}`);
    expect(report).toContain(`Availability ${formatFigure(flow.availability.percent)}`);
    expect(report).toMatch(/Hop by hop \(critical path\) Hop Network Own p50 Own p99 Visited by Share of p99 budget Availability/);
    expect(report).toContain('Capacity and headroom per tier');
    expect(report).toContain(`Findings (${result.findings.length})`);
    for (const finding of result.findings) expect(report).toContain(finding.source.section);
    expect(report).toContain('Payment API is 5× slower.');
    expect(report).toContain('How the headline figures are computed');
    expect(report).toContain(flow.availability.percent.formula.split(' ').slice(0, 3).join(' '));
  });

  it('comes in Letter too', async () => {
    const { sizes } = await pagesOf((await exportBoard(file, result, { format: 'pdf', pageSize: 'letter' }, fonts)).body as Uint8Array);
    expect(sizes[0]).toEqual([792, 612]);
    expect(sizes[1]).toEqual([612, 792]);
  });
});
