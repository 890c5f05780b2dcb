// Everything a board view needs of an interview session, for links whose role takes part in one (candidate,
// interviewer, observer, practice): the session room and its live snapshot, the relay's clock, whether the
// time is up, what this screen shows of the analysis, the private notes room (interviewer only) and, on the
// browser that started the session, its links. The relay sets the session room up (mode, problem) when it
// makes the session; a session made before that is set up by the person running it on first open (nothing
// is written before the room's first sync, and a room that has its meta keeps it).
import { DEFAULT_VIEWS, InterviewSession, readTimer } from '@napkin/doc';
import type { Board, CandidateView, SessionSnapshot } from '@napkin/doc';
import { useEffect, useMemo, useState } from 'react';
import type { RoomAccess } from '../access/accessApi';
import type { NameStorage } from '../presence/identity';
import type { BoardId } from '../route/route';
import { SESSION_ROLE_NAMES, viewForRole } from '../analysis/candidateView';
import type { CreatedSession } from './interviewApi';
import { rememberedSession } from './interviewStore';
import type { SideRoom } from './sessionRooms';
import { useSessionSnapshot, useSideRoom, useSynced } from './sessionRooms';
import type { ServerClock } from './useServerClock';
import { useServerClock } from './useServerClock';

export interface InterviewInputs {
  readonly boardId: BoardId;
  readonly relayUrl: string;
  readonly token: string | null;
  readonly role: string;
  readonly sessionAccess: RoomAccess;
  /** The link's access to the board itself: the worksheet (in the board's doc) is editable with 'write'. */
  readonly boardAccess?: RoomAccess;
  readonly notesAccess: RoomAccess;
  readonly storage: NameStorage | null;
  /** The session's board (the rubric asks the relay again when it changes). */
  readonly board?: Board;
}

export interface Interview {
  readonly boardId: BoardId;
  readonly token: string | null;
  readonly board: Board | undefined;
  readonly role: string;
  /** May edit the board, hence the worksheet (candidate, interviewer, practice; not an observer). */
  readonly boardWritable: boolean;
  readonly session: InterviewSession | null;
  readonly snapshot: SessionSnapshot | null;
  /** May run the timer and choose what the candidate sees. */
  readonly controls: boolean;
  readonly clock: ServerClock;
  readonly timeUp: boolean;
  readonly view: CandidateView;
  /** What the candidate sees when the interviewer has not chosen (the mode's default). */
  readonly defaultView: CandidateView;
  readonly notes: SideRoom | null;
  /** The session's links, on the browser that started it. */
  readonly links: CreatedSession | null;
}

export function useInterview(inputs: InterviewInputs): Interview | null {
  const { boardId, relayUrl, token, role, sessionAccess, notesAccess, storage, board, boardAccess } = inputs;
  const inSession = SESSION_ROLE_NAMES.includes(role);
  const room = useSideRoom(boardId, 'session', relayUrl, token, sessionAccess, inSession);
  const notes = useSideRoom(boardId, 'notes', relayUrl, token, notesAccess, inSession);
  const session = useMemo(() => (room === null ? null : new InterviewSession(room.ydoc)), [room]);
  const snapshot = useSessionSnapshot(session);
  const synced = useSynced(room);
  // Only a session's timer reads the relay's clock: a plain board asks nothing (on a cold load those five
  // round trips ran beside the board's socket handshake, and the answer re-rendered the board).
  const clock = useServerClock(inSession);
  const timeUp = useTimeUp(snapshot, clock);
  const links = useMemo(() => rememberedSession(storage, boardId), [storage, boardId]);

  useEffect(() => {
    if (session === null || !synced || room?.writable !== true || snapshot?.meta !== null) return;
    const mode = role === 'practice' ? 'practice' : 'interview';
    session.initialise({ mode, problemId: links?.problemId ?? null });
  }, [session, synced, room, snapshot, role, links]);

  const view = useMemo(() => viewForRole(role, snapshot, timeUp), [role, snapshot, timeUp]);
  if (!inSession) return null;
  const defaultView = DEFAULT_VIEWS[snapshot?.meta?.mode ?? 'interview'];
  return { boardId, token, board, role, boardWritable: boardAccess === 'write', session, snapshot, controls: room?.writable === true, clock, timeUp, view, defaultView, notes, links };
}

/** Whether the session's time is up, checked each second (a state change only when it flips). */
function useTimeUp(snapshot: SessionSnapshot | null, clock: ServerClock): boolean {
  const [timeUp, setTimeUp] = useState(false);
  useEffect(() => {
    // Outside a session nothing can run out: no interval (its setState each second re-rendered the board
    // view now and then, in the middle of drags on a plain board).
    if (snapshot === null) {
      setTimeUp(false);
      return undefined;
    }
    const check = () => setTimeUp(readTimer(snapshot.timer, clock.now()).timeUp);
    check();
    const timer = window.setInterval(check, 1000);
    return () => window.clearInterval(timer);
  }, [snapshot, clock]);
  return timeUp;
}
