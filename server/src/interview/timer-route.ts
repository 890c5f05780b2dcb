// POST /api/interviews/<boardId>/timer {"command": "start" | "pause" | "resume" | "advance" | "extend" | "end",
// "minutes"?: n}: the interview timer's commands, stamped by the relay. The timer stores moments (when the
// phase began, when it was paused or ended); a screen whose clock is minutes off must not be the one to say
// when "now" is, so the interviewer's screen names the command and the relay applies it at its own time
// (the pure functions of @napkin/doc's phaseTimer.ts) to the session room it holds, then stores and relays
// the new state to every screen like any edit. Commands reach a room one at a time (Room.write), so two
// quick "next phase" clicks move two phases. Only links that may write the session room (interviewer,
// practice) may run it; anyone else is told why.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { advanceTimer, endTimer, extendTimer, InterviewSession, pauseTimer, resumeTimer, startTimer } from '@napkin/doc';
import type { TimerState } from '@napkin/doc';
import type * as Y from 'yjs';
import type { BoardAccess } from '../access/board-access.js';
import { bearerTokenOf } from '../access/board-access.js';
import { BadRequest, readJsonBody, sendJson } from '../access/http-body.js';
import { accessOf } from '../access/roles.js';
import { roomKey } from '../access/room-path.js';
import type { BoardId } from '../board-id.js';
import { parseBoardId } from '../board-id.js';

const TIMER_PATH = /^\/api\/interviews\/([^/]+)\/timer$/;
export const TIMER_COMMANDS = ['start', 'pause', 'resume', 'advance', 'extend', 'end'] as const;
export type TimerCommandName = (typeof TIMER_COMMANDS)[number];
/** How far one "extend" may move a phase, either way. */
const MAX_EXTEND_MINUTES = 60;

export interface TimerCommand {
  readonly command: TimerCommandName;
  /** For "extend": whole minutes to add (negative takes time back). */
  readonly minutes: number;
}

/** The request body, checked; throws BadRequest saying what to send instead. */
export function parseTimerCommand(body: Record<string, unknown>): TimerCommand {
  const { command, minutes = 1 } = body;
  if (typeof command !== 'string' || !(TIMER_COMMANDS as readonly string[]).includes(command)) {
    throw new BadRequest(`command must be one of ${TIMER_COMMANDS.map((name) => `"${name}"`).join(', ')}`);
  }
  if (typeof minutes !== 'number' || !Number.isInteger(minutes) || Math.abs(minutes) > MAX_EXTEND_MINUTES) {
    throw new BadRequest(`minutes must be a whole number from -${MAX_EXTEND_MINUTES} to ${MAX_EXTEND_MINUTES}`);
  }
  return { command: command as TimerCommandName, minutes };
}

/** The new timer state after `command` at relay time `now` (unchanged when it does not apply, as the UI's own). */
export function applyTimerCommand(state: TimerState, { command, minutes }: TimerCommand, now: number): TimerState {
  switch (command) {
    case 'start':
      return startTimer(state, now);
    case 'pause':
      return pauseTimer(state, now);
    case 'resume':
      return resumeTimer(state, now);
    case 'advance':
      return advanceTimer(state, now);
    case 'extend':
      return extendTimer(state, minutes, now);
    case 'end':
      return endTimer(state, now);
  }
}

export interface TimerRouteOptions {
  readonly access: BoardAccess;
  /** The relay's own edit to a room (`Relay.writeRoom`). */
  readonly writeRoom: (key: BoardId, change: (doc: Y.Doc) => void) => Promise<boolean>;
  readonly now?: () => number;
}

export function createTimerRoute(options: TimerRouteOptions): (request: IncomingMessage, response: ServerResponse, url: URL) => Promise<boolean> {
  const now = (): number => options.now?.() ?? Date.now();

  const run = async (request: IncomingMessage, response: ServerResponse, boardId: BoardId): Promise<void> => {
    const verdict = await options.access.verdict(boardId, bearerTokenOf(request));
    if (verdict.kind === 'revoked') return sendJson(response, 410, { error: 'this link was revoked' });
    if (verdict.kind === 'none') return sendJson(response, 401, { error: "the session's interviewer or practice link is needed (Authorization: Bearer <token>)" });
    if (accessOf(verdict.link.role, 'session') !== 'write') {
      return sendJson(response, 403, { error: `a ${verdict.link.role} link cannot run the interview timer; the interviewer does` });
    }
    const command = parseTimerCommand(await readJsonBody(request));
    let timer: TimerState | null = null;
    let at = 0;
    // The stamp is taken inside the edit, so commands queued behind each other are stamped in their order.
    const written = await options.writeRoom(roomKey(boardId, 'session'), (doc) => {
      const session = new InterviewSession(doc);
      at = now();
      session.updateTimer((state) => applyTimerCommand(state, command, at));
      timer = session.snapshot().timer;
    });
    if (!written) return sendJson(response, 503, { error: 'the session could not be saved; try the command again in a moment' });
    sendJson(response, 200, { timer, now: at });
  };

  return async (request, response, url) => {
    const match = TIMER_PATH.exec(url.pathname);
    if (match === null) return false;
    const boardId = parseBoardId(match[1] ?? '');
    if (request.method !== 'POST') sendJson(response, 405, { error: 'POST a timer command' });
    else if (boardId === null) sendJson(response, 400, { error: 'that is not a board id' });
    else {
      try {
        await run(request, response, boardId);
      } catch (error) {
        if (!(error instanceof BadRequest)) throw error;
        sendJson(response, 400, { error: error.message });
      }
    }
    return true;
  };
}
