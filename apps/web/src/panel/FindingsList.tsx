// The linter's findings, grouped by rule (worst first, with counts): a group's heading shows all its
// components on the canvas, and each finding its own. A group of more than a few starts folded, so a big
// board's hundreds of findings read as a dozen lines. Clicking selects and frames the components.
import type { Finding } from '@napkin/analysis';
import { groupFindings } from './findingGroups';
import type { FindingGroup } from './findingGroups';

/** Groups of up to this many findings start unfolded. */
const OPEN_GROUP_MAX = 3;

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
      {groupFindings(findings).map((group) => (
        <GroupItem key={group.rule} group={group} onFocus={onFocus} />
      ))}
    </ul>
  );
}

function GroupItem({ group, onFocus }: { readonly group: FindingGroup; readonly onFocus: (components: readonly string[]) => void }) {
  const count = group.findings.length;
  return (
    <li className="finding-group" data-testid="finding-group" data-rule={group.rule} data-count={count}>
      <details open={count <= OPEN_GROUP_MAX}>
        <summary>
          <span className={`severity ${group.severity}`}>{group.severity}</span> {group.title} <span className="finding-count">{count}</span>
        </summary>
        <ul>
          {group.findings.map((finding, index) => (
            <li key={`${finding.components.join(',')}-${finding.calls.join(',')}-${index}`}>
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
      </details>
      {/* Beside the heading (outside it: a button inside a summary would toggle the group too). */}
      {count > 1 && group.components.length > 0 && (
        <button type="button" className="link finding-show-all" data-testid={`finding-group-show-${group.rule}`} onClick={() => onFocus(group.components)}>
          show all {group.components.length}
        </button>
      )}
    </li>
  );
}
