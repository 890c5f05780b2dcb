// The interview's two side rooms, each its own Y.Doc synced by its own y-websocket provider with the same
// link as the board: `<boardId>~session` (timer, mode, what the candidate sees: everyone in the session reads
// it, the interviewer writes it) and `<boardId>~notes` (the interviewer's private notes: the relay refuses
// every other role before it sends a byte). They reconnect and follow the browser's online state like the
// board's connection; a reader's provider never sends.
import type { InterviewSession } from '@napkin/doc';
import type { SessionSnapshot } from '@napkin/doc';
import { useEffect, useState } from 'react';
import type { RoomAccess } from '../access/accessApi';
import type { BoardId } from '../route/route';
import type { SideRoom } from '../sync/sideRoom';
import { openSideRoom } from '../sync/sideRoom';

export type { SideRoom } from '../sync/sideRoom';

/** Opens a side room while `enabled` and the link may read it; null otherwise. */
export function useSideRoom(boardId: BoardId, kind: 'session' | 'notes', relayUrl: string, token: string | null, access: RoomAccess, enabled: boolean): SideRoom | null {
  const [room, setRoom] = useState<SideRoom | null>(null);
  useEffect(() => {
    if (access === 'none' || !enabled) return undefined;
    const opened = openSideRoom(boardId, kind, relayUrl, token, access);
    setRoom(opened);
    return () => {
      setRoom(null);
      opened.close();
    };
  }, [boardId, kind, relayUrl, token, access, enabled]);
  return room;
}

/** Whether the room's first sync has arrived (a write before it could clash with what the relay holds). */
export function useSynced(room: SideRoom | null): boolean {
  const [synced, setSynced] = useState(false);
  useEffect(() => {
    if (room === null) {
      setSynced(false);
      return undefined;
    }
    const onSync = (isSynced: boolean) => setSynced(isSynced);
    setSynced(room.provider.synced);
    room.provider.on('sync', onSync);
    return () => room.provider.off('sync', onSync);
  }, [room]);
  return synced;
}

/** The session room's live snapshot. */
export function useSessionSnapshot(session: InterviewSession | null): SessionSnapshot | null {
  const [snapshot, setSnapshot] = useState<SessionSnapshot | null>(null);
  useEffect(() => {
    if (session === null) {
      setSnapshot(null);
      return undefined;
    }
    setSnapshot(session.snapshot());
    return session.observe(setSnapshot);
  }, [session]);
  return snapshot;
}
