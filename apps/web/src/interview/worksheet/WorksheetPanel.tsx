// The worksheet in the interview bar: one drawer whose parts sit under the RAPID-S phase they belong to
// (1 Requirements: scale figures and requirement lines; 2 API: endpoints; 4 Internals: data model and
// partitioning notes), the part of the phase now running marked and opened first. It lives in the board's
// document, so the candidate, the interviewer and a practising person edit it live and an observer reads it
// (their inputs are read-only, and the relay would close a socket that tried to write).
import type { Board, BoardSnapshot } from '@napkin/doc';
import { RAPID_S_PHASES, WORKSHEET_PHASES } from '@napkin/doc';
import type { ReactNode } from 'react';
import { useEffect, useState } from 'react';
import { applyTextChange } from '../notesText';
import { ScaleFigures } from './ScaleFigures';
import { entryPointsOf, useWorksheet } from './useWorksheet';
import { ApiList, RequirementList } from './WorksheetLists';
import './worksheet.css';

export interface WorksheetPanelProps {
  readonly board: Board;
  readonly writable: boolean;
  /** The board as drawn now (its clients can take the worksheet's load). */
  readonly boardSnapshot: BoardSnapshot;
  /** The phase running now (RAPID_S_PHASES id), null before the start. */
  readonly currentPhase: string | null;
}

/** The drawer; its parts are read from the board only while it is open (closed, it costs nothing per edit). */
export function WorksheetPanel(props: WorksheetPanelProps) {
  const [open, setOpen] = useState(false);
  const current = Object.entries(WORKSHEET_PHASES).find(([, phase]) => phase === props.currentPhase)?.[0];
  return (
    <details className="interview-drawer worksheet" data-testid="worksheet" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary data-testid="worksheet-open">Worksheet{current === undefined ? '' : ` · ${current === 'notes' ? 'data model' : current === 'api' ? 'API' : 'requirements'}`}</summary>
      {open && <WorksheetParts {...props} />}
    </details>
  );
}

function WorksheetParts({ board, writable, boardSnapshot, currentPhase }: WorksheetPanelProps) {
  const { sheet, snapshot } = useWorksheet(board);
  const entries = entryPointsOf(boardSnapshot);
  const part = (key: keyof typeof WORKSHEET_PHASES, children: ReactNode) => {
    const phaseId = WORKSHEET_PHASES[key];
    const index = RAPID_S_PHASES.findIndex((phase) => phase.id === phaseId);
    const title = key === 'notes' ? `${RAPID_S_PHASES[index]?.title ?? ''}: data model and partitioning` : RAPID_S_PHASES[index]?.title;
    return (
      <section className="worksheet-part" data-testid={`worksheet-part-${key}`} data-phase={phaseId} data-current={phaseId === currentPhase}>
        <h3>
          <span className="worksheet-phase-number">{index + 1}</span> {title}
        </h3>
        {children}
      </section>
    );
  };
  return (
    <div className="interview-drawer-body">
      {!writable && <p className="hint">View only: the candidate and the interviewer fill this in.</p>}
      {part(
        'requirements',
        <>
          <ScaleFigures sheet={sheet} scale={snapshot.scale} writable={writable} board={board} entries={entries} />
          <RequirementList sheet={sheet} lines={snapshot.requirements} writable={writable} />
        </>,
      )}
      {part('api', <ApiList sheet={sheet} lines={snapshot.apis} writable={writable} />)}
      {part(
        'notes',
        <>
          <NotesText label="Data model" testId="worksheet-data-model" text={snapshot.dataModel} writable={writable} onChange={(value) => applyTextChange(sheet.text('dataModel'), value)} />
          <NotesText label="Partitioning" testId="worksheet-partitioning" text={snapshot.partitioning} writable={writable} onChange={(value) => applyTextChange(sheet.text('partitioning'), value)} />
        </>,
      )}
    </div>
  );
}

interface NotesTextProps {
  readonly label: string;
  readonly testId: string;
  readonly text: string;
  readonly writable: boolean;
  readonly onChange: (value: string) => void;
}

/** A shared text typed into by its changed span (notesText.ts), so two people typing keep both their words. */
function NotesText({ label, testId, text, writable, onChange }: NotesTextProps) {
  const [value, setValue] = useState(text);
  useEffect(() => setValue(text), [text]);
  return (
    <label className="worksheet-notes">
      <span>{label}</span>
      <textarea
        data-testid={testId}
        value={value}
        rows={3}
        maxLength={5_000}
        readOnly={!writable}
        onChange={(event) => {
          setValue(event.target.value);
          onChange(event.target.value);
        }}
      />
    </label>
  );
}
