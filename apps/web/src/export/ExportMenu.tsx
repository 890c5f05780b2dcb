// The board's Export menu: SVG, PNG 1×/2× on a transparent or white background, PDF (A4, Letter),
// Markdown, the board file and Mermaid, of the whole board or the selection, and "copy as image". Every
// format comes from `@napkin/render`, the renderer `napkin export` and the relay's export route use; it is
// loaded the first time someone exports, so the board itself loads without the PDF writer and rasteriser.
import type { BoardSnapshot } from '@napkin/doc';
import { useStore } from '@xyflow/react';
import { useState } from 'react';
import type { Background, ExportChoice } from './exportChoices';
import { COPY_IMAGE, EXPORT_CHOICES } from './exportChoices';
import './export.css';

export interface ExportMenuProps {
  readonly snapshot: BoardSnapshot;
  /** Open comment threads per element id, drawn as markers. */
  readonly comments: ReadonlyMap<string, number>;
}

/** Ids of the selected components, zones and notes (React Flow node ids are the board's ids). */
const loadRunner = () => import('./runExport');

const selectedIds = (state: { nodes: readonly { id: string; selected?: boolean }[] }): string =>
  state.nodes
    .filter((node) => node.selected === true)
    .map((node) => node.id)
    .join(' ');

export function ExportMenu({ snapshot, comments }: ExportMenuProps) {
  const [open, setOpen] = useState(false);
  const [background, setBackground] = useState<Background>('transparent');
  const [onlySelection, setOnlySelection] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  // A string, so the menu re-renders only when the selection changes, not on every node move.
  const selectionKey = useStore(selectedIds);
  const selection = selectionKey === '' ? [] : selectionKey.split(' ');
  const scope = onlySelection && selection.length > 0 ? selection : undefined;

  const run = async (what: string, action: () => Promise<string>) => {
    setBusy(true);
    setMessage(`Exporting ${what}…`);
    try {
      setMessage(await action());
    } catch (error) {
      setMessage(`Could not export ${what}: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  };
  const save = (choice: ExportChoice) =>
    run(choice.label, async () => {
      const { runExport, download } = await loadRunner();
      const exported = await runExport(snapshot, comments, choice.request(background, scope));
      download(exported);
      return `Saved ${exported.fileName}`;
    });
  const copy = () =>
    run('the image', async () => {
      const { runExport, copyImage } = await loadRunner();
      const exported = await runExport(snapshot, comments, COPY_IMAGE(background, scope));
      return (await copyImage(exported)) ? 'Image copied to the clipboard' : 'This browser would not put an image on the clipboard: use PNG instead';
    });

  return (
    <div className="export">
      <button type="button" data-testid="export" onClick={() => setOpen(!open)} aria-expanded={open}>
        Export
      </button>
      {open && (
        <div className="export-panel" data-testid="export-panel" role="menu">
          <fieldset className="export-scope">
            <label>
              <input type="radio" name="export-scope" checked={!onlySelection || selection.length === 0} onChange={() => setOnlySelection(false)} /> Whole board
            </label>
            <label title={selection.length === 0 ? 'Select components, zones or notes first' : undefined}>
              <input type="radio" name="export-scope" data-testid="export-selection" disabled={selection.length === 0} checked={onlySelection && selection.length > 0} onChange={() => setOnlySelection(true)} />{' '}
              Selection ({selection.length})
            </label>
          </fieldset>
          <fieldset className="export-background">
            <label>
              <input type="radio" name="export-background" checked={background === 'transparent'} onChange={() => setBackground('transparent')} /> Transparent
            </label>
            <label>
              <input type="radio" name="export-background" data-testid="export-white" checked={background === 'white'} onChange={() => setBackground('white')} /> White
            </label>
          </fieldset>
          {(['Picture', 'Report', 'Board'] as const).map((group) => (
            <div className="export-group" key={group}>
              <h4>{group}</h4>
              {EXPORT_CHOICES.filter((choice) => choice.group === group).map((choice) => (
                <button key={choice.id} type="button" role="menuitem" data-testid={`export-${choice.id}`} disabled={busy} onClick={() => void save(choice)}>
                  {choice.label}
                </button>
              ))}
              {group === 'Picture' && (
                <button type="button" role="menuitem" data-testid="export-copy-image" disabled={busy} onClick={() => void copy()}>
                  Copy as image
                </button>
              )}
            </div>
          ))}
          <p className="export-message" data-testid="export-message" role="status">
            {message}
          </p>
        </div>
      )}
    </div>
  );
}
