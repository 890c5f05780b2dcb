// "Why?" for any number on the board: wrap the number in <Why figure={explained}> and a click opens a
// popover with the engine's formula, its inputs and any note. The popover is portalled to the body
// and placed under the number, so it is neither clipped by a node nor scaled by the canvas zoom.
// For assistive technology the button is named by the number and what it is ("38 % — share of the p99
// budget API takes (why?)", not "38 %"), and the popover is a dialog that takes the focus when it opens
// and gives it back to the button when Escape closes it.
import type { Explained } from '@napkin/analysis';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { MouseEvent, ReactNode, RefObject } from 'react';
import { createPortal } from 'react-dom';
import { formatFigure, formatInput } from './format';

export interface WhyProps {
  readonly figure: Explained;
  /** What the number is ("p99 latency of checkout"); the popover's title. */
  readonly label?: string;
  /** The number as shown; defaults to the formatted figure. */
  readonly children?: ReactNode;
  readonly testId?: string;
  readonly className?: string;
  /** More to show under the formula: a headline figure's terms (TermTree). */
  readonly detail?: ReactNode;
}

interface Anchor {
  readonly left: number;
  readonly top: number;
}

export function Why({ figure, label, children, testId, className, detail }: WhyProps) {
  const [anchor, setAnchor] = useState<Anchor | null>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const popoverId = useId();
  const buttonId = useId();
  const hintId = useId();
  const close = useCallback(() => setAnchor(null), []);

  const toggle = (event: MouseEvent<HTMLButtonElement>) => {
    // Inside a node, a click on the number must not select or drag the node under it.
    event.stopPropagation();
    if (anchor) return close();
    const rect = event.currentTarget.getBoundingClientRect();
    setAnchor({ left: rect.left, top: rect.bottom + 4 });
  };

  return (
    <>
      <button
        ref={buttonRef}
        id={buttonId}
        type="button"
        className={`why-figure nodrag nopan${className ? ` ${className}` : ''}`}
        data-testid={testId}
        data-value={figure.value}
        // The number as shown, then what it is: the visible text starts the name (WCAG 2.5.3).
        aria-labelledby={`${buttonId} ${hintId}`}
        aria-haspopup="dialog"
        aria-expanded={anchor !== null}
        aria-controls={anchor ? popoverId : undefined}
        title="Why? Click for the formula and its inputs"
        onClick={toggle}
        onPointerDown={(event) => event.stopPropagation()}
      >
        {children ?? formatFigure(figure)}
      </button>
      {/* Outside the button so the button's text stays the number; display none still names it (aria-labelledby). */}
      <span id={hintId} style={{ display: 'none' }}>
        {`— ${label ?? 'a figure'} (why?)`}
      </span>
      {anchor &&
        createPortal(
          <WhyPopover id={popoverId} figure={figure} label={label} anchor={anchor} owner={buttonRef} onClose={close} detail={detail} />,
          document.body,
        )}
    </>
  );
}

interface WhyPopoverProps {
  readonly id: string;
  readonly figure: Explained;
  readonly label: string | undefined;
  readonly anchor: Anchor;
  readonly owner: RefObject<HTMLButtonElement | null>;
  readonly onClose: () => void;
  readonly detail: ReactNode;
}

function WhyPopover({ id, figure, label, anchor, owner, onClose, detail }: WhyPopoverProps) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  // Focus moves into the dialog so a keyboard or screen reader user lands on the explanation.
  useEffect(() => {
    ref.current?.focus({ preventScroll: true });
  }, []);
  useEffect(() => {
    // Escape with the focus inside the popover is handled on it (below); this one is for focus elsewhere.
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      // Back to the button it came from, so the user continues where they were.
      const hadFocus = ref.current?.contains(document.activeElement) === true || document.activeElement === document.body;
      onClose();
      if (hadFocus) owner.current?.focus({ preventScroll: true });
    };
    const onDown = (event: PointerEvent) => {
      const target = event.target as Node | null;
      if (ref.current?.contains(target) || owner.current?.contains(target)) return;
      onClose();
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('pointerdown', onDown, true);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('pointerdown', onDown, true);
    };
  }, [onClose, owner]);

  const inputs = Object.entries(figure.inputs);
  const left = Math.max(8, Math.min(anchor.left, window.innerWidth - 328));
  return (
    <div
      ref={ref}
      id={id}
      role="dialog"
      aria-labelledby={titleId}
      tabIndex={-1}
      className="why-popover"
      data-testid="why-popover"
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        // Handled here: the popover is a child of its button in React's tree, so inside a component's box the
        // Escape would reach the canvas's node too and unselect the component the user is looking at.
        event.stopPropagation();
        onClose();
        owner.current?.focus({ preventScroll: true });
      }}
      style={{ left, top: anchor.top }}
    >
      <div className="why-title" id={titleId}>
        {label ?? 'Why this number'}: <strong>{formatFigure(figure)}</strong>
      </div>
      <code className="why-formula" data-testid="why-formula">
        {figure.formula}
      </code>
      {inputs.length > 0 && (
        <dl className="why-inputs">
          {inputs.map(([name, value]) => (
            <div key={name}>
              <dt>{name}</dt>
              <dd>{formatInput(value)}</dd>
            </div>
          ))}
        </dl>
      )}
      {figure.capped && <p className="why-note">Capped: the true value is larger than the engine reports.</p>}
      {figure.note && <p className="why-note">{figure.note}</p>}
      {detail}
    </div>
  );
}
