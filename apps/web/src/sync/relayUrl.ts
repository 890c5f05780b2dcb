// Where the relay's y-websocket endpoint is for a page at `location`. Apart from createConnection.ts so
// the app's entry can compute it without loading Yjs (the landing page does not sync anything).
/** `ws://host/ws` for `http://host`, `wss://host/ws` for `https://host`. */
export function relayUrlFor(location: Pick<Location, 'protocol' | 'host'>): string {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}/ws`;
}

/**
 * The URL y-websocket's provider dials for a board (createConnection.ts): `<relay>/<id>`, the link as
 * `?k=`. The boot script dials the same URL early, and the provider takes that socket only if they match.
 */
export function boardSocketUrl(relayUrl: string, boardId: string, token: string | null): string {
  return `${relayUrl}/${boardId}${token === null ? '' : `?k=${encodeURIComponent(token)}`}`;
}
