// The rubric on the interviewer's screen (and on a practice screen once the time is up): the problem's points,
// each automatic one judged live from this screen's analysis by the one rubric check (`judgePoints` of
// @napkin/problems/rubric, which the relay's scorecard runs too), with its evidence as a link that selects and
// frames the component; where the private notes room is open, the interviewer's score 1-4, note and override
// per point, then the summary and the scorecard's downloads.
import type { AnalysisResult } from '@napkin/analysis';
import type { Board, PointScore } from '@napkin/doc';
import { NO_SCORE, readScores, rubricMap, toBoardFile, writeScore } from '@napkin/doc';
import type { RubricPoint, RubricResult } from '@napkin/problems/rubric';
import { judgePoints } from '@napkin/problems/rubric';
import { useEffect, useMemo, useState } from 'react';
import { useAnalysis } from '../analysis/context';
import { useFocusComponents } from '../panel/useFocusComponents';
import { fetchRubricPoints } from './rubricApi';
import { ScorecardSection } from './ScorecardSection';
import type { SideRoom } from './sessionRooms';

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
  const points = useRubricPoints(problemId, boardId, token);
  const { result } = useAnalysis();
  const verdicts = useMemo(() => judged(points, board, result), [points, board, result]);
  const scores = useScores(notes);
  const focus = useFocusComponents();
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
          const status = score.override ?? verdict?.status ?? (point.check === null ? 'not-judgeable' : 'checking');
          const componentId = verdict?.evidence?.componentId;
          const figure = verdict?.evidence?.figure;
          return (
            <li key={point.id} data-testid={`rubric-${point.id}`} data-status={status}>
              <span className={`rubric-status ${status}`}>{statusLabel(status, score.override !== null)}</span> {point.title}
              {componentId !== undefined && (
                <>
                  {' '}
                  <button type="button" className="rubric-evidence" data-testid={`evidence-${point.id}`} onClick={() => focus([componentId])}>
                    {names.get(componentId) ?? componentId}
                    {figure === undefined ? '' : `, ${figure}`}
                  </button>
                </>
              )}
              {componentId === undefined && figure !== undefined && <span className="hint"> ({figure})</span>}
              {notes?.writable === true && <ScoreControls point={point} verdict={verdict} score={score} room={notes} />}
            </li>
          );
        })}
      </ol>
      {notes?.writable === true && <ScorecardSection room={notes} boardId={boardId} token={token} />}
    </section>
  );
}

/** The automatic verdicts on the board this screen analysed; none until there is an analysis. */
function judged(points: RubricPoint[] | string | null, board: Board | undefined, result: AnalysisResult | null): ReadonlyMap<string, RubricResult> {
  if (!Array.isArray(points) || board === undefined || result === null) return new Map();
  return new Map(judgePoints(points, toBoardFile(board.snapshot()), result).map((verdict) => [verdict.pointId, verdict]));
}

function ScoreControls({ point, verdict, score, room }: { point: RubricPoint; verdict: RubricResult | undefined; score: PointScore; room: SideRoom }) {
  return (
    <div className="rubric-score">
      {SCORES.map((value) => (
        <button key={value} type="button" aria-pressed={score.score === value} data-testid={`score-${point.id}-${value}`} onClick={() => writeScore(room.ydoc, point.id, { score: value })}>
          {value}
        </button>
      ))}
      {point.check !== null && (
        <select
          aria-label="Override the board's verdict"
          data-testid={`override-${point.id}`}
          value={score.override ?? ''}
          onChange={(event) => writeScore(room.ydoc, point.id, { override: event.target.value === 'met' || event.target.value === 'missing' ? event.target.value : null })}
        >
          <option value="">board says {verdict?.status ?? '…'}</option>
          <option value="met">met</option>
          <option value="missing">missing</option>
        </select>
      )}
      <input aria-label={`Note on ${point.title}`} data-testid={`note-${point.id}`} placeholder="note" value={score.note} maxLength={2000} onChange={(event) => writeScore(room.ydoc, point.id, { note: event.target.value })} />
    </div>
  );
}

function statusLabel(status: string, overridden: boolean): string {
  const label = status === 'met' ? '✓ met' : status === 'missing' ? '✗ missing' : status === 'checking' ? '…' : 'you judge';
  return overridden ? `${label} (yours)` : label;
}

/** The problem's points as the relay serves them to this link; a string says why they are not available. */
function useRubricPoints(problemId: string, boardId: string, token: string): RubricPoint[] | string | null {
  const [points, setPoints] = useState<RubricPoint[] | string | null>(null);
  useEffect(() => {
    let live = true;
    void fetchRubricPoints(problemId, boardId, token).then((answer) => live && setPoints(answer.ok ? answer.value : answer.error));
    return () => {
      live = false;
    };
  }, [problemId, boardId, token]);
  return points;
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
