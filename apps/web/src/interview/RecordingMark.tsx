// "● Recording" in the interview bar, on every screen of a session the relay records (it records every
// session, whoever is connected, until the interviewer deletes the recording), and for the interviewer the
// way into the replay. The relay is asked when the bar opens and every 30 s, so a deletion reaches every
// screen within that. The replay (the renderer and the analysis engine it draws frames with) loads when it
// is opened, not with the board (issue 18, first load).
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { fetchRecordingStatus } from './recordingApi';

const ReplayView = lazy(async () => ({ default: (await import('./ReplayView')).ReplayView }));

const STATUS_EVERY_MS = 30_000;

export interface RecordingMarkProps {
  readonly boardId: string;
  readonly token: string;
  /** The interviewer (or a practising candidate): the relay serves them the replay. */
  readonly canReplay: boolean;
}

export function RecordingMark({ boardId, token, canReplay }: RecordingMarkProps) {
  const [recording, setRecording] = useState<boolean | null>(null);
  const [replaying, setReplaying] = useState(false);

  const refresh = useCallback(() => {
    void fetchRecordingStatus(boardId, token).then((answer) => {
      if (answer.ok) setRecording(answer.value);
    });
  }, [boardId, token]);

  useEffect(() => {
    refresh();
    const timer = window.setInterval(refresh, STATUS_EVERY_MS);
    return () => window.clearInterval(timer);
  }, [refresh]);

  if (recording !== true) return null;
  return (
    <>
      <span className="recording-mark" data-testid="recording-mark" title="The relay records this session (the board, its phases and figures) for the interviewer's replay">
        ● Recording
      </span>
      {canReplay && (
        <button type="button" className="recording-replay" onClick={() => setReplaying(true)} data-testid="replay-open">
          Replay
        </button>
      )}
      {replaying && (
        <Suspense fallback={null}>
        <ReplayView
          boardId={boardId}
          token={token}
          onClose={() => setReplaying(false)}
          onDeleted={() => {
            setReplaying(false);
            refresh();
          }}
        />
        </Suspense>
      )}
    </>
  );
}
