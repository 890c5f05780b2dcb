// A connection's saved requests wait for the appends started before them, and one answer (the newest id)
// goes out per moment of durability however many requests it satisfies.
import { describe, expect, it } from 'vitest';
import { SavedRequests } from './saved-requests.js';

describe('SavedRequests', () => {
  it('answers at once when nothing of the connection is pending', () => {
    const saves = new SavedRequests();
    expect(saves.ask(1)).toBe(1);
    saves.appendStarted();
    saves.appendDurable();
    expect(saves.ask(2)).toBe(2);
    expect(saves.anyWaiting).toBe(false);
  });

  it('holds a request until the appends started before it are durable', () => {
    const saves = new SavedRequests();
    saves.appendStarted();
    saves.appendStarted();
    expect(saves.ask(1)).toBeNull();
    expect(saves.anyWaiting).toBe(true);
    saves.appendDurable();
    expect(saves.takeAnswer()).toBeNull();
    saves.appendDurable();
    expect(saves.takeAnswer()).toBe(1);
    expect(saves.anyWaiting).toBe(false);
    expect(saves.takeAnswer()).toBeNull();
  });

  it('does not let appends started after a request hold it back', () => {
    const saves = new SavedRequests();
    saves.appendStarted();
    expect(saves.ask(1)).toBeNull();
    saves.appendStarted();
    expect(saves.ask(2)).toBeNull();
    saves.appendDurable();
    expect(saves.takeAnswer()).toBe(1);
    saves.appendDurable();
    expect(saves.takeAnswer()).toBe(2);
  });

  it('answers only the newest of the requests one commit satisfies', () => {
    const saves = new SavedRequests();
    for (let id = 1; id <= 3; id++) {
      saves.appendStarted();
      expect(saves.ask(id)).toBeNull();
    }
    saves.appendStarted();
    expect(saves.ask(4)).toBeNull();
    for (let i = 0; i < 3; i++) saves.appendDurable();
    expect(saves.takeAnswer()).toBe(3);
    saves.appendDurable();
    expect(saves.takeAnswer()).toBe(4);
  });

  it('a request answered at once also answers the older ones still waiting', () => {
    const saves = new SavedRequests();
    saves.appendStarted();
    expect(saves.ask(1)).toBeNull();
    saves.appendDurable();
    // The room answers after counting; a request that arrives first is answered for both.
    expect(saves.ask(2)).toBe(2);
    expect(saves.anyWaiting).toBe(false);
    expect(saves.takeAnswer()).toBeNull();
  });
});
