// The what-if flags the picture draws: a component's own mark first, then its zone's, then an entry point's surge.
import { describe, expect, it } from 'vitest';
import type { BoardFile } from '@napkin/analysis';
import { whatIfFlags } from '../src/scene/whatIf';

const board = (components: BoardFile['components'], zones: BoardFile['zones'] = []): BoardFile => ({ format: 'napkin-board', version: 1, components, calls: [], zones });

describe('what-if flags', () => {
  it("flags an entry point's surge with its factor, and nothing for a factor of 1", () => {
    const flags = whatIfFlags(board([
      { id: 'web', kind: 'web-client', entry: { rps: 100 }, whatIf: { trafficFactor: 5 } },
      { id: 'app', kind: 'web-client', whatIf: { trafficFactor: 1 } },
    ]));
    expect(flags.get('web')).toBe('WHAT-IF: TRAFFIC ×5');
    expect(flags.has('app')).toBe(false);
  });

  it('a down mark or a lost zone wins over a surge on the same component', () => {
    const flags = whatIfFlags(board(
      [
        { id: 'a', kind: 'web-client', whatIf: { down: true, trafficFactor: 5 } },
        { id: 'b', kind: 'web-client', zone: 'az', whatIf: { trafficFactor: 5 } },
      ],
      [{ id: 'az', level: 'availability-zone', down: true }],
    ));
    expect(flags.get('a')).toBe('WHAT-IF: DOWN');
    expect(flags.get('b')).toBe('WHAT-IF: ZONE DOWN');
  });
});
