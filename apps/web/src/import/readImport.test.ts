// What a paste or a drop is read as, before anything is written: a board file (refused whole when any
// part of it is bad, naming each problem and where), a Mermaid flowchart (also inside a Markdown block),
// or text the board leaves alone.
import { describe, expect, it } from 'vitest';
import { hintFromFileName, readImportText } from './readImport';

const file = {
  format: 'napkin-board',
  version: 1,
  components: [
    { id: 'users', kind: 'web-client', entry: { rps: 100 } },
    { id: 'api', kind: 'stateless-service', name: 'API' },
  ],
  calls: [{ id: 'c1', from: 'users', to: 'api', mode: 'sync' }],
  zones: [],
};

describe('readImportText', () => {
  it('reads a board file, the clipboard format', () => {
    const reading = readImportText(JSON.stringify(file, null, 2));
    expect(reading).toMatchObject({ kind: 'board', from: 'board file', unknownNames: [], warnings: [] });
    expect(reading.kind === 'board' && reading.file.components.map((component) => component.id)).toEqual(['users', 'api']);
  });

  it('refuses a board file with any bad part, naming each problem and where it is', () => {
    const bad = { ...file, components: [...file.components, { id: 'db', kind: 'relational-primary', params: { capacityRps: -5 } }], calls: [{ id: 'c1', from: 'users' }] };
    expect(readImportText(JSON.stringify(bad))).toEqual({
      kind: 'refused',
      title: 'The board file has 3 problems; nothing was imported',
      details: ['components[2].params.capacityRps: must be > 0', 'calls[0].to: must be an id', expect.stringMatching(/^calls\[0\]\.mode: must be one of sync, async/)],
    });
  });

  it('refuses a misspelt field or a percentage written as a fraction, saying what was meant', () => {
    const misspelt = { ...file, components: [file.components[0], { id: 'api', kind: 'stateless-service', params: { availabilty: 0.999 } }] };
    expect(readImportText(JSON.stringify(misspelt))).toEqual({
      kind: 'refused',
      title: 'The board file has a problem; nothing was imported',
      details: ['components[1].params.availabilty: unknown field; did you mean availability?'],
    });
    const percent = { ...file, components: [file.components[0], { id: 'api', kind: 'stateless-service', params: { availability: 99.95 } }] };
    const reading = readImportText(JSON.stringify(percent));
    expect(reading.kind === 'refused' && reading.details[0]).toMatch(/^components\[1\]\.params\.availability: must be a fraction between 0 and 1, e\.g\. 0\.9995; 99\.95 looks like a percentage/);
  });

  it('reads a kind written by its common name as the catalog kind, named after the product', () => {
    const reading = readImportText(JSON.stringify({ ...file, components: [...file.components, { id: 'db', kind: 'postgres' }] }));
    expect(reading.kind === 'board' && reading.file.components[2]).toEqual({ id: 'db', kind: 'relational-primary', name: 'PostgreSQL' });
  });

  it('refuses JSON that is not a board file, and text that is not JSON, saying so', () => {
    const notOurs = readImportText('{"hello": "world"}');
    expect(notOurs).toMatchObject({ kind: 'refused', title: 'This is not a Napkin board file; nothing was imported' });
    expect(notOurs.kind === 'refused' && notOurs.details[0]).toMatch(/^format: /);
    const broken = readImportText('{"format": "napkin-board", ');
    expect(broken).toMatchObject({ kind: 'refused', details: [expect.stringMatching(/^\(root\): not valid JSON/)] });
  });

  it('lists at most eight problems and counts the rest', () => {
    const many = { ...file, components: Array.from({ length: 12 }, (_, index) => ({ id: `c${index}`, kind: 'worker', instances: 0 })) };
    const reading = readImportText(JSON.stringify(many));
    expect(reading.kind === 'refused' && reading.details).toHaveLength(9);
    expect(reading.kind === 'refused' && reading.details.at(-1)).toBe('… and 4 more');
  });

  it('reads a Mermaid flowchart, alone or in a Markdown block, with the names it did not recognise', () => {
    const reading = readImportText('graph LR\n  users[Users] --> auth[Auth] --> db[(Postgres)]');
    expect(reading).toMatchObject({ kind: 'board', from: 'Mermaid flowchart', unknownNames: ['Auth'] });
    const markdown = readImportText('# Design\n\n```mermaid\nflowchart TD\n  a[API] --> b[(Redis)]\n```\n');
    expect(markdown.kind === 'board' && markdown.file.components.map((component) => component.kind)).toEqual(['stateless-service', 'in-memory-cache']);
  });

  it('refuses a malformed flowchart with each error and its line', () => {
    expect(readImportText('flowchart LR\n  a -->\n  b[oops')).toEqual({
      kind: 'refused',
      title: 'The Mermaid flowchart could not be read; nothing was imported',
      details: ['line 2, column 8: a link needs a node after it, found the end of the line', `line 3, column 5: the label of "b" is not closed: expected ']'`],
    });
  });

  it('leaves other text alone', () => {
    expect(readImportText('just some words')).toEqual({ kind: 'not-ours' });
    expect(readImportText('')).toEqual({ kind: 'not-ours' });
  });

  it('takes a file name ending as what the file holds', () => {
    expect(hintFromFileName('board.JSON')).toBe('board file');
    expect(hintFromFileName('flow.mmd')).toBe('Mermaid flowchart');
    expect(hintFromFileName('notes.txt')).toBeUndefined();
    expect(readImportText('graph LR\n a --> b', 'board file')).toMatchObject({ kind: 'refused', title: 'This is not a Napkin board file; nothing was imported' });
  });
});
