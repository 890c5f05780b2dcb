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
    expect(markdown).toContain('![Typical request path');
    expect(markdown).toContain('](typical-request-path-playbook-5-4-lb-app-cache-db-external.svg)');
  });

  it('takes a Mermaid block for the diagram', async () => {
    const markdown = (await exportBoard(file, result, { format: 'md', markdownDiagram: { kind: 'mermaid', text: 'flowchart LR\n  users --> lb' } })).body as string;
    expect(markdown).toContain('```mermaid\nflowchart LR\n  users --> lb\n```');
  });

  it('escapes a pipe in a name so it stays inside its cell', async () => {
    const piped = { ...file, components: file.components.map((c) => (c.id === 'app' ? { ...c, name: 'App | v2' } : c)) };
    const markdown = (await exportBoard(piped, analysed(piped).result, { format: 'md' })).body as string;
    expect(markdown).toContain('App \\| v2');
  });
});
