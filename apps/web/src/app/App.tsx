// The app shell: picks the page for the current URL, and holds what outlives a page: files the home
// page opened new boards for, until those boards have synced and written them. The board and the
// problem library load as their own chunks when first opened, so the landing page stays small.
import { lazy, Suspense, useState } from 'react';
import type { EarlyAccess } from '../access/earlyAccess';
import { createPendingImports } from '../import/pendingImport';
import { LandingPage } from '../landing/LandingPage';
import type { BoardPage as BoardPageType } from '../page/BoardPage';
import type { NameStorage } from '../presence/identity';
import type { EarlySocket } from '../sync/earlySocket';
import { assertNever, useRoute } from '../route/route';

const LazyBoardPage = lazy(async () => ({ default: (await import('../page/BoardPage')).BoardPage }));
let loadedBoardPage: typeof BoardPageType | null = null;

/**
 * Loads the board page's code before the app's first render (main.tsx, on a board's address): the app then
 * renders the board at once, where React.lazy would first commit "Loading…" and render again a frame later.
 */
export async function preloadBoardPage(): Promise<void> {
  loadedBoardPage = (await import('../page/BoardPage')).BoardPage;
}
const ProblemLibrary = lazy(async () => ({ default: (await import('../library/ProblemLibrary')).ProblemLibrary }));

/** Shown while a page's code arrives (a fraction of a second on a warm connection). */
function PageLoading() {
  return (
    <main className="page-loading" aria-busy="true">
      <p>Loading…</p>
    </main>
  );
}

export interface AppProps {
  /** Where the relay's y-websocket endpoint lives, e.g. `ws://localhost:8080/ws`. */
  readonly relayUrl: string;
  readonly storage: NameStorage | null;
  /** The access of the board the page was opened on, already asked of the relay (main.tsx). */
  readonly earlyAccess?: EarlyAccess | null;
  /** The socket of the board the page was opened on, already dialled (boot/boardBoot.ts). */
  readonly earlySocket?: EarlySocket | null;
}

export function App({ relayUrl, storage, earlyAccess = null, earlySocket = null }: AppProps) {
  const { route, navigate } = useRoute();
  const [pendingImports] = useState(createPendingImports);
  switch (route.page) {
    case 'landing':
      return <LandingPage storage={storage} pendingImports={pendingImports} onOpenBoard={(boardId) => navigate({ page: 'board', boardId })} onOpenInterviews={() => navigate({ page: 'interviews' })} />;
    case 'interviews':
      return (
        <Suspense fallback={<PageLoading />}>
          <ProblemLibrary onHome={() => navigate({ page: 'landing' })} />
        </Suspense>
      );
    case 'board': {
      // Loaded before the first render or not, the same component type for the app's whole life.
      const BoardPage = loadedBoardPage ?? LazyBoardPage;
      // Keyed by id so moving to another board builds a fresh doc and connection.
      return (
        <Suspense fallback={<PageLoading />}>
          <BoardPage key={route.boardId} boardId={route.boardId} relayUrl={relayUrl} storage={storage} pendingImports={pendingImports} earlyAccess={earlyAccess} earlySocket={earlySocket} />
        </Suspense>
      );
    }
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
