// The status badges in the board's top bar, and the hooks that feed them: the connection status follows
// the provider's `status` events and the browser's online/offline events; the save status beside it
// follows the relay's answers (saveTracker.ts) and the clock, so a long wait turns into a warning.
import { useEffect, useState, useSyncExternalStore } from 'react';
import type { WebsocketProvider } from 'y-websocket';
import { deriveStatus, recordLimitClose, recordSocketState, STATUS_LABEL } from './connectionStatus';
import type { ConnectionStatus, SocketHistory, SocketState } from './connectionStatus';
import { deriveSaveStatus, nextStatusChangeIn, saveLabel } from './saveState';
import type { SaveStatus } from './saveState';
import type { SaveTracker } from './saveTracker';
import { finalCloseOf, limitCloseOf } from './relayCloses';

export function useConnectionStatus(provider: WebsocketProvider): ConnectionStatus {
  const [history, setHistory] = useState<SocketHistory>(() =>
    recordSocketState({ socket: 'connecting', everConnected: false, limit: null }, socketStateOf(provider)),
  );
  const [browserOnline, setBrowserOnline] = useState(() => navigator.onLine);

  useEffect(() => {
    const onStatus = ({ status }: { status: SocketState }) => setHistory((h) => recordSocketState(h, status));
    // Emitted after the last `status` when the relay closes with a code retrying cannot fix: y-websocket
    // gives up. What it means (revoked, board full, …) is said in words (relayCloses.ts).
    const onClosed = ({ code, reason }: { code: number; reason: string }) => {
      console.warn(`relay refused the connection (${code}${reason ? `: ${reason}` : ''})`);
      setHistory((h) => recordSocketState(h, finalCloseOf(code, reason)));
    };
    // Every close: one of the relay's limits (4429, 4408, 4409) is named while the tab reconnects.
    const onConnectionClose = (event: { code?: number; reason?: string } | null) => {
      const limit = limitCloseOf(event?.code);
      if (limit !== null) console.warn(`relay closed the connection (${event?.code ?? ''}: ${event?.reason ?? ''}); reconnecting`);
      setHistory((h) => recordLimitClose(h, limit));
    };
    provider.on('status', onStatus);
    provider.on('closed', onClosed);
    provider.on('connection-close', onConnectionClose);
    // The socket may have opened between the first render and this subscription.
    setHistory((h) => recordSocketState(h, socketStateOf(provider)));
    return () => {
      provider.off('status', onStatus);
      provider.off('closed', onClosed);
      provider.off('connection-close', onConnectionClose);
    };
  }, [provider]);

  useEffect(() => {
    const update = () => setBrowserOnline(navigator.onLine);
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);

  return deriveStatus({ ...history, browserOnline });
}

function socketStateOf(provider: WebsocketProvider): SocketState {
  if (provider.wsconnected) return 'connected';
  return provider.wsconnecting ? 'connecting' : 'disconnected';
}

export function StatusBadge({ status }: { readonly status: ConnectionStatus }) {
  return (
    <span className="status" data-testid="connection-status" data-status={status} role="status" aria-live="polite">
      {STATUS_LABEL[status]}
    </span>
  );
}

/**
 * Both badges with their own subscriptions: the socket opening or an edit being saved re-renders these two
 * spans, not the board that shows them (on a cold load the board re-rendered whole when it connected).
 */
export function ConnectionBadges({ provider, saves }: { readonly provider: WebsocketProvider; readonly saves: SaveTracker }) {
  const status = useConnectionStatus(provider);
  const saveStatus = useSaveStatus(saves);
  return (
    <>
      <StatusBadge status={status} />
      <SaveBadge status={saveStatus} />
    </>
  );
}

export function useSaveStatus(tracker: SaveTracker): SaveStatus {
  const state = useSyncExternalStore(tracker.subscribe, tracker.getState);
  // Bumped when the status would change with no event: the warning appearing, its seconds counting up.
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const delay = nextStatusChangeIn(state, Date.now());
    if (delay === null) return;
    const timer = setTimeout(() => setTick((count) => count + 1), delay);
    return () => clearTimeout(timer);
  }, [state, tick]);
  return deriveSaveStatus(state, Date.now());
}

export function SaveBadge({ status }: { readonly status: SaveStatus }) {
  return (
    <span className="status save-status" data-testid="save-status" data-save={status.kind} role="status" aria-live="polite">
      {saveLabel(status)}
    </span>
  );
}
