// The estimator form: edit the inputs, read requests/s, storage per year and bandwidth at once, and
// apply the load to an entry flow with one click (written to the entry component through the Board API,
// so every peer's analysis picks it up). In an interview the scale the candidate wrote on the worksheet
// (daily users, requests a day, peak factor, reads per write) fills the matching fields as it changes.
import { getKind } from '@napkin/catalog';
import type { Board, BoardComponent, BoardSnapshot, WorksheetScale } from '@napkin/doc';
import { Worksheet } from '@napkin/doc';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Why } from '../why/Why';
import type { EstimatorInputs, FieldName } from './estimate';
import { DEFAULT_ESTIMATOR_INPUTS, entryLoadFor, estimate, fieldsFromScale, validateField } from './estimate';

const FIELDS: readonly { readonly name: FieldName; readonly label: string }[] = [
  { name: 'dau', label: 'Daily active users' },
  { name: 'actionsPerUser', label: 'Actions per user per day' },
  { name: 'peakFactor', label: 'Peak factor (×)' },
  { name: 'recordBytes', label: 'Record size (bytes)' },
  { name: 'replication', label: 'Replication factor' },
  { name: 'writePercent', label: 'Actions that write (%)' },
];

type Drafts = Record<FieldName, string>;

function toDrafts(inputs: EstimatorInputs): Drafts {
  return Object.fromEntries(FIELDS.map(({ name }) => [name, String(inputs[name])])) as Drafts;
}

export function entryComponents(snapshot: BoardSnapshot): readonly BoardComponent[] {
  return snapshot.components.filter((component) => component.entry !== undefined || getKind(component.kind)?.traits.entryPoint === true);
}

export function Estimator({ board, snapshot }: { readonly board: Board; readonly snapshot: BoardSnapshot }) {
  const [drafts, setDrafts] = useState<Drafts>(() => toDrafts(DEFAULT_ESTIMATOR_INPUTS));
  const [target, setTarget] = useState<string>('');
  useWorksheetScale(board, (scale) => setDrafts((before) => ({ ...before, ...fieldsFromScale(scale) })));
  const entries = entryComponents(snapshot);
  const chosen = entries.find((entry) => entry.id === target) ?? entries[0];

  const checked = useMemo(() => {
    const values: Partial<Record<FieldName, number>> = {};
    const problems: Partial<Record<FieldName, string>> = {};
    for (const { name } of FIELDS) {
      const outcome = validateField(name, drafts[name]);
      if (typeof outcome === 'number') values[name] = outcome;
      else problems[name] = outcome;
    }
    const inputs = Object.keys(problems).length === 0 ? (values as EstimatorInputs) : null;
    return { inputs, problems };
  }, [drafts]);
  const figures = checked.inputs ? estimate(checked.inputs) : null;

  return (
    <details className="estimator" data-testid="estimator">
      <summary>Back-of-envelope estimator</summary>
      <div className="estimator-fields">
        {FIELDS.map(({ name, label }) => (
          <label key={name}>
            <span>{label}</span>
            <input
              data-testid={`estimator-${name}`}
              inputMode="decimal"
              value={drafts[name]}
              aria-invalid={checked.problems[name] !== undefined}
              onChange={(event) => setDrafts({ ...drafts, [name]: event.target.value })}
            />
            {checked.problems[name] && <em className="field-error">{checked.problems[name]}</em>}
          </label>
        ))}
      </div>
      {figures && (
        <dl className="estimator-results">
          <dt>Peak requests/s</dt>
          <dd><Why figure={figures.peakRps} label="Peak requests per second" testId="estimate-rps" /></dd>
          <dt>Average requests/s</dt>
          <dd><Why figure={figures.averageRps} label="Average requests per second" testId="estimate-average-rps" /></dd>
          <dt>Storage per year</dt>
          <dd><Why figure={figures.storagePerYear} label="Storage per year" testId="estimate-storage" /></dd>
          <dt>Bandwidth at peak</dt>
          <dd><Why figure={figures.bandwidth} label="Bandwidth at peak" testId="estimate-bandwidth" /></dd>
        </dl>
      )}
      {entries.length > 1 && (
        <select aria-label="Entry flow" value={chosen?.id ?? ''} onChange={(event) => setTarget(event.target.value)}>
          {entries.map((entry) => (
            <option key={entry.id} value={entry.id}>{entry.name}</option>
          ))}
        </select>
      )}
      <button
        type="button"
        data-testid="estimator-apply"
        disabled={!checked.inputs || !chosen}
        title={chosen ? `Write this load to ${chosen.name}` : 'Add a client first'}
        onClick={() => {
          if (checked.inputs && chosen) board.updateComponent(chosen.id, { entry: entryLoadFor(checked.inputs) });
        }}
      >
        {chosen ? `Apply load to ${chosen.name}` : 'No entry flow to apply to'}
      </button>
    </details>
  );
}

/** Calls `onScale` with the worksheet's scale on mount and after each change of its figures (not of its lines). */
function useWorksheetScale(board: Board, onScale: (scale: WorksheetScale) => void): void {
  const latest = useRef(onScale);
  latest.current = onScale;
  useEffect(() => {
    const sheet = new Worksheet(board.ydoc);
    let seen = '';
    const take = (scale: WorksheetScale) => {
      const key = JSON.stringify(scale);
      if (key === seen) return;
      seen = key;
      latest.current(scale);
    };
    take(sheet.snapshot().scale);
    return sheet.observe((snapshot) => take(snapshot.scale));
  }, [board]);
}
