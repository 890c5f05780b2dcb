// Over the canvas, while anything is left out of the numbers: how many entries and why, each in words
// (analysis/leftOut.ts), then the unknown fields the document holds, as warnings (their entries are
// counted). Not folded into the panel: a figure read without it would look complete.
import { useState } from 'react';
import { useLeftOut } from '../analysis/context';
import './problems.css';

/** The banner lists this many lines and counts the rest. */
const SHOWN = 6;

export function LeftOutBanner() {
  const { lines, warnings } = useLeftOut();
  const [expanded, setExpanded] = useState(false);
  if (lines.length === 0 && warnings.length === 0) return null;
  const shown = expanded ? lines : lines.slice(0, SHOWN);
  const shownWarnings = expanded ? warnings : warnings.slice(0, Math.max(0, SHOWN - shown.length));
  const hidden = lines.length - shown.length + warnings.length - shownWarnings.length;
  return (
    <div className="left-out-banner" role="status" data-testid="left-out">
      {lines.length > 0 && (
        <>
          <strong>{leftOutHeading(lines.length)}</strong>
          <ul>
            {shown.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      )}
      {warnings.length > 0 && (
        <div data-testid="left-out-warnings">
          <strong>{warnings.length === 1 ? 'One field the document holds is' : `${warnings.length} fields the document holds are`} unknown and ignored</strong>
          <ul>
            {shownWarnings.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      )}
      {hidden > 0 && (
        <button type="button" className="link" onClick={() => setExpanded(true)}>
          … and {hidden} more
        </button>
      )}
    </div>
  );
}

/** "One part of the board is not in the numbers", "3 parts …": the banner's and the panel's count. */
export function leftOutHeading(count: number): string {
  return `${count === 1 ? 'One part of the board is' : `${count} parts of the board are`} not in the numbers`;
}

/** On a component the engine skipped, or one with a field ignored: a mark naming why. */
export function SkippedMark({ reason }: { readonly reason: string }) {
  return (
    <div className="skipped-mark" data-testid="skipped" title={reason}>
      not in the numbers: {reason}
    </div>
  );
}
