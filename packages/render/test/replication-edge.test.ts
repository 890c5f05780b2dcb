// A replication call (issue 15) is drawn as what it is: a green dotted line labelled "replica", not a
// grey request call; an asynchronous one keeps its "async" chip.
import { describe, expect, it } from 'vitest';
import type { BoardFile } from '@napkin/analysis';
import { svgOf } from '../src/index';
import { analysed } from './boards';
import { groupOf, textsOf } from './svgGroups';

const board: BoardFile = {
  format: 'napkin-board',
  version: 1,
  components: [
    { id: 'users', kind: 'web-client', entry: { rps: 100 } },
    { id: 'api', kind: 'stateless-service' },
    { id: 'queue', kind: 'message-queue' },
    { id: 'db', kind: 'relational-primary' },
    { id: 'replica', kind: 'relational-read-replica' },
  ],
  calls: [
    { id: 'in', from: 'users', to: 'api', mode: 'sync' },
    { id: 'publish', from: 'api', to: 'queue', mode: 'async' },
    { id: 'write', from: 'api', to: 'db', mode: 'sync' },
    { id: 'copy', from: 'db', to: 'replica', mode: 'replication' },
  ],
  zones: [],
};

describe('call edges by mode', () => {
  const { file, result } = analysed(board);
  const svg = svgOf(file, result);

  it('labels a replication call "replica" and draws it dotted in green', () => {
    const group = groupOf(svg, 'call-copy') ?? '';
    expect(textsOf(group).map((text) => text.text)).toContain('replica');
    expect(group).toContain('#2b8a3e');
    expect(group).toMatch(/stroke-dasharray="2[ ,]3"/);
  });

  it('keeps "async" on a publish and no chip on a plain call', () => {
    expect(textsOf(groupOf(svg, 'call-publish') ?? '').map((text) => text.text)).toContain('async');
    expect(textsOf(groupOf(svg, 'call-write') ?? '').map((text) => text.text)).not.toContain('replica');
  });
});
