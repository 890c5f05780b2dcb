// The worksheet over real Y.Docs: figures and lines round-trip, two peers editing different figures or lines
// keep both, a figure out of range is refused, a peer's malformed entry is left out, and the scale turns into
// the client's load fields (DAU × requests a day / 86,400 × peak factor; reads per write as a read share).
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DEFAULT_PEAK_FACTOR, MAX_LINES, parseScaleFigure, Worksheet, WORKSHEET_TYPES, worksheetEntryLoad } from './worksheet.js';

function pair(): { a: Worksheet; b: Worksheet; sync: () => void } {
  const docA = new Y.Doc();
  const docB = new Y.Doc();
  const sync = () => {
    Y.applyUpdate(docB, Y.encodeStateAsUpdate(docA, Y.encodeStateVector(docB)));
    Y.applyUpdate(docA, Y.encodeStateAsUpdate(docB, Y.encodeStateVector(docA)));
  };
  return { a: new Worksheet(docA), b: new Worksheet(docB), sync };
}

describe('the interview worksheet', () => {
  it('keeps both peers\' figures and lines when they edit at once', () => {
    const { a, b, sync } = pair();
    a.setScale('dailyActiveUsers', 100_000_000);
    b.setScale('readsPerWrite', 10);
    a.addRequirement('  shorten a URL   and redirect  ');
    b.addApi('POST', '/urls', false);
    b.addRequirement('redirect in under 50 ms');
    sync();
    for (const sheet of [a, b]) {
      const snapshot = sheet.snapshot();
      expect(snapshot.scale).toEqual({ dailyActiveUsers: 100_000_000, requestsPerUserPerDay: null, peakFactor: null, readsPerWrite: 10 });
      expect(snapshot.requirements.map((line) => line.text).sort()).toEqual(['redirect in under 50 ms', 'shorten a URL and redirect']);
      expect(snapshot.apis).toMatchObject([{ method: 'POST', path: '/urls', idempotent: false }]);
    }
  });

  it('edits and removes lines by id, and writes the notes as shared text', () => {
    const { a, b, sync } = pair();
    a.addApi('PUT', '/urls/{code}', false);
    sync();
    const id = b.snapshot().apis[0]?.id ?? '';
    expect(b.setIdempotent(id, true)).toBe(true);
    b.text('partitioning').insert(0, 'hash of the short code');
    sync();
    expect(a.snapshot().apis[0]).toMatchObject({ id, idempotent: true });
    expect(a.snapshot().partitioning).toBe('hash of the short code');
    expect(a.removeLine('apis', id)).toBe(true);
    expect(a.removeLine('apis', id)).toBe(false);
    expect(a.snapshot().apis).toEqual([]);
  });

  it('refuses a figure out of range, an empty line, an unknown method and a line past the limit', () => {
    const sheet = new Worksheet(new Y.Doc());
    expect(sheet.setScale('peakFactor', 0.5)).toBe(false);
    expect(sheet.setScale('dailyActiveUsers', Number.NaN)).toBe(false);
    expect(sheet.addRequirement('   ')).toBe(false);
    expect(sheet.addApi('FETCH' as never, '/x', true)).toBe(false);
    for (let line = 0; line < MAX_LINES; line += 1) expect(sheet.addRequirement(`line ${line}`)).toBe(true);
    expect(sheet.addRequirement('one too many')).toBe(false);
    expect(parseScaleFigure('dailyActiveUsers', '10,000,000')).toBe(10_000_000);
    expect(parseScaleFigure('peakFactor', '0')).toBe('between 1 and 100');
    expect(parseScaleFigure('readsPerWrite', 'ten')).toBe('enter a number');
  });

  it("reads past a peer's malformed entries", () => {
    const doc = new Y.Doc();
    doc.getArray(WORKSHEET_TYPES.apis).push([{ id: 'a', method: 'GET', path: '/ok' }, { id: 'b', method: 'BREW', path: '/coffee' }, 'nonsense']);
    doc.getMap(WORKSHEET_TYPES.scale).set('dailyActiveUsers', 'a lot');
    doc.getMap(WORKSHEET_TYPES.scale).set('peakFactor', 1e9);
    const snapshot = new Worksheet(doc).snapshot();
    expect(snapshot.apis).toEqual([{ id: 'a', method: 'GET', path: '/ok', idempotent: false }]);
    expect(snapshot.scale).toEqual({ dailyActiveUsers: null, requestsPerUserPerDay: null, peakFactor: null, readsPerWrite: null });
  });

  it('turns the scale into the client load: the playbook worked example and the default peak factor', () => {
    // Section 5.3's template: 10 M DAU, 10 reads and 1 write a day, peak 3x: ~3,500 read and ~350 write req/s.
    const scale = { dailyActiveUsers: 10_000_000, requestsPerUserPerDay: 11, peakFactor: 3, readsPerWrite: 10 };
    expect(worksheetEntryLoad(scale)).toEqual({ dau: 10_000_000, actionsPerUser: 11, peakFactor: 3, readFraction: 10 / 11, rps: undefined });
    const noPeak = { ...scale, peakFactor: null, readsPerWrite: null };
    expect(worksheetEntryLoad(noPeak)).toEqual({ dau: 10_000_000, actionsPerUser: 11, peakFactor: DEFAULT_PEAK_FACTOR, rps: undefined });
    expect(worksheetEntryLoad({ ...scale, requestsPerUserPerDay: null })).toBeNull();
  });
});
