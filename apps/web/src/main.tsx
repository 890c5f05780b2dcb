// Browser entry: mounts the app. Everything it needs (storage, relay URL) is handed down from here.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './styles.css';
import { askAccessEarly } from './access/earlyAccess';
import { tokenForBoard } from './access/linkStore';
import { App } from './app/App';
import { ErrorBoundary } from './app/ErrorBoundary';
import { parseRoute } from './route/route';
import { relayUrlFor } from './sync/relayUrl';

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');

const storage = safeLocalStorage();
// Opened on a board: what its link may do is asked now, while the board's code is still arriving.
const route = parseRoute(window.location.pathname);
const earlyAccess = route.page === 'board' ? askAccessEarly(route.boardId, tokenForBoard(storage, route.boardId, window.location.hash)) : null;

createRoot(root).render(
  <StrictMode>
    <ErrorBoundary>
      <App relayUrl={relayUrlFor(window.location)} storage={storage} earlyAccess={earlyAccess} />
    </ErrorBoundary>
  </StrictMode>,
);

/** `localStorage` itself can throw on access (e.g. when cookies are blocked). */
function safeLocalStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
