// Browser entry: mounts the app. Everything it needs (storage, relay URL) is handed down from here.
// The boot script comes first: on a board it has already asked for the board's access and dialled its socket.
import { bootedBoard, safeLocalStorage } from './boot/boardBoot';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './styles.css';
import { App, preloadBoardPage } from './app/App';
import { ErrorBoundary } from './app/ErrorBoundary';
import { relayUrlFor } from './sync/relayUrl';

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');

const render = () =>
  createRoot(root).render(
    <StrictMode>
      <ErrorBoundary>
        <App relayUrl={relayUrlFor(window.location)} storage={safeLocalStorage()} earlyAccess={bootedBoard?.access ?? null} earlySocket={bootedBoard?.socket ?? null} />
      </ErrorBoundary>
    </StrictMode>,
  );

// On a board, its code (preloaded by board.html) first; if it fails to load, the app's lazy load says why.
if (bootedBoard === null) render();
else void preloadBoardPage().then(render, render);
