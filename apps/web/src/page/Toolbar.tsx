// The board's top bar: undo and redo and, passed in as children, the roster and connection status.
// Components are added from the palette (`src/palette/`).
import type { ReactNode } from 'react';
import type { Undo } from './useUndo';

export interface ToolbarProps {
  readonly undo: Undo;
  /** The board's title, beside the brand (`src/title/`). */
  readonly title?: ReactNode;
  readonly children?: ReactNode;
}

export function Toolbar({ undo, title, children }: ToolbarProps) {
  return (
    <header className="board-bar">
      <a className="brand" href="/">Napkin</a>
      {title}
      <div className="group" role="group" aria-label="History">
        <button type="button" data-testid="undo" data-steps={undo.steps} onClick={undo.undo} disabled={!undo.canUndo} title="Undo (Ctrl+Z)">
          Undo
        </button>
        <button type="button" data-testid="redo" onClick={undo.redo} disabled={!undo.canRedo} title="Redo (Ctrl+Shift+Z)">
          Redo
        </button>
      </div>
      <span className="spacer" />
      {children}
    </header>
  );
}
