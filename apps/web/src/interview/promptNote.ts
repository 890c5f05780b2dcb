// The problem's prompt on the session's board: one sticky note at the top left with the task, the scale
// assumptions and the requirements, written once by whoever sets the session up (everyone in the session
// sees it; the candidate can move or edit it like any note). Only the public prompt (`@napkin/problems`'s
// main entry) is used: the rubric and reference design never reach the web app.
import type { Board } from '@napkin/doc';
import type { ProblemPrompt } from '@napkin/problems';
import { peakRps, problemPrompt } from '@napkin/problems';

const NOTE_PLACE = { x: -420, y: 0, width: 380, height: 320 } as const;

/** The note's text: title, task, scale and requirements, in plain lines. */
export function promptNoteText(problem: ProblemPrompt): string {
  const { scale, nonFunctional } = problem;
  const nines = `${(nonFunctional.availabilityObjective * 100).toFixed(2).replace(/\.?0+$/, '')} %`;
  return [
    `${problem.title}`,
    problem.prompt,
    '',
    `Scale: ${scale.dailyActiveUsers.toLocaleString('en-US')} daily users, ${scale.requestsPerUserPerDay} requests each a day, peak ×${scale.peakFactor}` +
      `${scale.readsPerWrite > 0 ? `, ${scale.readsPerWrite}:1 reads to writes` : ''} (≈ ${Math.round(peakRps(scale)).toLocaleString('en-US')} req/s at peak).`,
    ...scale.dataSizes.map((size) => `• ${size.what}: ${size.value} ${size.unit}`),
    '',
    'Must:',
    ...problem.functional.map((line) => `• ${line}`),
    '',
    `p99 under ${nonFunctional.p99BudgetMs} ms, ${nines} of requests succeed.`,
    ...nonFunctional.other.map((line) => `• ${line}`),
  ].join('\n');
}

/** Puts the problem's prompt on the board; false for an unknown problem (the session stays open-ended). */
export function seedPromptNote(board: Board, problemId: string | null): boolean {
  const problem = problemId === null ? null : problemPrompt(problemId);
  if (problem === null) return false;
  board.addAnnotation({ kind: 'sticky', text: promptNoteText(problem).slice(0, 10_000), ...NOTE_PLACE });
  return true;
}
