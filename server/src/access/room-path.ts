// Which room a WebSocket joins, from the last segment of its path: `/ws/<boardId>` is the board itself,
// `/ws/<boardId>~comments`, `~session` and `~notes` are the board's other rooms, each its own Yjs document.
// `~` cannot appear in a board id, so no board id can name another board's room. The storage key of a room
// is the same string (`<boardId>` or `<boardId>~<kind>`): rooms are stored, relayed and fanned out exactly
// like boards, and access to all of them hangs off the board's links.
import { parseBoardId } from '../board-id.js';
import type { BoardId } from '../board-id.js';
import type { RoomKind } from './roles.js';
import { parseRoomKind } from './roles.js';

export const ROOM_SEPARATOR = '~';

export interface RoomTarget {
  readonly boardId: BoardId;
  readonly room: RoomKind;
  /** What storage, presence and fan-out key the room by (branded like a board id: they take either). */
  readonly key: BoardId;
}

/** A room's storage key: `<boardId>` or `<boardId>~<kind>` (ASCII, at most 73 characters). */
export const ROOM_KEY_PATTERN = /^[A-Za-z0-9_-]{16,64}(?:~(?:comments|session|notes))?$/;

export function parseRoomPath(raw: string): RoomTarget | null {
  const at = raw.indexOf(ROOM_SEPARATOR);
  const boardId = parseBoardId(at === -1 ? raw : raw.slice(0, at));
  if (boardId === null) return null;
  if (at === -1) return { boardId, room: 'board', key: boardId };
  const room = parseRoomKind(raw.slice(at + 1));
  if (room === null || room === 'board') return null;
  return { boardId, room, key: roomKey(boardId, room) };
}

export function roomKey(boardId: BoardId, room: RoomKind): BoardId {
  return (room === 'board' ? boardId : `${boardId}${ROOM_SEPARATOR}${room}`) as BoardId;
}

/** A storage key read back from disk or Redis: a board id or a room key, else null. */
export function parseStorageKey(value: string): BoardId | null {
  return ROOM_KEY_PATTERN.test(value) ? (value as BoardId) : null;
}
