// Where the interview timer's phase lengths come from: `pnpm check:citations` reads `CITATIONS` and checks
// each figure is in the cited section of the playbook text (the shape is the catalog's `Citation`).
import { RAPID_S_PHASES } from './phaseTimer.js';

const SECTION = { seed: '002_d2e8851c35a8764a.txt', section: '4. The Interview Framework (RAPID-S)' } as const;

export const CITATIONS = RAPID_S_PHASES.map((phase) => ({
  label: `interview.phase.${phase.id}`,
  source: {
    ...SECTION,
    fact: { figure: String(phase.minutes), appliesTo: `minutes the ${phase.title.toLowerCase()} phase gets in a 45-minute interview` },
    note: 'The framework gives each of its six steps a time box; the timer uses them as they are.',
  },
}));
