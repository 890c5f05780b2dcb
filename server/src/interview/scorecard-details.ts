// What the scorecard says about a session, gathered from what the relay holds: the problem (its public prompt),
// the phase timer's planned and spent times, the rubric judged on the final board by the one check the
// interviewer's screen runs too (`evaluateRubric` → `judgePoints` of @napkin/problems), each point with the
// interviewer's score, note and override from the private notes room, their summary, and the failure cards
// played. The figures and the diagram are drawn later from the same board by the export's renderer.
import type { AnalysisResult, BoardFile } from '@napkin/analysis';
import { phaseTimes, RAPID_S_PHASES, readTimer } from '@napkin/doc';
import type { InterviewerNotes, PlayedCard, SessionSnapshot } from '@napkin/doc';
import { problemPrompts } from '@napkin/problems';
import { evaluateRubric, interviewerMaterial } from '@napkin/problems/interviewer';
import type { ScorecardCard, ScorecardDetails, ScorecardPoint } from '@napkin/render';

export interface ScorecardSources {
  readonly session: SessionSnapshot;
  readonly notes: InterviewerNotes;
  readonly file: BoardFile;
  /** `analyze(file)`: the rubric's automatic verdicts are judged on it. */
  readonly analysis: AnalysisResult;
  /** Relay time, epoch ms: the current phase's time so far. */
  readonly now: number;
}

function pointsOf(problemId: string | null, file: BoardFile, analysis: AnalysisResult, notes: InterviewerNotes): ScorecardPoint[] {
  if (problemId === null) return [];
  const points = interviewerMaterial(problemId)?.points ?? [];
  const verdicts = new Map(evaluateRubric(problemId, file, analysis).map((verdict) => [verdict.pointId, verdict]));
  const names = new Map(file.components.map((component) => [component.id, component.name ?? component.id]));
  return points.map((point) => {
    const verdict = verdicts.get(point.id);
    const score = notes.scores.get(point.id);
    const evidence = verdict?.evidence ?? null;
    return {
      title: point.title,
      section: point.section,
      verdict: verdict?.status ?? 'not-judgeable',
      override: score?.override ?? null,
      evidence:
        evidence === null
          ? null
          : {
              ...(evidence.componentId === undefined ? {} : { component: names.get(evidence.componentId) ?? evidence.componentId }),
              ...(evidence.figure === undefined ? {} : { figure: evidence.figure }),
            },
      score: score?.score ?? null,
      note: score?.note ?? '',
    };
  });
}

const PHASE_TITLES = new Map<string, string>(RAPID_S_PHASES.map((phase) => [phase.id, phase.title]));

/** A failure card as the session room recorded it: the incident, what it hit, its phase, cleared or not. */
function cardOf(card: PlayedCard): ScorecardCard {
  return { title: card.title, target: card.target, phase: card.phase === null ? null : (PHASE_TITLES.get(card.phase) ?? card.phase), cleared: card.clearedAt !== null };
}

export function scorecardDetails(sources: ScorecardSources): ScorecardDetails {
  const { session, notes, file, analysis, now } = sources;
  const problemId = session.meta?.problemId ?? null;
  const prompt = problemId === null ? undefined : problemPrompts().find((problem) => problem.id === problemId);
  return {
    problem: prompt === undefined ? null : { title: prompt.title, prompt: prompt.prompt },
    timerStatus: readTimer(session.timer, now).status,
    phases: phaseTimes(session.timer, now).map((time) => ({ title: time.phase.title, plannedMs: time.plannedMs, spentMs: time.spentMs, current: time.current })),
    points: pointsOf(problemId, file, analysis, notes),
    summary: notes.summary,
    cards: session.cards.map(cardOf),
  };
}
