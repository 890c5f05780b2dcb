// The requirements phase's scale figures: daily users, requests per user a day, peak factor and reads per
// write, each typed by the candidate (or the interviewer) into the shared worksheet, the peak they imply
// (DAU × requests a day / 86,400 × peak factor, playbook section 5.3), and one button that writes them as the
// client's load on the board, so the board's req/s and every figure downstream follow the stated scale.
import type { Board, BoardComponent, ScaleFigure, Worksheet, WorksheetScale } from '@napkin/doc';
import { DEFAULT_PEAK_FACTOR, parseScaleFigure, worksheetEntryLoad } from '@napkin/doc';
import { useEffect, useState } from 'react';
import { worksheetPeakRps } from '../../estimator/estimate';

const FIGURES: ReadonlyArray<{ readonly figure: ScaleFigure; readonly label: string; readonly placeholder: string }> = [
  { figure: 'dailyActiveUsers', label: 'Daily active users', placeholder: '10,000,000' },
  { figure: 'requestsPerUserPerDay', label: 'Requests per user a day', placeholder: '10' },
  { figure: 'peakFactor', label: 'Peak factor (×)', placeholder: String(DEFAULT_PEAK_FACTOR) },
  { figure: 'readsPerWrite', label: 'Reads per write', placeholder: '10' },
];

export interface ScaleFiguresProps {
  readonly sheet: Worksheet;
  readonly scale: WorksheetScale;
  readonly writable: boolean;
  readonly board: Board;
  /** The board's entry points (clients), the first of which takes the load. */
  readonly entries: readonly BoardComponent[];
}

export function ScaleFigures({ sheet, scale, writable, board, entries }: ScaleFiguresProps) {
  const peak = worksheetPeakRps(scale);
  const load = worksheetEntryLoad(scale);
  const client = entries[0];
  return (
    <div className="worksheet-scale">
      {FIGURES.map(({ figure, label, placeholder }) => (
        <FigureField key={figure} figure={figure} label={label} placeholder={placeholder} value={scale[figure]} writable={writable} sheet={sheet} />
      ))}
      <p className="worksheet-peak" data-testid="worksheet-peak-rps" data-rps={peak === null ? '' : Math.round(peak)}>
        {peak === null ? 'Give daily users and requests a day to see the peak.' : `≈ ${Math.round(peak).toLocaleString('en-US')} req/s at peak`}
      </p>
      {writable && (
        <button
          type="button"
          data-testid="worksheet-apply"
          disabled={load === null || client === undefined}
          title={client === undefined ? 'Draw a client first' : `Write this load to ${client.name}`}
          onClick={() => {
            if (load !== null && client !== undefined) board.updateComponent(client.id, { entry: load });
          }}
        >
          {client === undefined ? 'No client to load' : `Set ${client.name}'s load`}
        </button>
      )}
    </div>
  );
}

interface FigureFieldProps {
  readonly figure: ScaleFigure;
  readonly label: string;
  readonly placeholder: string;
  readonly value: number | null;
  readonly writable: boolean;
  readonly sheet: Worksheet;
}

/** One figure: typed freely, written when it is a number in range (an empty field clears it), else the reason shown. */
function FigureField({ figure, label, placeholder, value, writable, sheet }: FigureFieldProps) {
  const shown = value === null ? '' : value.toLocaleString('en-US');
  const [draft, setDraft] = useState(shown);
  const [problem, setProblem] = useState<string | null>(null);
  // A peer's change replaces what is shown, unless this field holds a draft that does not parse.
  useEffect(() => {
    setDraft(shown);
    setProblem(null);
  }, [shown]);
  const commit = () => {
    if (draft.trim() === '') {
      sheet.setScale(figure, null);
      return;
    }
    const parsed = parseScaleFigure(figure, draft);
    if (typeof parsed === 'string') setProblem(parsed);
    else sheet.setScale(figure, parsed);
  };
  return (
    <label>
      <span>{label}</span>
      <input
        data-testid={`worksheet-${figure}`}
        inputMode="decimal"
        value={draft}
        placeholder={placeholder}
        readOnly={!writable}
        aria-invalid={problem !== null}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={writable ? commit : undefined}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && writable) commit();
        }}
      />
      {problem !== null && <em className="field-error">{problem}</em>}
    </label>
  );
}
