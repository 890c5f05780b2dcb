// The board's title in the toolbar: a field for those who may edit the board (Enter or leaving it writes,
// Escape goes back), plain text for readers. The browser tab follows the title, everyone's edit included.
// The page's one heading is the title too, hidden from view (the field shows it) but there for screen
// readers' heading navigation.
import type { Board } from '@napkin/doc';
import { useEffect, useState } from 'react';
import type { UndoSteps } from '../board/flowEditor';
import { cleanTitle, tabTitle, TITLE_LIMIT, UNTITLED } from './boardTitle';
import './title.css';

export interface BoardTitleProps {
  readonly board: Board;
  readonly undoManager: UndoSteps;
  readonly title: string;
  readonly readOnly: boolean;
}

export function BoardTitle({ board, undoManager, title, readOnly }: BoardTitleProps) {
  const [draft, setDraft] = useState(title);
  const [editing, setEditing] = useState(false);
  // Someone else's rename shows at once, unless this person is typing a title of their own.
  useEffect(() => {
    if (!editing) setDraft(title);
  }, [title, editing]);
  useEffect(() => {
    document.title = tabTitle(title);
  }, [title]);

  const heading = <h1 className="visually-hidden">{title === '' ? UNTITLED : title}</h1>;
  if (readOnly) {
    return (
      <>
        {heading}
        <span className="board-title read-only" data-testid="board-title" title={title}>
          {title === '' ? UNTITLED : title}
        </span>
      </>
    );
  }
  const commit = () => {
    setEditing(false);
    const cleaned = cleanTitle(draft);
    setDraft(cleaned);
    if (cleaned === title) return;
    board.setTitle(cleaned);
    undoManager.stopCapturing();
  };
  return (
    <>
      {heading}
      <input
        className="board-title"
        data-testid="board-title"
        aria-label="Board title"
        placeholder={UNTITLED}
        value={draft}
        maxLength={TITLE_LIMIT}
        onFocus={() => setEditing(true)}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') event.currentTarget.blur();
          else if (event.key === 'Escape') {
            setDraft(title);
            setEditing(false);
            // Blurring after the reset writes nothing: the draft equals the title again.
            requestAnimationFrame(() => (event.target as HTMLInputElement).blur());
          }
        }}
      />
    </>
  );
}
