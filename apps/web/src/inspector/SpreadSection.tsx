// Where a component's instances run: a checklist of the board's zones (the spread), evenly or with an
// instance count per zone. A spread overrides the frame the component is drawn in, so losing one zone
// loses only that zone's instances. Each change writes `spread` (and, when the counts are set, the
// instance count they add up to) in one edit: one undo step.
import { getKind } from '@napkin/catalog';
import type { Board, BoardComponent, BoardZone } from '@napkin/doc';
import { LARGEST_COUNT } from '@napkin/fields';
import { useEffect, useState } from 'react';
import { countsOf, formatSpread, instancesWith, parseSpread, setCount, toggleZone, withCounts } from '../spread/spread';
import type { Spread } from '../spread/spread';
import type { Edit } from './edit';

export interface SpreadSectionProps {
  readonly board: Board;
  readonly component: BoardComponent;
  readonly zones: readonly BoardZone[];
  /** The component's own instance count (set, or its kind's default). */
  readonly instances: number;
  readonly edit: Edit;
}

const zoneLabel = (zone: BoardZone) => zone.name || getKind(zone.level)?.label || zone.level;

export function SpreadSection({ board, component, zones, instances, edit }: SpreadSectionProps) {
  const spread = parseSpread(component.spread);
  const listed = [...zones].sort((a, b) => zoneLabel(a).localeCompare(zoneLabel(b)) || a.id.localeCompare(b.id));
  const order = listed.map((zone) => zone.id);
  const counts = countsOf(spread, instances);
  const countOf = (zoneId: string) => counts[spread.entries.findIndex((entry) => entry.zone === zoneId)];
  // A spread naming a zone that was deleted since: shown so it can be taken out (the analysis skips it).
  const missing = spread.entries.filter((entry) => !zones.some((zone) => zone.id === entry.zone));
  const write = (next: Spread) =>
    edit(() =>
      board.updateComponent(component.id, {
        spread: formatSpread(next),
        ...(next.counted && next.entries.length > 0 ? { instances: instancesWith(next, instances) } : {}),
      }),
    );

  if (zones.length === 0 && spread.entries.length === 0) {
    return (
      <section data-testid="spread-section">
        <h3>Zones</h3>
        <p className="field-help">Draw zones (from the palette) to spread this component’s instances over them.</p>
      </section>
    );
  }
  return (
    <section className="spread-section" data-testid="spread-section">
      <h3>Spread over zones</h3>
      <p className="field-help">
        {spread.entries.length === 0
          ? 'Tick the zones its instances run in; unticked, it runs where it is drawn.'
          : `${instancesWith(spread, instances)} instances over ${spread.entries.length} zone${spread.entries.length === 1 ? '' : 's'}; losing a zone loses only its instances.`}
      </p>
      <ul className="spread-zones">
        {listed.map((zone) => {
          const on = spread.entries.some((entry) => entry.zone === zone.id);
          return (
            <li key={zone.id}>
              <label>
                <input type="checkbox" data-testid={`spread-zone-${zoneLabel(zone)}`} checked={on} onChange={(e) => write(toggleZone(spread, zone.id, e.target.checked, order))} />
                {zoneLabel(zone)}
              </label>
              {on &&
                (spread.counted ? (
                  <CountInput
                    count={countOf(zone.id) ?? 1}
                    label={`Instances in ${zoneLabel(zone)}`}
                    testId={`spread-count-${zoneLabel(zone)}`}
                    onCommit={(count) => write(setCount(spread, zone.id, count, instances))}
                  />
                ) : (
                  <span className="spread-even" data-testid={`spread-even-${zoneLabel(zone)}`}>
                    ×{countOf(zone.id) ?? 0}
                  </span>
                ))}
            </li>
          );
        })}
        {missing.map((entry) => (
          <li key={entry.zone} className="spread-missing">
            <label>
              <input type="checkbox" checked onChange={() => write(toggleZone(spread, entry.zone, false, order))} />
              {entry.zone} <span className="field-error">(no such zone on this board)</span>
            </label>
          </li>
        ))}
      </ul>
      {spread.entries.length > 0 && (
        <label className="spread-counted">
          <input type="checkbox" data-testid="spread-counted" checked={spread.counted} onChange={(e) => write(withCounts(spread, e.target.checked, instances))} />
          Set the instances per zone
        </label>
      )}
    </section>
  );
}

interface CountInputProps {
  readonly count: number;
  readonly label: string;
  readonly testId: string;
  readonly onCommit: (count: number) => void;
}

/** A whole number of instances, at least 1; Enter or leaving the field commits. */
function CountInput({ count, label, testId, onCommit }: CountInputProps) {
  const shown = String(count);
  const [draft, setDraft] = useState(shown);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setDraft(shown), [shown]);
  const commit = () => {
    if (draft === shown) return;
    const value = Number(draft.replace(/[\s,_]/g, ''));
    if (!Number.isInteger(value) || value < 1 || value > LARGEST_COUNT) {
      setError(`Instances in a zone must be a whole number from 1 to ${LARGEST_COUNT.toLocaleString('en-US')}`);
      return;
    }
    setError(null);
    onCommit(value);
  };
  return (
    <span className="spread-count">
      ×
      <input
        aria-label={label}
        data-testid={testId}
        value={draft}
        aria-invalid={error !== null}
        onChange={(e) => {
          setDraft(e.target.value);
          setError(null);
        }}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          else if (e.key === 'Escape') setDraft(shown);
        }}
      />
      {error && (
        <span className="field-error" role="alert" data-testid={`${testId}-error`}>
          {error}
        </span>
      )}
    </span>
  );
}
