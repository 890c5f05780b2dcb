// The terms a headline figure is made of (the engine's `Term` tree), inside its "why?" popover: each
// row names its part, the rule that combines it (series, parallel max, fan-out, mixture, k of n, shared
// zone…), its own figure, the share of requests it concerns and, for availability, what it costs.
// A part that is a component is a button: clicking it selects and frames that component on the board.
import type { Term, TermRule } from '@napkin/analysis';
import { TERM_RULES, sharePercent } from '@napkin/analysis';
import { formatFigure } from './format';

const RULE_WORDS: Readonly<Record<TermRule, string>> = {
  series: 'in series',
  'parallel-max': 'parallel max',
  'fan-out': 'fan-out',
  mixture: 'mixture',
  alternatives: 'one branch',
  'own-time': 'own time',
  network: 'network',
  component: 'P(up)',
  'k-of-n': 'k of n',
  'shared-zone': 'shared zone',
};

/** Shares of at least this much are every request: the row says nothing about them. */
const EVERY_REQUEST = 0.9995;

export interface TermTreeProps {
  readonly term: Term;
  /** Select and frame a component on the board. */
  readonly onSelect?: (componentId: string) => void;
  /** Why the flow's requests reach a component in its share (`reachReason`): worded when a row shows it. */
  readonly reason?: (componentId: string) => string | undefined;
}

export function TermTree({ term, onSelect, reason }: TermTreeProps) {
  return (
    <div className="why-terms-wrap">
      <div className="why-terms-title">Made of</div>
      <ul className="why-terms" data-testid="why-terms">
        {term.children.map((child, index) => (
          <TermRow key={`${child.label}-${index}`} term={child} onSelect={onSelect} reason={reason} />
        ))}
      </ul>
    </div>
  );
}

function TermRow({
  term,
  onSelect,
  reason,
}: {
  readonly term: Term;
  readonly onSelect: ((componentId: string) => void) | undefined;
  readonly reason: TermTreeProps['reason'];
}) {
  const share = term.share.value < EVERY_REQUEST ? `${sharePercent(term.share.value)} of requests` : null;
  const component = term.component;
  return (
    <li data-testid="why-term" data-component={component ?? undefined} data-zone={term.zone ?? undefined} data-rule={term.rule}>
      <span className="why-term-line">
        {component !== null && onSelect ? (
          <button type="button" className="link" data-testid="why-term-link" onClick={() => onSelect(component)}>
            {term.label}
          </button>
        ) : (
          <span>{term.label}</span>
        )}{' '}
        <span className="why-term-rule" title={TERM_RULES[term.rule]}>
          {RULE_WORDS[term.rule]}
        </span>{' '}
        <strong data-testid="why-term-figure">{formatFigure(term.figure)}</strong>
        {share && (
          <span className="why-term-share" data-testid="why-term-share" title={term.share.note ?? (share !== null && component ? reason?.(component) : undefined)}>
            {' '}
            · {share}
          </span>
        )}
        {term.cost && term.cost.value > 0 && <span className="why-term-cost"> · costs {formatFigure(term.cost)}</span>}
      </span>
      {term.children.length > 0 && (
        <ul className="why-terms">
          {term.children.map((child, index) => (
            <TermRow key={`${child.label}-${index}`} term={child} onSelect={onSelect} reason={reason} />
          ))}
        </ul>
      )}
    </li>
  );
}
