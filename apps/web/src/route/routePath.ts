// The app's pages as a tagged union, parsed from and written to the URL path. Pure and free of React, so
// the board's boot script (boot/boardBoot.ts) can read the route before React has even arrived.

/** A board id as it appears in `/b/<id>`: URL-safe, long enough to be unguessable. */
export type BoardId = string & { readonly __brand: 'BoardId' };

export type Route =
  | { readonly page: 'landing' }
  /** The interview problem library: prompts only (issue 17). */
  | { readonly page: 'interviews' }
  | { readonly page: 'board'; readonly boardId: BoardId }
  | { readonly page: 'not-found'; readonly path: string };

/**
 * 22 base64url characters carry 132 bits; anything shorter cannot be one of our ids, and the
 * upper bound keeps a hostile URL from becoming a huge WebSocket room name.
 */
const BOARD_ID = /^[A-Za-z0-9_-]{22,64}$/;

export function parseBoardId(raw: string): BoardId | null {
  return BOARD_ID.test(raw) ? (raw as BoardId) : null;
}

export function parseRoute(pathname: string): Route {
  if (pathname === '/' || pathname === '') return { page: 'landing' };
  if (pathname === '/interviews' || pathname === '/interviews/') return { page: 'interviews' };
  const match = /^\/b\/([^/]+)\/?$/.exec(pathname);
  if (match?.[1] !== undefined) {
    // Not percent-decoded: a valid id is url-safe as it is, and decoding can throw on hostile input.
    const boardId = parseBoardId(match[1]);
    if (boardId !== null) return { page: 'board', boardId };
  }
  return { page: 'not-found', path: pathname };
}

export function pathOf(route: Route): string {
  switch (route.page) {
    case 'landing':
      return '/';
    case 'interviews':
      return '/interviews';
    case 'board':
      return `/b/${route.boardId}`;
    case 'not-found':
      return route.path;
    default:
      return assertNever(route);
  }
}

export function assertNever(value: never): never {
  throw new Error(`unexpected value: ${JSON.stringify(value)}`);
}
