// Ties the relay connection to the browser's online state. When the browser says it is offline we
// close the socket ourselves: a socket can linger for a long time on a dead network, and edits
// sent into it would be lost in flight rather than kept in the doc. Going online reconnects at
// once instead of waiting out the provider's backoff; y-websocket then syncs the queued edits.

/** The part of a WebsocketProvider this needs. */
export interface Connectable {
  connect(): void;
  disconnect(): void;
}

export function followBrowserOnline(provider: Connectable, events: EventTarget, isOnline: () => boolean): () => void {
  const onOnline = () => provider.connect();
  const onOffline = () => provider.disconnect();
  events.addEventListener('online', onOnline);
  events.addEventListener('offline', onOffline);
  if (!isOnline()) provider.disconnect();
  return () => {
    events.removeEventListener('online', onOnline);
    events.removeEventListener('offline', onOffline);
  };
}
