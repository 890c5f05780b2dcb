// Issue 15: a solid link means what the arrow usually means between its two kinds. Into a queue,
// stream or pub/sub topic it is a publish (async), from a store into its replica replication; dotted is
// async and thick sync whatever they join, so the export writes whichever keeps the mode.
import type { BoardFile } from '@napkin/fields';
import { describe, expect, it } from 'vitest';
import { toMermaid } from './export/toMermaid.js';
import { parseMermaid } from './parseMermaid.js';

function read(text: string): BoardFile {
  const result = parseMermaid(text);
  expect(result.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  if (result.board === null) throw new Error('no board');
  return result.board;
}
const modes = (board: BoardFile) => board.calls.map(({ from, to, mode }) => `${from}>${to} ${mode}`);

describe('call modes in Mermaid', () => {
  it('reads api --> queue --> worker as a publish and a delivery', () => {
    const board = read('flowchart LR\n  api[Orders API] --> queue[[Jobs queue]] --> worker[Mailer worker]\n  api --> topic[SNS topic]');
    expect(modes(board)).toEqual(['api>queue async', 'queue>worker sync', 'api>topic async']);
  });

  it('reads a store into its replica as replication, and thick or dotted links as written', () => {
    const board = read('flowchart LR\n  db[(Postgres)] --> replica[(Read replica)]\n  api[API] ==> queue[[Queue]]\n  api -.-> audit[Audit service]\n  api --> db');
    expect(modes(board)).toEqual(['db>replica replication', 'api>queue sync', 'api>audit async', 'api>db sync']);
  });

  it('writes each mode so that it reads back the same', () => {
    const board: BoardFile = {
      format: 'napkin-board',
      version: 1,
      components: [
        { id: 'api', kind: 'stateless-service' },
        { id: 'queue', kind: 'message-queue' },
        { id: 'db', kind: 'relational-primary' },
        { id: 'replica', kind: 'relational-read-replica' },
      ],
      calls: [
        { id: 'c1', from: 'api', to: 'queue', mode: 'async' },
        { id: 'c2', from: 'api', to: 'queue', mode: 'sync' },
        { id: 'c3', from: 'db', to: 'replica', mode: 'replication' },
        { id: 'c4', from: 'api', to: 'db', mode: 'sync' },
      ],
      zones: [],
    };
    const text = toMermaid(board);
    expect(text).toContain('api -.-> queue');
    expect(text).toContain('api ==> queue');
    expect(text).toContain('db --> replica');
    expect(text).toContain('api --> db');
    expect(modes(read(text))).toEqual(modes(board));
  });
});
