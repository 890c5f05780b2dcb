import { describe, expect, it } from 'vitest';
import { createGuideStore } from './guideStore';

describe('createGuideStore', () => {
  it('tells its listeners of each new list of guides, and not of an empty list after an empty one', () => {
    const store = createGuideStore();
    let calls = 0;
    const stop = store.subscribe(() => (calls += 1));
    store.set([]);
    expect(calls).toBe(0);
    const guides = [{ axis: 'x' as const, at: 320, from: 0, to: 120 }];
    store.set(guides);
    expect(store.get()).toBe(guides);
    expect(calls).toBe(1);
    store.set([]);
    store.set([]);
    expect(store.get()).toEqual([]);
    expect(calls).toBe(2);
    stop();
    store.set(guides);
    expect(calls).toBe(2);
  });
});
