// Who may do what, per room of a board: ONE table. A row is a role, a column a room; adding a role is adding
// a row (and, for the web app, a label). The relay reads this table on the WebSocket upgrade (which room a
// link may join, and whether it may write there) and on the HTTP routes (who may manage links). Roles live
// on the server with the links that carry them (capability stores), never in a shared document a peer
// could edit.

/** The rooms of one board, each its own Yjs document (see room-path.ts for their WebSocket paths). */
export const ROOM_KINDS = ['board', 'comments', 'session', 'notes'] as const;
export type RoomKind = (typeof ROOM_KINDS)[number];

/** `read`: receives the room and may publish presence; `write`: may also change it; `none`: never joins. */
export type Access = 'write' | 'read' | 'none';

export interface RoleRow {
  readonly rooms: Readonly<Record<RoomKind, Access>>;
  /** May make, list and revoke the board's links. */
  readonly manageLinks: boolean;
}

// board: the design itself; comments: annotations (a later issue); session: interview control (timer,
// what the candidate sees, interview mode); notes: the interviewer's private notes, invisible to others.
// An interviewer has everything a candidate has (the issue: they may draw too) plus the session controls and
// the notes; `practice` is one person's solo session: candidate and their own timekeeper, no private notes.
export const ROLE_TABLE = {
  owner: { rooms: { board: 'write', comments: 'write', session: 'read', notes: 'none' }, manageLinks: true },
  editor: { rooms: { board: 'write', comments: 'write', session: 'read', notes: 'none' }, manageLinks: false },
  candidate: { rooms: { board: 'write', comments: 'write', session: 'read', notes: 'none' }, manageLinks: false },
  commenter: { rooms: { board: 'read', comments: 'write', session: 'read', notes: 'none' }, manageLinks: false },
  interviewer: { rooms: { board: 'write', comments: 'write', session: 'write', notes: 'write' }, manageLinks: false },
  practice: { rooms: { board: 'write', comments: 'write', session: 'write', notes: 'none' }, manageLinks: false },
  viewer: { rooms: { board: 'read', comments: 'read', session: 'read', notes: 'none' }, manageLinks: false },
  observer: { rooms: { board: 'read', comments: 'read', session: 'read', notes: 'none' }, manageLinks: false },
} as const satisfies Record<string, RoleRow>;

export type Role = keyof typeof ROLE_TABLE;
export const ROLES = Object.keys(ROLE_TABLE) as readonly Role[];

/** What the bare URL of a board made before links existed grants (until its owner revokes it). */
export const LEGACY_ROLE: Role = 'editor';

export function parseRole(value: unknown): Role | null {
  return typeof value === 'string' && Object.hasOwn(ROLE_TABLE, value) ? (value as Role) : null;
}

export function parseRoomKind(value: unknown): RoomKind | null {
  return typeof value === 'string' && (ROOM_KINDS as readonly string[]).includes(value) ? (value as RoomKind) : null;
}

export function accessOf(role: Role, room: RoomKind): Access {
  return ROLE_TABLE[role].rooms[room];
}

export function canManageLinks(role: Role): boolean {
  return ROLE_TABLE[role].manageLinks;
}

/** The table as README markdown (a test keeps the README's copy equal to this one). */
export function roleTableMarkdown(): string {
  const header = `| role | ${ROOM_KINDS.join(' | ')} | manage links |`;
  const rule = `|${' --- |'.repeat(ROOM_KINDS.length + 2)}`;
  const rows = ROLES.map((role) => {
    const row: RoleRow = ROLE_TABLE[role];
    return `| ${role} | ${ROOM_KINDS.map((room) => row.rooms[room]).join(' | ')} | ${row.manageLinks ? 'yes' : 'no'} |`;
  });
  return [header, rule, ...rows].join('\n');
}
