import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRoomPath } from './room-path.js';
import { accessOf, canManageLinks, parseRole, roleTableMarkdown, ROLES } from './roles.js';

describe('the role table', () => {
  it('says what issue 13 asks, room by room', () => {
    const who = (room: 'board' | 'comments' | 'session' | 'notes', access: string): string[] =>
      ROLES.filter((role) => accessOf(role, room) === access);
    expect(who('board', 'write')).toEqual(['owner', 'editor', 'candidate', 'interviewer', 'practice']);
    expect(who('board', 'read')).toEqual(['commenter', 'viewer', 'observer']);
    expect(who('comments', 'write')).toEqual(['owner', 'editor', 'candidate', 'commenter', 'interviewer', 'practice']);
    expect(who('comments', 'read')).toEqual(['viewer', 'observer']);
    expect(who('session', 'write')).toEqual(['interviewer', 'practice']);
    expect(who('notes', 'write')).toEqual(['interviewer']);
    expect(who('notes', 'read')).toEqual([]);
    expect(ROLES.filter(canManageLinks)).toEqual(['owner']);
  });

  it('is copied into the server README as it is in code', () => {
    const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
    expect(readme).toContain(roleTableMarkdown());
  });

  it('parses only roles it has', () => {
    expect(parseRole('viewer')).toBe('viewer');
    expect(parseRole('toString')).toBeNull();
    expect(parseRole('__proto__')).toBeNull();
    expect(parseRole(7)).toBeNull();
  });
});

describe('room paths', () => {
  const id = 'AAAAAAAAAAAAAAAAAAAAAA';
  it('names the board and its other rooms', () => {
    expect(parseRoomPath(id)).toEqual({ boardId: id, room: 'board', key: id });
    expect(parseRoomPath(`${id}~notes`)).toEqual({ boardId: id, room: 'notes', key: `${id}~notes` });
    expect(parseRoomPath(`${id}~comments`)?.room).toBe('comments');
    expect(parseRoomPath(`${id}~session`)?.room).toBe('session');
  });
  it('refuses anything else', () => {
    for (const raw of [`${id}~board`, `${id}~`, `${id}~notes~notes`, `${id}~Notes`, '~notes', 'short~notes', `${id}/x`]) {
      expect(parseRoomPath(raw), raw).toBeNull();
    }
  });
});
