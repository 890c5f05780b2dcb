// The app shell: picks the page for the current URL, and holds what outlives a page: files the home
// page opened new boards for, until those boards have synced and written them.
import { useState } from 'react';
import { createPendingImports } from '../import/pendingImport';
import { BoardPage } from '../page/BoardPage';
import { LandingPage } from '../landing/LandingPage';
import { ProblemLibrary } from '../library/ProblemLibrary';
import type { NameStorage } from '../presence/identity';
import { assertNever, useRoute } from '../route/route';

export interface AppProps {
  /** Where the relay's y-websocket endpoint lives, e.g. `ws://localhost:8080/ws`. */
  readonly relayUrl: string;
  readonly storage: NameStorage | null;
}

export function App({ relayUrl, storage }: AppProps) {
  const { route, navigate } = useRoute();
  const [pendingImports] = useState(createPendingImports);
  switch (route.page) {
    case 'landing':
      return <LandingPage storage={storage} pendingImports={pendingImports} onOpenBoard={(boardId) => navigate({ page: 'board', boardId })} onOpenInterviews={() => navigate({ page: 'interviews' })} />;
    case 'interviews':
      return <ProblemLibrary onHome={() => navigate({ page: 'landing' })} />;
    case 'board':
      // Keyed by id so moving to another board builds a fresh doc and connection.
      return <BoardPage key={route.boardId} boardId={route.boardId} relayUrl={relayUrl} storage={storage} pendingImports={pendingImports} />;
    case 'not-found':
      return (
        <main className="landing">
          <h1>Not found</h1>
          <p>
            There is no page at <code>{route.path}</code>.{' '}
            <a href="/" onClick={(e) => { e.preventDefault(); navigate({ page: 'landing' }); }}>Start over</a>
          </p>
        </main>
      );
    default:
      return assertNever(route);
  }
}
