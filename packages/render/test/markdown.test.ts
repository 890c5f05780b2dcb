// The Markdown report: the same report as text, with the hop table as a GitHub table, the diagram as an
// image reference to the SVG beside it (or a Mermaid block when the host passes one), and cells that
// cannot break the table.
import { describe, expect, it } from 'vitest';
import { exportBoard, formatFigure, latencyText } from '../src/index';
import { analysed, exampleBoard } from './boards';

describe('Markdown export', () => {
  const { file, result } = analysed(exampleBoard('typical-request-path'));
  const flow = result.flows[0];
  if (!flow) throw new Error('the example has a flow');

  it('contains the hop table, one row per hop of the critical path, and the headline figures', async () => {
    const markdown = (await exportBoard(file, result, { format: 'md' })).body as string;
    const lines = markdown.split('\n');
    const header = lines.indexOf('| Hop | Network | Own p50 | Own p99 | Visited by | Share of p99 budget | Availability |');
    expect(header).toBeGreaterThan(0);
    expect(lines[header + 1]).toBe('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
    const rows = lines.slice(header + 2, header + 2 + flow.latency.criticalPath.length);
    flow.latency.criticalPath.forEach((hop, index) => expect(rows[index]).toContain(hop.name));
    expect(rows.every((row) => row.startsWith('| ') && row.split(' | ').length === 7)).toBe(true);
    expect(markdown).toContain(`p99 ${latencyText(flow.latency.p99Ms, false, null)}`);
    expect(markdown).toContain(formatFigure(flow.availability.percent));
    expect(markdown).toMatch(/^# Typical request path/);
  });

  it('carries the diagram as a Mermaid block (the default: one complete file), or as an SVG file beside it', async () => {
    const markdown = (await exportBoard(file, result, { format: 'md' })).body as string;
    const mermaid = (await exportBoard(file, result, { format: 'mermaid' })).body as string;
    expect(mermaid).toMatch(/flowchart LR/);
    expect(markdown).toContain(`\`\`\`mermaid\n${mermaid}\`\`\``);
    const withFile = (await exportBoard(file, result, { format: 'md', markdownDiagram: { kind: 'svg-file', path: 'report.svg' } })).body as string;
    expect(withFile).toContain('![Typical request path');
    expect(withFile).toContain('](report.svg)');
  });

  it('escapes a pipe in a name so it stays inside its cell', async () => {
    const piped = { ...file, components: file.components.map((c) => (c.id === 'app' ? { ...c, name: 'App | v2' } : c)) };
    const markdown = (await exportBoard(piped, analysed(piped).result, { format: 'md' })).body as string;
    expect(markdown).toContain('App \\| v2');
  });
});
