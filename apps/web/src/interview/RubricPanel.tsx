// The rubric on the interviewer's screen (and on a practice screen once the time is up): the problem's points
// with the board's automatic verdict and its evidence (asked of the relay again a moment after the board
// changes), and, where the private notes room is open, the interviewer's score 1-4, note and override per point.
import type { Board } from '@napkin/doc';
import { useEffect, useState } from 'react';
import type { RubricPointView, RubricVerdict } from './rubricApi';
import { fetchRubricPoints, fetchRubricVerdicts } from './rubricApi';
import type { PointScore } from './rubricScores';
import { NO_SCORE, readScores, rubricMap, writeScore } from './rubricScores';
import type { SideRoom } from './sessionRooms';

const RECHECK_AFTER_MS = 1500;
const SCORES = [1, 2, 3, 4] as const;

export interface RubricPanelProps {
  readonly problemId: string;
  readonly boardId: string;
  readonly token: string;
  readonly board: Board | undefined;
  /** The private notes room, where scores live; null: verdicts only (practice). */
  readonly notes: SideRoom | null;
}

export function RubricPanel({ problemId, boardId, token, board, notes }: RubricPanelProps) {
  const [points, setPoints] = useState<RubricPointView[] | string | null>(null);
  const verdicts = useVerdicts(problemId, boardId, token, board);
  const scores = useScores(notes);
  useEffect(() => {
    let live = true;
    void fetchRubricPoints(problemId, boardId, token).then((answer) => live && setPoints(answer.ok ? answer.value : answer.error));
    return () => {
      live = false;
    };
  }, [problemId, boardId, token]);
  if (points === null) return <p className="hint">Loading the rubric…</p>;
  if (typeof points === 'string') return <p className="hint" data-testid="rubric-error">The rubric is not available: {points}</p>;
  const names = new Map<string, string>((board?.snapshot().components ?? []).map((component) => [component.id, component.name]));
  return (
    <section className="rubric" data-testid="rubric" aria-label="Rubric">
      <h3>Rubric</h3>
      <ol>
        {points.map((point) => {
          const verdict = verdicts.get(point.id);
          const score = scores.get(point.id) ?? NO_SCORE;
          const status = score.override ?? verdict?.status ?? (point.automatic ? 'checking' : 'not-judgeable');
          return (
            <li key={point.id} data-testid={`rubric-${point.id}`} data-status={status}>
              <span className={`rubric-status ${status}`}>{statusLabel(status, score.override !== null)}</span> {point.title}
              {verdict?.componentId != null && score.override === null && (
                <span className="hint"> ({names.get(verdict.componentId) ?? verdict.componentId}{verdict.figure === null ? '' : `, ${verdict.figure}`})</span>
              )}
              {notes?.writable === true && <ScoreControls point={point} verdict={verdict} score={score} room={notes} />}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

function ScoreControls({ point, verdict, score, room }: { point: RubricPointView; verdict: RubricVerdict | undefined; score: PointScore; room: SideRoom }) {
  return (
    <div className="rubric-score">
      {SCORES.map((value) => (
        <button key={value} type="button" aria-pressed={score.score === value} data-testid={`score-${point.id}-${value}`} onClick={() => writeScore(room.ydoc, point.id, { score: value })}>
          {value}
        </button>
      ))}
      {point.automatic && (
        <select
          aria-label="Override the board's verdict"
          value={score.override ?? ''}
          onChange={(event) => writeScore(room.ydoc, point.id, { override: event.target.value === 'met' || event.target.value === 'missing' ? event.target.value : null })}
        >
          <option value="">board says {verdict?.status ?? '…'}</option>
          <option value="met">met</option>
          <option value="missing">missing</option>
        </select>
      )}
      <input aria-label={`Note on ${point.title}`} placeholder="note" value={score.note} maxLength={2000} onChange={(event) => writeScore(room.ydoc, point.id, { note: event.target.value })} />
    </div>
  );
}

function statusLabel(status: string, overridden: boolean): string {
  const label = status === 'met' ? '✓ met' : status === 'missing' ? '✗ missing' : status === 'checking' ? '…' : 'you judge';
  return overridden ? `${label} (yours)` : label;
}

/** The relay's verdicts, asked again a moment after each change of the board. */
function useVerdicts(problemId: string, boardId: string, token: string, board: Board | undefined): ReadonlyMap<string, RubricVerdict> {
  const [verdicts, setVerdicts] = useState<ReadonlyMap<string, RubricVerdict>>(new Map());
  useEffect(() => {
    let live = true;
    let timer: number | undefined;
    const check = () => {
      void fetchRubricVerdicts(problemId, boardId, token).then((answer) => {
        if (live && answer.ok) setVerdicts(new Map(answer.value.map((verdict) => [verdict.pointId, verdict])));
      });
    };
    check();
    const stop = board?.observe(() => {
      window.clearTimeout(timer);
      timer = window.setTimeout(check, RECHECK_AFTER_MS);
    });
    return () => {
      live = false;
      window.clearTimeout(timer);
      stop?.();
    };
  }, [problemId, boardId, token, board]);
  return verdicts;
}

function useScores(room: SideRoom | null): ReadonlyMap<string, PointScore> {
  const [scores, setScores] = useState<ReadonlyMap<string, PointScore>>(new Map());
  useEffect(() => {
    if (room === null) return undefined;
    const map = rubricMap(room.ydoc);
    const update = () => setScores(readScores(room.ydoc));
    update();
    map.observe(update);
    return () => map.unobserve(update);
  }, [room]);
  return scores;
}
