import { describe, expect, it } from 'vitest';
import { deriveStatus, recordLimitClose, recordSocketState, STATUS_LABEL } from './connectionStatus';

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
    let history = recordSocketState({ socket: 'connecting', everConnected: false, limit: null }, 'connecting');
    expect(history.everConnected).toBe(false);
    history = recordSocketState(history, 'connected');
    history = recordSocketState(history, 'disconnected');
    history = recordSocketState(history, 'connecting');
    expect(history).toEqual({ socket: 'connecting', everConnected: true, limit: null });
    expect(deriveStatus({ ...history, browserOnline: true })).toBe('reconnecting');
  });

  it('returns the same object when nothing changed, so React skips the render', () => {
    const history = { socket: 'connected', everConnected: true, limit: null } as const;
    expect(recordSocketState(history, 'connected')).toBe(history);
  });
});

describe('how the relay closed the socket', () => {
  it('shows a close the relay made final in words, whatever else happens, but offline', () => {
    for (const socket of ['refused', 'revoked', 'board-full', 'change-too-large'] as const) {
      expect(deriveStatus({ socket, browserOnline: true, everConnected: true, limit: 'rate-limited' })).toBe(socket);
    }
    expect(STATUS_LABEL['board-full']).toMatch(/^This board is full.*not saved.*Delete components/);
  });

  it("names the relay's limit while reconnecting from it, and forgets it once connected", () => {
    let history = recordSocketState({ socket: 'connecting', everConnected: false, limit: null }, 'connected');
    history = recordLimitClose(history, 'rate-limited');
    history = recordSocketState(history, 'disconnected');
    expect(deriveStatus({ ...history, browserOnline: true })).toBe('rate-limited');
    history = recordSocketState(history, 'connecting');
    expect(deriveStatus({ ...history, browserOnline: true })).toBe('rate-limited');
    expect(deriveStatus({ ...history, browserOnline: false })).toBe('offline');
    history = recordSocketState(history, 'connected');
    expect(history.limit).toBeNull();
    // A later close that is no limit (the network) is a plain reconnection.
    history = recordLimitClose(recordSocketState(history, 'disconnected'), null);
    expect(deriveStatus({ ...history, browserOnline: true })).toBe('reconnecting');
  });
});
