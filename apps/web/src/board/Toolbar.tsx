// The board's top bar: a few component kinds to add (the full palette is its own feature), undo
// and redo, and, passed in as children, the roster and connection status.
import { getKind } from '@napkin/catalog';
import type { KindSpec } from '@napkin/catalog';
import type { ReactNode } from 'react';
import type { Undo } from './useUndo';

/** The walking skeleton's palette: one request path from client to database. */
export const TOOLBAR_KINDS = [
  'web-client',
  'load-balancer-l7',
  'stateless-service',
  'in-memory-cache',
  'relational-primary',
] as const;

export interface ToolbarProps {
  readonly onAdd: (kind: KindSpec) => void;
  readonly undo: Undo;
  readonly children?: ReactNode;
}

export function Toolbar({ onAdd, undo, children }: ToolbarProps) {
  // A kind this build's catalog lacks is left out rather than offered broken.
  const kinds = TOOLBAR_KINDS.map((id) => getKind(id)).filter((kind): kind is KindSpec => kind !== undefined);
  return (
    <header className="board-bar">
      <a className="brand" href="/">Napkin</a>
      <div className="group" role="group" aria-label="Add a component">
        {kinds.map((kind) => (
          <button key={kind.id} type="button" data-testid={`add-${kind.id}`} title={kind.summary} onClick={() => onAdd(kind)}>
            + {shortLabel(kind.label)}
          </button>
        ))}
      </div>
      <div className="group" role="group" aria-label="History">
        <button type="button" data-testid="undo" onClick={undo.undo} disabled={!undo.canUndo} title="Undo (Ctrl+Z)">
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

/** "Relational database (primary)" → "Relational database": the full label is on the node and in the tooltip. */
function shortLabel(label: string): string {
  return label.replace(/\s*\(.*\)\s*$/, '');
}
