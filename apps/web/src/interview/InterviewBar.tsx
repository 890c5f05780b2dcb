// The interview's strip in the board's top bar, for links that take part in a session: the mode, the shared
// phase timer (with its commands for whoever runs the session) and a "Session" drawer holding what only the
// session's runner has: the links to hand out, the switches for what the candidate sees, the failure cards
// and the private notes.
import type { BoardSnapshot } from '@napkin/doc';
import { FailureCards } from './FailureCards';
import { readTimer } from '@napkin/doc';
import type { Interview } from './useInterview';
import { PhaseTimer } from './PhaseTimer';
import { PrivateNotes } from './PrivateNotes';
import { ProblemPrompt } from './ProblemPrompt';
import { RecordingMark } from './RecordingMark';
import { RubricPanel } from './RubricPanel';
import { SessionLinks } from './SessionLinks';
import { ViewToggles } from './ViewToggles';
import { WorksheetPanel } from './worksheet/WorksheetPanel';
import './interview.css';

/** `boardSnapshot` is the board as drawn now: the failure cards say what each would hit on it. */
export function InterviewBar({ interview, boardSnapshot }: { readonly interview: Interview; readonly boardSnapshot?: BoardSnapshot }) {
  const { snapshot, session, controls, clock, role, notes, links } = interview;
  if (snapshot === null) return <span className="interview-bar" data-testid="interview-bar" data-ready="false" />;
  const mode = snapshot.meta?.mode ?? (role === 'practice' ? 'practice' : 'interview');
  const runsInterview = controls && mode === 'interview' && session !== null;
  const problemId = snapshot.meta?.problemId ?? null;
  // The interviewer's material: always for the interviewer, for practice once the time is up (the relay checks too).
  const rubric = problemId !== null && interview.token !== null && (role === 'interviewer' || (role === 'practice' && interview.timeUp));
  const drawer = runsInterview || notes !== null || links !== null || rubric;
  return (
    <span className="interview-bar" data-testid="interview-bar" data-ready="true" data-role={role} data-mode={mode}>
      <span className="interview-mode">{mode === 'practice' ? 'Practice' : `Interview · ${role}`}</span>
      {problemId !== null && <ProblemPrompt problemId={problemId} />}
      <PhaseTimer timer={snapshot.timer} clock={clock} runner={controls ? { boardId: interview.boardId, token: interview.token } : null} />
      {interview.board !== undefined && boardSnapshot !== undefined && (
        <WorksheetPanel board={interview.board} writable={interview.boardWritable} boardSnapshot={boardSnapshot} currentPhase={readTimer(snapshot.timer, clock.now()).phase?.id ?? null} />
      )}
      {interview.token !== null && <RecordingMark boardId={interview.boardId} token={interview.token} canReplay={role === 'interviewer' || role === 'practice'} />}
      {drawer && (
        <details className="interview-drawer">
          <summary data-testid="interview-session">Session</summary>
          <div className="interview-drawer-body">
            {links !== null && <SessionLinks session={links} />}
            {runsInterview && <ViewToggles session={session} view={snapshot.view ?? interview.defaultView} />}
            {runsInterview && interview.board !== undefined && boardSnapshot !== undefined && (
              <FailureCards board={interview.board} boardSnapshot={boardSnapshot} session={session} sessionSnapshot={snapshot} clock={clock} />
            )}
            {notes !== null && notes.writable && <PrivateNotes room={notes} />}
            {rubric && interview.token !== null && problemId !== null && (
              <RubricPanel problemId={problemId} boardId={interview.boardId} token={interview.token} board={interview.board} notes={notes} />
            )}
          </div>
        </details>
      )}
    </span>
  );
}
