// The public entry of @napkin/problems: the interview problems' prompts, scale and requirements, which
// anyone may read. Nothing here imports from ./interviewer: the web app imports this entry only, so
// the rubric and reference designs never reach its bundle (apps/web has a test that searches the build).
import { PROMPTS } from './prompts';
import type { ProblemPrompt } from './types';

export type { DataSize, NonFunctionalRequirements, ProblemPrompt, ScaleAssumptions } from './types';
export { peakRps, readFraction } from './scale';

/** The library's problems, in the playbook's order (section 24). */
export function problemPrompts(): readonly ProblemPrompt[] {
  return PROMPTS;
}

export function problemPrompt(id: string): ProblemPrompt | null {
  return PROMPTS.find((problem) => problem.id === id) ?? null;
}
