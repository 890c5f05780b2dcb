import { describe, expect, it } from 'vitest';
import { deriveStatus } from './connectionStatus';

describe('deriveStatus', () => {
  it('reports offline whenever the browser is offline, whatever the socket says', () => {
    for (const socket of ['connecting', 'connected', 'disconnected'] as const) {
      expect(deriveStatus({ socket, browserOnline: false, everConnected: true })).toBe('offline');
    }
  });

  it('tells a first connection attempt from a reconnection', () => {
    expect(deriveStatus({ socket: 'connecting', browserOnline: true, everConnected: false })).toBe('connecting');
    expect(deriveStatus({ socket: 'connecting', browserOnline: true, everConnected: true })).toBe('reconnecting');
    expect(deriveStatus({ socket: 'disconnected', browserOnline: true, everConnected: true })).toBe('reconnecting');
  });

  it('reports connected when the socket is open and the browser online', () => {
    expect(deriveStatus({ socket: 'connected', browserOnline: true, everConnected: true })).toBe('connected');
  });
});
