// The "?" list of every shortcut: a toolbar button and a dialog over the canvas, opened with "?" too. The
// dialog takes the focus and gives it back on close (Escape, the close button, or a click outside it).
import { useEffect, useRef } from 'react';
import { SHORTCUTS } from './editorKeys';
import './editing.css';

export function ShortcutsButton({ onOpen }: { readonly onOpen: () => void }) {
  return (
    <button type="button" data-testid="shortcuts-open" title="Keyboard shortcuts (?)" aria-label="Keyboard shortcuts" onClick={onOpen}>
      ?
    </button>
  );
}

export function ShortcutsPanel({ open, onClose }: { readonly open: boolean; readonly onClose: () => void }) {
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    closeRef.current?.focus();
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      before?.focus();
    };
  }, [open, onClose]);
  if (!open) return null;
  return (
    <div className="shortcuts-backdrop" onMouseDown={onClose}>
      <div className="shortcuts" role="dialog" aria-modal="true" aria-labelledby="shortcuts-title" data-testid="shortcuts" onMouseDown={(event) => event.stopPropagation()}>
        <header>
          <h2 id="shortcuts-title">Keyboard shortcuts</h2>
          <button type="button" ref={closeRef} onClick={onClose} aria-label="Close">
            ×
          </button>
        </header>
        <div className="shortcuts-groups">
          {SHORTCUTS.map((group) => (
            <section key={group.title}>
              <h3>{group.title}</h3>
              <dl>
                {group.shortcuts.map((shortcut) => (
                  <div key={shortcut.keys} className="shortcut">
                    <dt>
                      <kbd>{shortcut.keys}</kbd>
                    </dt>
                    <dd>{shortcut.does}</dd>
                  </div>
                ))}
              </dl>
            </section>
          ))}
        </div>
      </div>
    </div>
  );
}
