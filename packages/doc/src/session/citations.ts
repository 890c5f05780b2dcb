// Where the interview timer's phase lengths and the worksheet's default peak factor come from: `pnpm check:citations` reads `CITATIONS` and checks
// each figure is in the cited section of the playbook text (the shape is the catalog's `Citation`).
import { RAPID_S_PHASES } from './phaseTimer.js';
import { DEFAULT_PEAK_FACTOR } from './worksheet.js';

const SECTION = { seed: '002_d2e8851c35a8764a.txt', section: '4. The Interview Framework (RAPID-S)' } as const;

const PHASE_CITATIONS = RAPID_S_PHASES.map((phase) => ({
  label: `interview.phase.${phase.id}`,
  source: {
    ...SECTION,
    fact: { figure: String(phase.minutes), appliesTo: `minutes the ${phase.title.toLowerCase()} phase gets in a 45-minute interview` },
    note: 'The framework gives each of its six steps a time box; the timer uses them as they are.',
  },
}));

const WORKSHEET_CITATIONS = [
  {
    label: 'interview.worksheet.peakFactor',
    source: {
      seed: '002_d2e8851c35a8764a.txt',
      section: '5.3 Time, Throughput, and Storage Quick Reference',
      fact: { figure: String(DEFAULT_PEAK_FACTOR), appliesTo: "peak over average traffic when the candidate's worksheet names no peak factor" },
      note: 'The quick reference puts peaks between 2x and 10x the average and says which to take when unsure; the worksheet takes that.',
    },
  },
];

export const CITATIONS = [...PHASE_CITATIONS, ...WORKSHEET_CITATIONS];
