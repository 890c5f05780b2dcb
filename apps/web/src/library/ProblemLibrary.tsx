// The interview problem library (/interviews): each problem's prompt, scale and requirements, from the
// public entry of @napkin/problems only; the rubric and reference designs are interviewer material the
// relay serves to interviewer links, so nothing here imports `@napkin/problems/interviewer` (a test
// searches the built bundle for it). "Start an interview" and "Practise alone" make a session
// (interview/startInterview.ts) and open its board.
import { useState } from 'react';
import type { ProblemPrompt } from '@napkin/problems';
import { problemPrompts } from '@napkin/problems';
import { startInterview } from '../interview/startInterview';
import { objectivesText, scaleLines, sizeText } from './scaleText';
import './library.css';

export interface ProblemLibraryProps {
  readonly onHome: () => void;
}

export function ProblemLibrary({ onHome }: ProblemLibraryProps) {
  const [starting, setStarting] = useState<string | null>(null);
  const [failure, setFailure] = useState('');

  const start = (problemId: string, mode: 'interview' | 'practice') => {
    setStarting(problemId);
    setFailure('');
    startInterview(problemId, mode).catch((error: unknown) => {
      setStarting(null);
      setFailure(error instanceof Error ? error.message : String(error));
    });
  };

  return (
    <main className="landing problem-library">
      <p>
        <a href="/" onClick={(event) => { event.preventDefault(); onHome(); }}>← Napkin</a>
      </p>
      <h1>Interview problems</h1>
      <p className="tagline">
        Twenty system-design problems, each with its scale and requirements. Start an interview to get a candidate, an interviewer and an
        observer link on one board with a 45-minute timer; practise alone to see the rubric and a reference design once your time is up.
      </p>
      {failure !== '' && <p className="error" role="alert">{failure}</p>}
      <ol className="problems">
        {problemPrompts().map((problem) => (
          <ProblemCard key={problem.id} problem={problem} busy={starting !== null} onStart={(mode) => start(problem.id, mode)} />
        ))}
      </ol>
    </main>
  );
}

function ProblemCard({ problem, busy, onStart }: { problem: ProblemPrompt; busy: boolean; onStart: (mode: 'interview' | 'practice') => void }) {
  return (
    <li className="problem" data-testid={`problem-${problem.id}`}>
      <h2>{problem.title}</h2>
      <p>{problem.prompt}</p>
      <details>
        <summary>Scale and requirements</summary>
        <ul className="scale">
          {scaleLines(problem.scale).map((line) => <li key={line}>{line}</li>)}
          {problem.scale.dataSizes.map((size) => <li key={size.what}>{sizeText(size)}</li>)}
        </ul>
        <h3>It must</h3>
        <ul>{problem.functional.map((line) => <li key={line}>{line}</li>)}</ul>
        <h3>And be</h3>
        <ul>
          <li>{objectivesText(problem.nonFunctional)}</li>
          {problem.nonFunctional.other.map((line) => <li key={line}>{line}</li>)}
        </ul>
      </details>
      <div className="actions">
        <button type="button" className="primary" disabled={busy} data-testid={`interview-${problem.id}`} onClick={() => onStart('interview')}>
          Start an interview
        </button>
        <button type="button" disabled={busy} data-testid={`practice-${problem.id}`} onClick={() => onStart('practice')}>
          Practise alone
        </button>
      </div>
    </li>
  );
}
