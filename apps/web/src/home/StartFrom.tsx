// The home page's other ways in: start a board from a reference architecture, or open a board file or a
// Mermaid flowchart from disk. Either makes a new board (the relay hands back its owner link, kept here)
// and opens it with the file waiting; the board writes it once its state has arrived. A file that does not
// read is refused here, before any board is made, with what is wrong and where.
import { useRef, useState } from 'react';
import { createBoard } from '../access/accessApi';
import { holdToken } from '../access/linkStore';
import type { PendingImports } from '../import/pendingImport';
import type { ImportReading } from '../import/readImport';
import type { NameStorage } from '../presence/identity';
import type { BoardId } from '../route/route';
import { TEMPLATES } from './templates';
import './home.css';

export interface StartFromProps {
  readonly onOpenBoard: (boardId: BoardId) => void;
  readonly storage: NameStorage | null;
  /** Where the file waits for the new board to open. */
  readonly pendingImports: PendingImports;
}

type Problem = { readonly title: string; readonly details: readonly string[] };

export function StartFrom({ onOpenBoard, storage, pendingImports }: StartFromProps) {
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  const openWith = (reading: Extract<ImportReading, { kind: 'board' }>) => {
    setBusy(true);
    createBoard().then(
      ({ boardId, token }) => {
        holdToken(storage, boardId, token);
        pendingImports.hold(boardId, reading);
        onOpenBoard(boardId);
      },
      (error: unknown) => {
        setBusy(false);
        setProblem({ title: 'No board was made', details: [error instanceof Error ? error.message : String(error)] });
      },
    );
  };

  const openFile = async (file: File) => {
    // The reader (board file schema, catalog, Mermaid parser) loads only when a file is opened: the home
    // page's first paint does not wait for it (issue 18, first load).
    const [text, { hintFromFileName, readImportText }] = await Promise.all([file.text(), import('../import/readImport')]);
    const reading = readImportText(text, hintFromFileName(file.name));
    if (reading.kind === 'board') openWith(reading);
    else if (reading.kind === 'refused') setProblem({ title: `${file.name}: ${reading.title}`, details: reading.details });
    else setProblem({ title: `${file.name} is neither a Napkin board file nor a Mermaid flowchart`, details: [] });
  };

  return (
    <section className="start-from" aria-labelledby="start-from-title">
      <h2 id="start-from-title">Start from…</h2>
      <ul className="templates">
        {TEMPLATES.map((template) => (
          <li key={template.id}>
            <button
              type="button"
              data-testid={`template-${template.id}`}
              disabled={busy}
              onClick={() => openWith({ kind: 'board', file: template.board, from: 'reference architecture', unknownNames: [], warnings: [] })}
            >
              <strong>{template.title}</strong>
              <span>{template.summary}</span>
            </button>
          </li>
        ))}
      </ul>
      <p className="open-file">
        <button type="button" data-testid="open-board-file" disabled={busy} onClick={() => fileInput.current?.click()}>
          Open a board file or Mermaid flowchart…
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,.mmd,.mermaid,.md,.txt,application/json,text/plain"
          hidden
          data-testid="open-board-file-input"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file !== undefined) void openFile(file);
          }}
        />
      </p>
      {problem !== null && (
        <div className="error" role="alert" data-testid="open-problem">
          <strong>{problem.title}</strong>
          {problem.details.length > 0 && (
            <ul>
              {problem.details.map((detail, index) => (
                <li key={index}>{detail}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
