// The problem's prompt as the session shows it to everyone (the "Problem" popover of the interview bar): the
// task, the scale assumptions with their peak load, and the requirements. Only the public prompt
// (`@napkin/problems`' main entry) is used: the rubric and reference design never reach the web app. It is
// not written onto the board: the palette places new components at the view's centre without looking at
// notes, so a prompt note there would sit on top of the candidate's first boxes.
import type { ProblemPrompt } from '@napkin/problems';
import { peakRps } from '@napkin/problems';

/** The prompt in plain lines: title, task, scale and requirements. */
export function promptText(problem: ProblemPrompt): string {
  const { scale, nonFunctional } = problem;
  const nines = `${(nonFunctional.availabilityObjective * 100).toFixed(2).replace(/\.?0+$/, '')} %`;
  return [
    problem.title,
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
