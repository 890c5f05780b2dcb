// Browser entry: mounts the app. Everything it needs (storage, relay URL) is handed down from here.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './styles.css';
import { App } from './app/App';
import { ErrorBoundary } from './app/ErrorBoundary';
import { relayUrlFor } from './sync/relayUrl';

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <ErrorBoundary>
      <App relayUrl={relayUrlFor(window.location)} storage={safeLocalStorage()} />
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
