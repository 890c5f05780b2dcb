// The analysis panel on the right of the canvas: the bottleneck sentence, one card per entry flow,
// the findings by severity, and the estimator. It only reads the shared analysis (useAnalysis); every
// peer computes the same result from the same document.
import type { AnalysisResult } from '@napkin/analysis';
import type { Board, BoardSnapshot } from '@napkin/doc';
import { useAnalysis, useLeftOut } from '../analysis/context';
import { leftOutHeading } from '../problems/LeftOutBanner';
import { Estimator } from '../estimator/Estimator';
import { usePanelOpen } from '../board/panelMemory';
import { useCandidateView } from '../analysis/candidateView';
import { WhatIfControls } from '../whatif/WhatIfControls';
import { Why } from '../why/Why';
import { FindingsList } from './FindingsList';
import { FlowCard } from './FlowCard';
import { bottleneckHeadline } from './headline';
import './panel.css';
import { useFocusComponents } from './useFocusComponents';

export interface AnalysisPanelProps {
  readonly board: Board;
  readonly snapshot: BoardSnapshot;
}

export function AnalysisPanel({ board, snapshot }: AnalysisPanelProps) {
  const { result, errors, enabled } = useAnalysis();
  const leftOut = useLeftOut();
  const focus = useFocusComponents();
  // Hidden or shown, remembered in this browser (board/panelMemory.ts).
  const [open, setOpen] = usePanelOpen('analysis', () => true);
  // In an interview the interviewer decides whether the candidate sees the panel and its findings.
  const view = useCandidateView();
  if (!enabled || !view.panel) return null;
  if (!open) {
    return (
      <button type="button" className="analysis-panel-toggle" data-testid="analysis-panel-open" onClick={() => setOpen(true)}>
        Analysis
      </button>
    );
  }
  return (
    <aside className="analysis-panel" data-testid="analysis-panel" aria-label="Analysis">
      <header>
        <h2>Analysis</h2>
        <button type="button" className="link" aria-label="Hide analysis" onClick={() => setOpen(false)}>
          hide
        </button>
      </header>
      {result === null ? (
        <p className="hint" data-testid="analysis-pending">
          {errors.length > 0 ? 'The board could not be analysed.' : 'Analysing…'}
        </p>
      ) : (
        <>
          <Headline result={result} />
          {result.flows.length === 0 && (
            <p className="hint" data-testid="no-flows">
              Add a client (an entry point) and connect it to see latency and availability.
            </p>
          )}
          {result.flows.map((flow) => (
            <FlowCard key={flow.entry} flow={flow} onFocus={focus} />
          ))}
          {view.findings && (
            <>
              <h3>Findings</h3>
              <FindingsList findings={result.findings} onFocus={focus} />
            </>
          )}
        </>
      )}
      {(leftOut.lines.length > 0 || leftOut.warnings.length > 0) && (
        // Beside the figures, how much of the board they leave out (the document's problems and the engine's, by name).
        <details className="analysis-errors" data-testid="analysis-errors">
          <summary>
            {leftOut.lines.length > 0 ? leftOutHeading(leftOut.lines.length) : 'Every part of the board is in the numbers'}
            {leftOut.warnings.length > 0 && `; ${leftOut.warnings.length} unknown field${leftOut.warnings.length === 1 ? '' : 's'} ignored`}
          </summary>
          <ul>
            {[...leftOut.lines, ...leftOut.warnings].slice(0, 20).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </details>
      )}
      <h3>What if…</h3>
      <WhatIfControls board={board} snapshot={snapshot} />
      <Estimator board={board} snapshot={snapshot} />
    </aside>
  );
}

/** Where the system breaks first; the headroom itself opens its "why?". */
function Headline({ result }: { readonly result: AnalysisResult }) {
  const { lead, headroom, tail } = bottleneckHeadline(result);
  return (
    <p className="headline" data-testid="bottleneck">
      {capitalise(lead)}
      {headroom && <Why figure={headroom} label="Headroom: how far today's load can grow" testId="headroom" />}
      {tail}
    </p>
  );
}

function capitalise(sentence: string): string {
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}
