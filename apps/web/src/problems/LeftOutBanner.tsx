// Over the canvas, while anything is left out of the numbers: how many entries and why, each in words
// (problems/leftOut.ts). Not folded into the panel: a figure read without it would look complete.
import { useState } from 'react';
import { useLeftOut } from '../analysis/context';
import './problems.css';

/** The banner lists this many lines and counts the rest. */
const SHOWN = 6;

export function LeftOutBanner() {
  const { lines } = useLeftOut();
  const [expanded, setExpanded] = useState(false);
  if (lines.length === 0) return null;
  const shown = expanded ? lines : lines.slice(0, SHOWN);
  return (
    <div className="left-out-banner" role="status" data-testid="left-out">
      <strong>
        {lines.length === 1 ? 'One part of the board is' : `${lines.length} parts of the board are`} not in the numbers
      </strong>
      <ul>
        {shown.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {lines.length > shown.length && (
        <button type="button" className="link" onClick={() => setExpanded(true)}>
          … and {lines.length - shown.length} more
        </button>
      )}
    </div>
  );
}

/** On a component the engine skipped: a mark naming why, in place of the figures it does not have. */
export function SkippedMark({ reason }: { readonly reason: string }) {
  return (
    <div className="skipped-mark" data-testid="skipped" title={reason}>
      not in the numbers: {reason}
    </div>
  );
}
