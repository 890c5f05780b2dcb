// The linter's findings, errors first. Clicking one selects its components and zooms the canvas to them.
import type { Finding, Severity } from '@napkin/analysis';

const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];

export function sortBySeverity(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity));
}

export function FindingsList({
  findings,
  onFocus,
}: {
  readonly findings: readonly Finding[];
  readonly onFocus: (components: readonly string[]) => void;
}) {
  if (findings.length === 0) return <p className="hint" data-testid="no-findings">No findings.</p>;
  return (
    <ul className="findings" data-testid="findings">
      {sortBySeverity(findings).map((finding, index) => (
        <li key={`${finding.id}-${finding.components.join(',')}-${finding.calls.join(',')}-${index}`}>
          <button
            type="button"
            className={`finding ${finding.severity}`}
            data-testid={`finding-${finding.id}`}
            data-severity={finding.severity}
            data-components={finding.components.join(' ')}
            disabled={finding.components.length === 0}
            onClick={() => onFocus(finding.components)}
          >
            <span className="severity">{finding.severity}</span> {finding.message}
            <span className="fix">{finding.fix}</span>
            <span className="source">§ {finding.source.section}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
