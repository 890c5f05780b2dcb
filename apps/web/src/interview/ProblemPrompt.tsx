// The session's problem for everyone in it: a "Problem" button in the interview bar opening the prompt (task,
// scale, requirements). Public material only; an id the library does not have shows nothing.
import { problemPrompt } from '@napkin/problems';
import { promptText } from './promptText';

export function ProblemPrompt({ problemId }: { readonly problemId: string }) {
  const problem = problemPrompt(problemId);
  if (problem === null) return null;
  return (
    <details className="interview-drawer interview-problem">
      <summary data-testid="interview-problem">{problem.title}</summary>
      <div className="interview-drawer-body">
        <pre className="problem-text" data-testid="interview-problem-text">{promptText(problem)}</pre>
      </div>
    </details>
  );
}
