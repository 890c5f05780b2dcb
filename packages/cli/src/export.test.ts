// `napkin export` on board files: each format where it belongs (text to stdout, PNG and PDF to a file, a
// Markdown file with its SVG beside it), the same bytes as the renderer gives, a selection, and clear
// failures for bad arguments and bad boards. Against a running relay: server/test/export-route.test.ts.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze, parseBoard } from '@napkin/analysis';
import { svgOf } from '@napkin/render';
import { describe, expect, it } from 'vitest';
import { parseBoardLink, parseExportArgs } from './exportArgs';
import { main } from './main';

const analysisDir = join(__dirname, '..', '..', 'analysis');
const example = 'examples/typical-request-path.json';

describe('napkin export', () => {
  it('prints the same SVG the renderer draws (the web app uses the same renderer)', async () => {
    const out = await main(['export', example, '--format', 'svg'], analysisDir);
    expect(out).toMatchObject({ code: 0, stderr: '' });
    const { board } = parseBoard(readFileSync(join(analysisDir, example), 'utf8'));
    if (board === null) throw new Error('example parses');
    expect(out.stdout).toBe(svgOf(board, analyze(board)));
    expect(out.stdout).toContain('<g id="napkin-component-app"');
  });

  it('writes PNG and PDF to files, a Markdown report with its SVG beside it, the board file and Mermaid to stdout', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'napkin-export-'));
    const file = join(analysisDir, example);
    const png = await main(['export', file, '--format', 'png', '--scale', '2', '--background', 'white', '-o', 'board.png'], dir);
    expect(png).toMatchObject({ code: 0, stdout: '' });
    expect([...readFileSync(join(dir, 'board.png')).subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const pdf = await main(['export', file, '--format', 'pdf', '--page', 'letter'], dir);
    expect(pdf.code).toBe(0);
    expect(pdf.stderr).toMatch(/wrote .*typical-request-path-playbook-5-4-lb-app-cache-db-external-letter\.pdf/);
    expect(readFileSync(join(dir, 'typical-request-path-playbook-5-4-lb-app-cache-db-external-letter.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    expect((await main(['export', file, '--format', 'md', '-o', 'report.md'], dir)).code).toBe(0);
    expect(readFileSync(join(dir, 'report.md'), 'utf8')).toContain('](report.svg)');
    expect(readFileSync(join(dir, 'report.md'), 'utf8')).toContain('| Hop | Network | Own p50 | Own p99 | Visited by | Share of p99 budget | Availability |');
    expect(readFileSync(join(dir, 'report.svg'), 'utf8')).toMatch(/^<svg /);
    const json = await main(['export', file, '--format', 'json', '--select', 'app,db'], dir);
    const exported = parseBoard(json.stdout);
    expect(exported.errors).toEqual([]);
    expect(exported.board?.components.map((component) => component.id)).toEqual(['app', 'db']);
    expect(exported.board?.calls.map((call) => call.id)).toEqual(['c6']);
    const mermaid = await main(['export', file, '--format', 'mermaid'], dir);
    expect(mermaid.stdout).toMatch(/^(---[\s\S]*---\n)?flowchart LR/);
  });

  it('fails clearly: unknown format, missing value, unknown option, no board, a selection naming nothing, a broken file', async () => {
    expect((await main(['export', example, '--format', 'gif'], analysisDir)).stderr).toMatch(/--format must be one of svg, png, pdf, md, json, mermaid/);
    expect((await main(['export', example, '--format'], analysisDir)).stderr).toMatch(/--format needs a value/);
    expect((await main(['export', example, '--format', 'svg', '--zoom', '3'], analysisDir)).stderr).toMatch(/unknown option --zoom/);
    expect((await main(['export', '--format', 'svg'], analysisDir)).stderr).toMatch(/which board\?/);
    expect((await main(['export', example, '--format', 'svg', '--select', 'nope'], analysisDir)).stderr).toMatch(/--select names nothing on the board: nope/);
    const dir = mkdtempSync(join(tmpdir(), 'napkin-export-'));
    writeFileSync(join(dir, 'bad.json'), '{"format": "napkin-board", "version": 7, "components": []}');
    const bad = await main(['export', 'bad.json', '--format', 'svg'], dir);
    expect(bad).toMatchObject({ code: 1, stdout: '' });
    expect(bad.stderr).toMatch(/bad\.json is not a napkin board:\n {2}version: /);
    expect((await main(['export', 'missing.json', '--format', 'svg'], dir)).stderr).toMatch(/cannot read missing\.json \(ENOENT\)/);
  });

  it('reads a board link as the relay to ask and the token to show it', () => {
    expect(parseBoardLink('http://localhost:8080/b/abc123#k=tok_en')).toEqual({ origin: 'http://localhost:8080', boardId: 'abc123', token: 'tok_en' });
    expect(parseBoardLink('https://napkin.example/b/abc123')).toEqual({ origin: 'https://napkin.example', boardId: 'abc123', token: null });
    expect(parseBoardLink('boards/abc.json')).toBeNull();
    expect(parseExportArgs(['x.json', '--format', 'pdf', '--page', 'legal'])).toEqual({ error: '--page must be a4 or letter' });
  });
});
