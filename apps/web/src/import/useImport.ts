// The board's imports: a board file or a Mermaid flowchart pasted anywhere on the board's page (outside a
// text field) or dropped on the canvas, and a file the home page opened this board for. Each is read and
// checked first (`readImport.ts`); a refused one writes nothing and says why; an accepted one lands as one
// undo step, clear of what is there, and the view moves to frame it.
import type { Board } from '@napkin/doc';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { UndoSteps } from '../board/flowEditor';
import { KIND_DRAG_TYPE } from '../palette/paletteModel';
import { useFocusComponents } from '../panel/useFocusComponents';
import type { ImportNotice } from './applyImport';
import { applyImport } from './applyImport';
import type { PendingImports } from './pendingImport';
import type { ImportReading } from './readImport';
import { hintFromFileName, readImportText } from './readImport';

export interface ImportOptions {
  readonly boardId: string;
  readonly board: Board;
  readonly undoManager: UndoSteps;
  readonly readOnly: boolean;
  /** The relay connection: a waiting file is written once the board's shared state has arrived. */
  readonly provider: SyncSignal;
  /** Files the home page opened boards for. */
  readonly pending?: PendingImports;
}

/** What of y-websocket's provider the first-sync wait needs. */
export interface SyncSignal {
  readonly synced: boolean;
  on(event: 'sync', listener: (synced: boolean) => void): void;
  off(event: 'sync', listener: (synced: boolean) => void): void;
}

export interface Imports {
  readonly notice: ImportNotice | null;
  readonly dismiss: () => void;
}

/** The board's canvas, where drops are taken. */
const CANVAS = '.board-canvas';
/** A done notice goes by itself after this long; a refusal stays until dismissed. */
const DONE_NOTICE_MS = 12_000;

export function useImport({ boardId, board, undoManager, readOnly, provider, pending }: ImportOptions): Imports {
  const [notice, setNotice] = useState<ImportNotice | null>(null);
  const focus = useFocusComponents();
  const [framing, setFraming] = useState<readonly string[]>([]);

  const accept = useCallback(
    (reading: ImportReading) => {
      if (reading.kind === 'not-ours') return;
      if (reading.kind === 'refused') {
        setNotice({ tone: 'refused', title: reading.title, details: reading.details });
        return;
      }
      const applied = applyImport(board, undoManager, reading);
      setNotice(applied.notice);
      if (applied.ok) setFraming([...applied.report.ids.components.values()]);
    },
    [board, undoManager],
  );
  const latest = useRef(accept);
  latest.current = accept;

  // Frame what arrived once React Flow has drawn it.
  useEffect(() => {
    if (framing.length === 0) return;
    const frame = requestAnimationFrame(() => {
      focus(framing);
      setFraming([]);
    });
    return () => cancelAnimationFrame(frame);
  }, [framing, focus]);

  useEffect(() => {
    if (notice?.tone !== 'done') return;
    const timer = setTimeout(() => setNotice(null), DONE_NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice]);

  // A file the home page opened this board for, once the board's state is here.
  const synced = useFirstSync(provider);
  useEffect(() => {
    if (!synced || readOnly) return;
    const waiting = pending?.take(boardId);
    if (waiting !== undefined) latest.current(waiting);
  }, [boardId, synced, readOnly, pending]);

  useEffect(() => {
    if (readOnly) return;
    const onPaste = (event: ClipboardEvent) => {
      if (isTextField(event.target) || event.clipboardData === null) return;
      const file = event.clipboardData.files[0];
      if (file !== undefined) {
        event.preventDefault();
        void file.text().then((text) => latest.current(readImportText(text, hintFromFileName(file.name))));
        return;
      }
      const reading = readImportText(event.clipboardData.getData('text/plain'));
      if (reading.kind === 'not-ours') return;
      event.preventDefault();
      latest.current(reading);
    };
    document.addEventListener('paste', onPaste);
    return () => document.removeEventListener('paste', onPaste);
  }, [readOnly]);

  // Drops on the canvas (listened for on the document: the board's view stays as it is). Palette items
  // carry their own type and are the palette's.
  useEffect(() => {
    if (readOnly) return;
    const carriesImport = (event: DragEvent) => {
      const types = event.dataTransfer?.types ?? [];
      const onCanvas = event.target instanceof Element && event.target.closest(CANVAS) !== null;
      return onCanvas && !types.includes(KIND_DRAG_TYPE) && (types.includes('Files') || types.includes('text/plain'));
    };
    const onDragOver = (event: DragEvent) => {
      if (!carriesImport(event)) return;
      event.preventDefault();
      if (event.dataTransfer !== null) event.dataTransfer.dropEffect = 'copy';
    };
    const onDrop = (event: DragEvent) => {
      if (!carriesImport(event) || event.dataTransfer === null) return;
      event.preventDefault();
      const file = event.dataTransfer.files[0];
      if (file !== undefined) void file.text().then((text) => latest.current(readImportText(text, hintFromFileName(file.name))));
      else latest.current(readImportText(event.dataTransfer.getData('text/plain')));
    };
    document.addEventListener('dragover', onDragOver);
    document.addEventListener('drop', onDrop);
    return () => {
      document.removeEventListener('dragover', onDragOver);
      document.removeEventListener('drop', onDrop);
    };
  }, [readOnly]);

  return { notice, dismiss: useCallback(() => setNotice(null), []) };
}

function useFirstSync(provider: SyncSignal): boolean {
  const [synced, setSynced] = useState(provider.synced);
  useEffect(() => {
    if (synced) return;
    const onSync = (now: boolean) => {
      if (now) setSynced(true);
    };
    provider.on('sync', onSync);
    if (provider.synced) setSynced(true);
    return () => provider.off('sync', onSync);
  }, [provider, synced]);
  return synced;
}

function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.tagName === 'INPUT' || target.tagName === 'TEXTAREA';
}
