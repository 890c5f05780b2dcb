// A reader's connection: it never sends an update. The UI offers no way to change the board (BoardView's
// read-only mode), and as a second line the provider's document-update handler is detached here, so even a
// change made some other way stays in this tab instead of reaching the relay (which would close the socket
// with 4403). Its presence says it is viewing, so others can tell readers from writers.
import type { WebsocketProvider } from 'y-websocket';

export function holdReadOnly(provider: WebsocketProvider): void {
  provider.doc.off('update', provider._updateHandler);
  provider.awareness.setLocalStateField('viewing', true);
}
