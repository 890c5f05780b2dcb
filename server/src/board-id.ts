// Board ids arrive in URLs from anyone, so they are validated once at the boundary and branded;
// the pattern also keeps them safe to use as a directory name on disk.

export type BoardId = string & { readonly __brand: 'BoardId' };

export const BOARD_ID_PATTERN = /^[A-Za-z0-9_-]{16,64}$/;

export function parseBoardId(value: string): BoardId | null {
  return BOARD_ID_PATTERN.test(value) ? (value as BoardId) : null;
}
