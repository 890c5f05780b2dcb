// The interviewer material (rubric points and reference designs, issue 17) reaches a browser only from the
// relay, to interviewer links: the built web app must not contain it. This reads the build the e2e run
// serves (apps/web/dist, or NAPKIN_WEB_DIST) and searches every JavaScript file and source map for the
// material's distinctive strings, taken from @napkin/problems/interviewer itself; the prompts, which the
// library page shows, must be there (so the search reads the right files).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { problemPrompts } from '@napkin/problems';
import { interviewerMaterial } from '@napkin/problems/interviewer';
import { expect, test } from '@playwright/test';

const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const WEB_DIST = process.env.NAPKIN_WEB_DIST ?? join(REPO_ROOT, 'apps', 'web', 'dist');

function bundleText(dir: string): string {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(js|mjs|map)$/.test(entry.name))
    .map((entry) => readFileSync(join(entry.parentPath, entry.name), 'utf8'))
    .join('\n');
}

/** What only the interviewer's material says: each point's title, each reference design's title and its longer call labels (short ones such as "misses and writes" are the general templates' words too). */
function interviewerStrings(): string[] {
  const strings = problemPrompts().flatMap((problem) => {
    const material = interviewerMaterial(problem.id);
    if (material === null) throw new Error(`no interviewer material for ${problem.id}`);
    const labels = material.referenceBoard.calls.map((call) => call.label ?? '').filter((label) => label.length >= 20);
    return [...material.points.map((point) => point.title), material.referenceBoard.title ?? '', ...labels];
  });
  return [...new Set(strings.filter((text) => text.length > 0))];
}

test('the built web app holds the problem prompts and none of the interviewer material', () => {
  expect(existsSync(join(WEB_DIST, 'index.html')), `no build at ${WEB_DIST}: run pnpm --filter @napkin/web build first`).toBe(true);
  const bundle = bundleText(WEB_DIST);
  // JavaScript may escape an apostrophe or quote inside a string; compare what is left of each string.
  const normalised = bundle.replace(/\\(['"])/g, '$1');
  const prompts = problemPrompts().map((problem) => problem.prompt.split('. ')[0] ?? '');
  expect(prompts.filter((prompt) => !normalised.includes(prompt))).toEqual([]);
  const material = interviewerStrings();
  expect(material.length).toBeGreaterThan(120);
  expect(material.filter((text) => normalised.includes(text))).toEqual([]);
});
