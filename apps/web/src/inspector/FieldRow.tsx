// One editable parameter: the value (or, when unset, its default as the placeholder), the unit, the
// default with its playbook source on hover, a validation message when the typed value is out of
// range (nothing is written then), and "reset to default" when the board overrides the default.
// Numbers and text commit on Enter or when the field loses focus; choices and switches at once. An emptied
// field goes back to its default; Escape or Ctrl+Z in a field takes back the typing, writing nothing.
import { useEffect, useId, useState } from 'react';
import type { FieldDefault } from './defaults';
import { describeSource } from './defaults';
import type { FieldSpec } from './fieldSpecs';
import { parseField, rangeMessage, toDisplayed } from './parseField';
import type { Validator } from './parseField';

export interface FieldRowProps {
  readonly spec: FieldSpec;
  /** The stored value the board has for this field; undefined when unset. */
  readonly value: unknown;
  readonly fallback: FieldDefault | undefined;
  readonly validator: Validator | undefined;
  readonly onCommit: (value: unknown) => void;
  /** Absent when the field cannot be reset (nothing overrides the default). */
  readonly onReset?: () => void;
  /** Shown in an empty field instead of the default ("mixed" when several components differ). */
  readonly placeholder?: string;
}

export function FieldRow({ spec, value, fallback, validator, onCommit, onReset, placeholder }: FieldRowProps) {
  const inputId = useId();
  const [error, setError] = useState<string | null>(null);
  const commit = (raw: string | boolean) => {
    const parsed = parseField(spec, raw, validator);
    if (!parsed.ok) return setError(parsed.message);
    setError(null);
    if (parsed.value !== value) onCommit(parsed.value);
  };
  const shown = value ?? fallback?.value;

  return (
    <div className={`field${error ? ' invalid' : ''}`} data-testid={`field-${spec.key}`}>
      <label htmlFor={inputId}>{spec.label}</label>
      <div className="field-input">
        {spec.type === 'boolean' ? (
          <input id={inputId} type="checkbox" data-testid={`input-${spec.key}`} checked={shown === true} onChange={(e) => commit(e.target.checked)} />
        ) : spec.type === 'choice' ? (
          <select id={inputId} data-testid={`input-${spec.key}`} value={String(shown ?? '')} onChange={(e) => commit(e.target.value)}>
            {spec.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        ) : (
          <TextInput
            id={inputId}
            testId={`input-${spec.key}`}
            stored={toDisplayed(spec, value)}
            placeholder={placeholder ?? (fallback ? toDisplayed(spec, fallback.value) : '')}
            // The allowed range, on hover, before anything is refused.
            hint={spec.type === 'number' ? rangeMessage(spec) : undefined}
            invalid={error !== null}
            onCommit={commit}
            onEdit={() => setError(null)}
          />
        )}
        {spec.type === 'number' && spec.unit !== '' && <span className="unit">{spec.unit}</span>}
        {onReset && (
          <button type="button" className="reset" data-testid={`reset-${spec.key}`} title="Reset to default" onClick={() => { setError(null); onReset(); }}>
            ↺
          </button>
        )}
      </div>
      {error && (
        <p className="field-error" role="alert" data-testid={`error-${spec.key}`}>
          {error}
        </p>
      )}
      {fallback && (
        <p className="field-default" data-testid={`default-${spec.key}`} title={describeSource(fallback.source)}>
          default {toDisplayed(spec, fallback.value)}
          {spec.type === 'number' && spec.unit !== '' ? ` ${spec.unit}` : ''} · <span className="source">{fallback.source.section}</span>
        </p>
      )}
      {spec.type !== 'choice' && spec.type !== 'text' && spec.help && <p className="field-help">{spec.help}</p>}
    </div>
  );
}

interface TextInputProps {
  readonly id: string;
  readonly testId: string;
  readonly stored: string;
  readonly placeholder: string;
  readonly hint: string | undefined;
  readonly invalid: boolean;
  readonly onCommit: (raw: string) => void;
  readonly onEdit: () => void;
}

/** A draft the user types into; the document's value replaces it whenever it changes (a peer's edit, undo). */
function TextInput({ id, testId, stored, placeholder, hint, invalid, onCommit, onEdit }: TextInputProps) {
  const [draft, setDraft] = useState(stored);
  useEffect(() => setDraft(stored), [stored]);
  return (
    <input
      id={id}
      data-testid={testId}
      value={draft}
      placeholder={placeholder}
      title={hint}
      aria-invalid={invalid}
      onChange={(e) => {
        setDraft(e.target.value);
        onEdit();
      }}
      onBlur={() => draft !== stored && onCommit(draft)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') onCommit(draft);
        else if (e.key === 'Escape' || isUndoKey(e)) {
          // Ctrl+Z in a field takes back what was typed since the last commit, writing nothing. Escape with
          // nothing to take back is left to the inspector (back to the canvas).
          if (e.key !== 'Escape' || draft !== stored) e.preventDefault();
          setDraft(stored);
          onEdit();
        }
      }}
    />
  );
}

function isUndoKey(event: { key: string; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }): boolean {
  return (event.ctrlKey || event.metaKey) && !event.shiftKey && !event.altKey && event.key.toLowerCase() === 'z';
}
