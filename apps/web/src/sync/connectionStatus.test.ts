import { describe, expect, it } from 'vitest';
import { deriveStatus, recordSocketState } from './connectionStatus';

describe('deriveStatus', () => {
  it('reports offline whenever the browser is offline, whatever the socket says', () => {
    for (const socket of ['connecting', 'connected', 'disconnected', 'refused'] as const) {
      expect(deriveStatus({ socket, browserOnline: false, everConnected: true })).toBe('offline');
    }
  });

  it('tells a first connection attempt from a reconnection', () => {
    expect(deriveStatus({ socket: 'connecting', browserOnline: true, everConnected: false })).toBe('connecting');
    expect(deriveStatus({ socket: 'connecting', browserOnline: true, everConnected: true })).toBe('reconnecting');
    expect(deriveStatus({ socket: 'disconnected', browserOnline: true, everConnected: true })).toBe('reconnecting');
  });

  it('reports a refusal by the relay as final, not as a reconnection', () => {
    expect(deriveStatus({ socket: 'refused', browserOnline: true, everConnected: true })).toBe('refused');
  });

  it('reports connected when the socket is open and the browser online', () => {
    expect(deriveStatus({ socket: 'connected', browserOnline: true, everConnected: true })).toBe('connected');
  });
});

describe('recordSocketState', () => {
  it('remembers a past connection through later drops', () => {
    let history = recordSocketState({ socket: 'connecting', everConnected: false }, 'connecting');
    expect(history.everConnected).toBe(false);
    history = recordSocketState(history, 'connected');
    history = recordSocketState(history, 'disconnected');
    history = recordSocketState(history, 'connecting');
    expect(history).toEqual({ socket: 'connecting', everConnected: true });
    expect(deriveStatus({ ...history, browserOnline: true })).toBe('reconnecting');
  });

  it('returns the same object when nothing changed, so React skips the render', () => {
    const history = { socket: 'connected', everConnected: true } as const;
    expect(recordSocketState(history, 'connected')).toBe(history);
  });
});
