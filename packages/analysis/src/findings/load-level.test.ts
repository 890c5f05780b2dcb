// The load rating the board colours its utilisation bars by is the linter's own: a component is hot
// exactly when `hot-component` names it, and saturated exactly when `saturated` does.
import { describe, expect, it } from 'vitest';
import { analyze, createEngine } from '../analyze';
import { client, makeBoard, service, sync } from '../../test/harness';
import { THRESHOLDS, loadLevel } from './rules';

const engine = createEngine();

describe('loadLevel', () => {
  it('is hot above THRESHOLDS.hot and saturated only on the queue’s verdict', () => {
    expect(loadLevel(THRESHOLDS.hot, false)).toBe('ok');
    expect(loadLevel(THRESHOLDS.hot + 0.001, false)).toBe('hot');
    expect(loadLevel(0.99, false)).toBe('hot');
    expect(loadLevel(0.2, true)).toBe('saturated');
  });

  it('agrees with the findings on boards at 50 %, 80 % and 150 % of capacity', () => {
    for (const rps of [500, 800, 1500]) {
      const board = makeBoard([client('user', { rps }), service('app', { capacityRps: 1000 })], [sync('user', 'app')]);
      const result = analyze(board, engine);
      const app = result.components.find((component) => component.id === 'app')!;
      const level = loadLevel(app.traffic.utilisation.value, app.saturated);
      const named = (id: string) => result.findings.some((finding) => finding.id === id && finding.components.includes(app.id));
      expect(level, `${rps} req/s`).toBe(rps === 500 ? 'ok' : rps === 800 ? 'hot' : 'saturated');
      expect(named('hot-component'), `${rps} req/s`).toBe(level === 'hot');
      expect(named('saturated'), `${rps} req/s`).toBe(level === 'saturated');
    }
  });
});
