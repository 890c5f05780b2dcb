import { describe, expect, it } from 'vitest';
import { followBrowserOnline } from './createConnection';

function recordingProvider() {
  const calls: string[] = [];
  return { calls, connect: () => void calls.push('connect'), disconnect: () => void calls.push('disconnect') };
}

describe('followBrowserOnline', () => {
  it('disconnects when the browser goes offline and reconnects when it is back', () => {
    const provider = recordingProvider();
    const events = new EventTarget();
    followBrowserOnline(provider, events, () => true);
    expect(provider.calls).toEqual([]);

    events.dispatchEvent(new Event('offline'));
    events.dispatchEvent(new Event('online'));
    expect(provider.calls).toEqual(['disconnect', 'connect']);
  });

  it('starts disconnected when the browser is already offline', () => {
    const provider = recordingProvider();
    followBrowserOnline(provider, new EventTarget(), () => false);
    expect(provider.calls).toEqual(['disconnect']);
  });

  it('stops following once cleaned up', () => {
    const provider = recordingProvider();
    const events = new EventTarget();
    const stop = followBrowserOnline(provider, events, () => true);
    stop();
    events.dispatchEvent(new Event('offline'));
    expect(provider.calls).toEqual([]);
  });
});
