import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { benchRecorder, insertNewestFirst } from './bench-results.js';
import type { BenchEntry } from './bench-results.js';

const HEADER = '# Bench results\n\nMethod in the README. Newest first.\n\n';
const OLD_ENTRY = '## 2026-12-01, an older entry\n\nold figures\n';
const ENTRY: BenchEntry = {
  title: 'example bench',
  settings: 'Seed 42.',
  tables: [{ header: ['size', 'ms'], rows: [['100', '3.21'], ['1000', '30.50']] }],
  notes: ['Goal met.'],
};

describe('bench results', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
    vi.restoreAllMocks();
  });

  function resultsFile(content: string): string {
    const dir = mkdtempSync(join(tmpdir(), 'napkin-testkit-'));
    dirs.push(dir);
    mkdirSync(join(dir, 'bench'));
    const file = join(dir, 'bench', 'RESULTS.md');
    writeFileSync(file, content);
    return file;
  }

  it('with BENCH_RECORD=1, puts a dated entry with commit, load and figures above the older ones', () => {
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const file = resultsFile(HEADER + OLD_ENTRY);
    const recorder = benchRecorder(file, { env: { BENCH_RECORD: '1' }, now: () => new Date('2026-12-04T20:31:09Z') });
    expect(recorder.enabled).toBe(true);
    recorder.record(ENTRY);
    const text = readFileSync(file, 'utf8');
    expect(text.startsWith(HEADER + '## 2026-12-04 20:31 UTC, example bench\n')).toBe(true);
    expect(text).toMatch(/Recorded by `BENCH_RECORD=1`: commit [^;]+; \d+ cores, \d+ GB, Node v[\d.]+; load average \(1 \/ 5 \/ 15 min\) [\d.]+ \/ [\d.]+ \/ [\d.]+ at the start, [\d.]+ \/ [\d.]+ \/ [\d.]+ at the end\. Seed 42\./);
    expect(text).toContain('| size | ms |\n| --- | --- |\n| 100 | 3.21 |\n| 1000 | 30.50 |\n\nGoal met.\n\n' + OLD_ENTRY);
  });

  it('writes nothing unless asked', () => {
    const file = resultsFile(HEADER + OLD_ENTRY);
    const recorder = benchRecorder(file, { env: {} });
    expect(recorder.enabled).toBe(false);
    recorder.record(ENTRY);
    expect(readFileSync(file, 'utf8')).toBe(HEADER + OLD_ENTRY);
  });

  it('refuses a results file that is not there rather than scattering new ones', () => {
    const recorder = benchRecorder(join(tmpdir(), 'napkin-no-such-dir', 'bench', 'RESULTS.md'), { env: { BENCH_RECORD: '1' } });
    expect(() => recorder.record(ENTRY)).toThrow(/no results file/);
  });

  it('appends after the header when there is no entry yet', () => {
    expect(insertNewestFirst('# Results\n\nMethod.\n', '## today\n')).toBe('# Results\n\nMethod.\n\n## today\n');
  });
});
