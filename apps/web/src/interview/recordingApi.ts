// A session's recording, from the relay (server/src/interview/recording/recording-route.ts): whether the
// session is recorded (every link of the session may ask), and the replay itself, which the relay serves
// to the interviewer's link only. Answers are parsed, not trusted: a frame that does not read is left out.
import type { BoardFile } from '@napkin/analysis';
import type { FlowFigures, Replay, ReplayFrame } from '@napkin/doc';
import type { Fetched } from './rubricApi';

const recordingPath = (boardId: string): string => `/api/interviews/${encodeURIComponent(boardId)}/recording`;

async function call(path: string, token: string, method: 'GET' | 'DELETE' = 'GET'): Promise<Fetched<Record<string, unknown>>> {
  try {
    const response = await fetch(path, { method, headers: { Authorization: `Bearer ${token}` }, cache: 'no-store' });
    const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
    if (!response.ok) return { ok: false, error: typeof body.error === 'string' ? body.error : `HTTP ${response.status}` };
    return { ok: true, value: body };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

export async function fetchRecordingStatus(boardId: string, token: string): Promise<Fetched<boolean>> {
  const answer = await call(`${recordingPath(boardId)}/status`, token);
  return answer.ok ? { ok: true, value: answer.value.recording === true } : answer;
}

export async function fetchReplay(boardId: string, token: string): Promise<Fetched<Replay>> {
  const answer = await call(recordingPath(boardId), token);
  if (!answer.ok) return answer;
  return { ok: true, value: parseReplay(answer.value) };
}

export async function deleteRecording(boardId: string, token: string): Promise<Fetched<true>> {
  const answer = await call(recordingPath(boardId), token, 'DELETE');
  return answer.ok ? { ok: true, value: true } : answer;
}

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const numberOrNull = (value: unknown): number | null => (isNumber(value) ? value : null);

/** The relay's replay read back; a field an older relay did not send gets its neutral value. */
export function parseReplay(body: Record<string, unknown>): Replay {
  const snapshots = Array.isArray(body.snapshots) ? (body.snapshots as BoardFile[]) : [];
  const frames = (Array.isArray(body.frames) ? (body.frames as unknown[]) : []).flatMap((raw, index): ReplayFrame[] => {
    if (typeof raw !== 'object' || raw === null) return [];
    const frame = raw as Record<string, unknown>;
    if (!isNumber(frame.time) || !isNumber(frame.phase) || !isNumber(frame.snapshot) || snapshots[frame.snapshot] === undefined) return [];
    const figures = (Array.isArray(frame.figures) ? (frame.figures as unknown[]) : []).flatMap((item): FlowFigures[] => {
      if (typeof item !== 'object' || item === null) return [];
      const f = item as Record<string, unknown>;
      if (typeof f.name !== 'string' || !isNumber(f.availabilityPercent)) return [];
      return [{
        entry: typeof f.entry === 'string' ? f.entry : '', name: f.name, p50Ms: numberOrNull(f.p50Ms), p99Ms: numberOrNull(f.p99Ms), budgetMs: numberOrNull(f.budgetMs) ?? 0,
        withinBudget: f.withinBudget === true, availabilityPercent: f.availabilityPercent, objectivePercent: numberOrNull(f.objectivePercent) ?? 0, meetsObjective: f.meetsObjective === true,
      }];
    });
    const phaseTitle = typeof frame.phaseTitle === 'string' ? frame.phaseTitle : `Phase ${frame.phase + 1}`;
    return [{
      n: numberOrNull(frame.n) ?? index, time: frame.time, reason: frame.reason === 'interval' ? 'interval' : 'phase', phase: frame.phase, phaseTitle,
      ended: frame.ended === true, snapshot: frame.snapshot, figures,
    }];
  });
  const issues = Array.isArray(body.issues) ? body.issues.filter((issue): issue is string => typeof issue === 'string') : [];
  return { startedAt: numberOrNull(body.startedAt), frames, snapshots, updates: numberOrNull(body.updates) ?? 0, issues };
}

/** Where the scrubber marks a new phase: the frames whose phase differs from the frame before. */
export function phaseBoundaries(frames: readonly ReplayFrame[]): number[] {
  return frames.flatMap((frame, index) => (index === 0 || frames[index - 1]?.phaseTitle !== frame.phaseTitle ? [index] : []));
}
