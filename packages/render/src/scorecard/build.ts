// An interview's scorecard as report blocks, so the export's own writers print it: the PDF writer puts the
// final diagram (with its numbers) on page 1 and these blocks after it, the Markdown writer writes them with
// the diagram where the 'diagram' block stands. Order: the problem, the interviewer's summary, the rubric with
// scores and evidence, the phases with their times, each flow's final figures, then the diagram.
import type { AnalysisResult } from '@napkin/analysis';
import type { BoardFile } from '@napkin/fields';
import { flowSummaries } from '../figures/summary';
import { formatNumber } from '../format';
import type { Block, Report } from '../report/model';
import type { ScorecardCard, ScorecardDetails, ScorecardPhase, ScorecardPoint } from './model';

const VERDICT_TEXT = { met: 'met', missing: 'missing', 'not-judgeable': 'interviewer judges' } as const;

/** "6:05": minutes and seconds. */
export function clockText(ms: number): string {
  const seconds = Math.round(Math.max(0, ms) / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

function verdictText(point: ScorecardPoint): string {
  const board = VERDICT_TEXT[point.verdict];
  if (point.override === null) return board;
  return point.verdict === 'not-judgeable' ? point.override : `${point.override} (board: ${board})`;
}

function evidenceText(point: ScorecardPoint): string {
  if (point.evidence === null) return '—';
  return [point.evidence.component, point.evidence.figure].filter((part) => part !== undefined && part !== '').join(': ') || '—';
}

function rubricBlocks(points: readonly ScorecardPoint[]): Block[] {
  const scored = points.flatMap((point) => (point.score === null ? [] : [point.score]));
  const average = scored.length === 0 ? null : scored.reduce((sum, score) => sum + score, 0) / scored.length;
  const heading = `Rubric: ${scored.length} of ${points.length} points scored` + (average === null ? '' : `, average ${formatNumber(Math.round(average * 10) / 10)} of 4`);
  return [
    { kind: 'heading', level: 2, text: heading },
    points.length === 0
      ? { kind: 'paragraph', text: 'This session has no rubric (no problem from the library).' }
      : {
          kind: 'table',
          header: ['Point', 'Verdict', 'Evidence', 'Score', 'Note'],
          align: ['left', 'left', 'left', 'right', 'left'],
          rows: points.map((point) => [point.title, verdictText(point), evidenceText(point), point.score === null ? '—' : `${point.score} / 4`, point.note === '' ? '—' : point.note]),
        },
  ];
}

function phaseBlocks(phases: readonly ScorecardPhase[], timerStatus: string): Block[] {
  const spent = phases.reduce((sum, phase) => sum + (phase.spentMs ?? 0), 0);
  const planned = phases.reduce((sum, phase) => sum + phase.plannedMs, 0);
  return [
    { kind: 'heading', level: 2, text: `Phases: ${clockText(spent)} spent of ${clockText(planned)} planned (timer ${timerStatus})` },
    {
      kind: 'table',
      header: ['Phase', 'Planned', 'Spent', 'Overtime'],
      align: ['left', 'right', 'right', 'right'],
      rows: phases.map((phase) => [
        phase.current ? `${phase.title} (current)` : phase.title,
        clockText(phase.plannedMs),
        phase.spentMs === null ? 'not reached' : clockText(phase.spentMs),
        phase.spentMs === null || phase.spentMs <= phase.plannedMs ? '—' : `+${clockText(phase.spentMs - phase.plannedMs)}`,
      ]),
    },
  ];
}

function flowBlocks(result: AnalysisResult): Block[] {
  const flows = flowSummaries(result);
  return [
    { kind: 'heading', level: 2, text: 'Final figures per flow' },
    flows.length === 0
      ? { kind: 'paragraph', text: 'No entry point on the final board: nothing offers load, so there is no flow to measure.' }
      : {
          kind: 'table',
          header: ['Flow', 'Load', 'p99', 'p99 budget', 'Availability', 'Objective'],
          align: ['left', 'right', 'right', 'right', 'right', 'right'],
          rows: flows.map((flow) => [
            flow.name,
            flow.load,
            `${flow.p99} (${flow.withinBudget ? 'within' : 'over'})`,
            flow.budget,
            `${flow.availability} (${flow.meetsObjective ? 'meets' : 'misses'}, ${flow.method})`,
            flow.objective,
          ]),
        },
  ];
}

function cardBlocks(cards: readonly ScorecardCard[]): Block[] {
  if (cards.length === 0) return [];
  return [
    { kind: 'heading', level: 2, text: 'Failure cards played' },
    {
      kind: 'list',
      items: cards.map((card) => `${card.title}: ${card.target} (${card.phase === null ? 'outside the timed phases' : `during ${card.phase}`}${card.cleared ? ', cleared' : ', still in play'})`),
    },
  ];
}

export function buildScorecard(file: BoardFile, result: AnalysisResult, details: ScorecardDetails): Report {
  const title = `Interview scorecard: ${details.problem?.title ?? (file.title || 'open session')}`;
  const summary = details.summary.trim();
  return {
    title,
    blocks: [
      { kind: 'heading', level: 1, text: title },
      ...(details.problem === null ? [] : [{ kind: 'paragraph', text: details.problem.prompt } as const]),
      { kind: 'heading', level: 2, text: "Interviewer's summary" },
      { kind: 'paragraph', text: summary === '' ? 'The interviewer has written no summary.' : summary },
      ...rubricBlocks(details.points),
      ...phaseBlocks(details.phases, details.timerStatus),
      ...flowBlocks(result),
      ...cardBlocks(details.cards ?? []),
      // The final board with its numbers: page 1 of the PDF, an image at the end of the Markdown.
      { kind: 'diagram' },
    ],
  };
}
