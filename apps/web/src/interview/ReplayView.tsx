// The interviewer's replay of a session: a scrubber over the recording's frames with the phase boundaries
// marked, the diagram as it was at the chosen frame (drawn read-only by `@napkin/render`, the renderer of
// the exports, from the frame's board) and that frame's headline figures as the relay recorded them.
import { analyze, formatPercent, formatValue } from '@napkin/analysis';
import type { Replay } from '@napkin/doc';
import { svgOf } from '@napkin/render';
import { useEffect, useMemo, useState } from 'react';
import { deleteRecording, fetchReplay, phaseBoundaries } from './recordingApi';

export interface ReplayViewProps {
  readonly boardId: string;
  readonly token: string;
  readonly onClose: () => void;
  /** The recording was deleted from here. */
  readonly onDeleted: () => void;
}

const clockTime = (time: number): string => new Date(time).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' });
const ms = (value: number | null): string => (value === null ? 'unbounded' : formatValue(value, 'ms'));

export function ReplayView({ boardId, token, onClose, onDeleted }: ReplayViewProps) {
  const [replay, setReplay] = useState<Replay | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [index, setIndex] = useState(0);

  useEffect(() => {
    let live = true;
    void fetchReplay(boardId, token).then((answer) => {
      if (!live) return;
      if (!answer.ok) setError(answer.error);
      else {
        setReplay(answer.value);
        setIndex(Math.max(0, answer.value.frames.length - 1));
      }
    });
    return () => {
      live = false;
    };
  }, [boardId, token]);

  const frame = replay?.frames[index] ?? null;
  const board = frame === null ? null : (replay?.snapshots[frame.snapshot] ?? null);
  // The same drawing as an SVG export of that board; its text is escaped by the writer.
  const svg = useMemo(() => (board === null ? null : svgOf(board, analyze(board), { background: 'white' })), [board]);
  const boundaries = useMemo(() => phaseBoundaries(replay?.frames ?? []), [replay]);

  const remove = async () => {
    if (!window.confirm('Delete this session\u2019s recording? It cannot be brought back, and the session is not recorded any more.')) return;
    const answer = await deleteRecording(boardId, token);
    if (answer.ok) onDeleted();
    else setError(answer.error);
  };

  return (
    <div className="replay-backdrop" role="dialog" aria-label="Session replay" data-testid="replay-view">
      <div className="replay">
        <header className="replay-header">
          <h2>Replay</h2>
          <button type="button" onClick={() => void remove()} data-testid="recording-delete">Delete recording</button>
          <button type="button" onClick={onClose} data-testid="replay-close">Close</button>
        </header>
        {error !== null && <p role="alert" className="replay-error">{error}</p>}
        {replay !== null && replay.frames.length === 0 && <p data-testid="replay-empty">Nothing recorded yet: frames are taken when the timer starts or moves on, and while edits arrive.</p>}
        {replay !== null && replay.issues.length > 0 && (
          <p className="replay-error" data-testid="replay-issues">Some of the recording could not be read and is left out: {replay.issues.join('; ')}</p>
        )}
        {replay !== null && frame !== null && (
          <>
            <div className="replay-scrubber">
              <input
                type="range" min={0} max={replay.frames.length - 1} value={index} aria-label="Frame"
                onChange={(event) => setIndex(Number(event.target.value))} data-testid="replay-scrubber"
              />
              <ol className="replay-boundaries">
                {boundaries.map((at) => (
                  <li key={at} style={{ left: `${replay.frames.length === 1 ? 0 : (at / (replay.frames.length - 1)) * 100}%` }}>
                    <button type="button" onClick={() => setIndex(at)} aria-pressed={index === at} data-testid="replay-boundary" data-phase={replay.frames[at]?.phaseTitle}>
                      {replay.frames[at]?.phaseTitle}
                    </button>
                  </li>
                ))}
              </ol>
            </div>
            <p className="replay-frame" data-testid="replay-frame" data-index={index} data-phase={frame.phaseTitle}>
              {frame.phaseTitle} · {clockTime(frame.time)} · frame {index + 1} of {replay.frames.length}
              {frame.reason === 'interval' ? ' (edits)' : ' (phase start)'}
            </p>
            <div className="replay-body">
              {/* Read-only: a drawing of the board at that frame, not the live board. */}
              <div className="replay-diagram" data-testid="replay-diagram" data-components={board?.components.length ?? 0} dangerouslySetInnerHTML={{ __html: svg ?? '' }} />
              <table className="replay-figures" data-testid="replay-figures">
                <thead>
                  <tr><th>Flow</th><th>p50</th><th>p99</th><th>Availability</th></tr>
                </thead>
                <tbody>
                  {frame.figures.map((flow) => (
                    <tr key={flow.name}>
                      <td>{flow.name}</td>
                      <td>{ms(flow.p50Ms)}</td>
                      <td className={flow.withinBudget ? 'met' : 'missed'} title={`budget ${ms(flow.budgetMs)}`}>{ms(flow.p99Ms)}</td>
                      <td className={flow.meetsObjective ? 'met' : 'missed'} title={`objective ${flow.objectivePercent} %`}>{formatPercent(flow.availabilityPercent)}</td>
                    </tr>
                  ))}
                  {frame.figures.length === 0 && <tr><td colSpan={4}>No flow yet (no entry point on the board).</td></tr>}
                </tbody>
              </table>
            </div>
          </>
        )}
      </div>
    </div>
  );
}
