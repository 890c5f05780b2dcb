// The inspector's view of a split (alternatives): every branch of the group together, because their
// shares are one decision. Changing one share rebalances the others so the split still sums to 100 %;
// each branch says whether it fails over; the presets set the three usual shapes at once; a branch can
// leave the split, or the split can end. Every change is one transaction through `edit`: one undo step.
import type { Board } from '@napkin/doc';
import { useEffect, useState } from 'react';
import { applyPreset, presetOf, removeBranch, setShare, ungroup, writeSplit } from '../alternatives/split';
import type { Preset, SplitGroup, SplitPatches } from '../alternatives/split';
import type { Edit } from './edit';

const PRESETS: readonly { readonly preset: Preset; readonly label: string; readonly help: string }[] = [
  { preset: 'active-active', label: 'Active-active', help: 'Equal shares; a lost branch’s share goes to the others' },
  { preset: 'weighted', label: 'Weighted, no failover', help: 'The shares as set; a lost branch’s share fails' },
  { preset: 'active-passive', label: 'Active-passive', help: 'The primary takes every request; the standbys take over when it is down' },
];

export interface SplitEditorProps {
  readonly board: Board;
  readonly group: SplitGroup;
  /** The call the inspector was opened on: highlighted, and the primary of "active-passive". */
  readonly currentCallId?: string;
  readonly nameOf: (componentId: string) => string;
  readonly edit: Edit;
}

export function SplitEditor({ board, group, currentCallId, nameOf, edit }: SplitEditorProps) {
  const write = (patches: SplitPatches) => edit(() => writeSplit(board, patches));
  const preset = presetOf(group);
  // Alphabetical by target, so rows do not jump while shares change.
  const branches = [...group.branches].sort((a, b) => nameOf(a.call.to).localeCompare(nameOf(b.call.to)) || a.call.id.localeCompare(b.call.id));
  const primary = currentCallId ?? branches[0]?.call.id;
  return (
    <section className="split-editor" data-testid="split-editor" data-split={group.name}>
      <h3>
        Split “{group.name}” from {nameOf(group.from)} · {branches.length} branches
      </h3>
      <p className="field-help">Each request takes exactly one branch, by its share; the shares sum to 100 %.</p>
      <div className="split-presets" role="group" aria-label="Split presets">
        {PRESETS.map(({ preset: each, label, help }) => (
          <button
            key={each}
            type="button"
            aria-pressed={preset === each}
            data-testid={`preset-${each}`}
            title={each === 'active-passive' ? `${help} (primary: ${nameOf(branches.find((b) => b.call.id === primary)?.call.to ?? '')})` : help}
            onClick={() => write(applyPreset(group, each, primary))}
          >
            {label}
          </button>
        ))}
      </div>
      <ul className="split-branches">
        {branches.map((branch) => {
          const target = nameOf(branch.call.to);
          return (
            <li key={branch.call.id} className={branch.call.id === currentCallId ? 'current' : undefined} data-testid={`branch-${target}`}>
              <span className="branch-target" title={`${nameOf(group.from)} → ${target}`}>
                → {target}
              </span>
              <ShareInput
                share={branch.share}
                label={`Share of ${target}`}
                testId={`share-${target}`}
                onCommit={(share) => write(setShare(group, branch.call.id, share))}
              />
              <label className="branch-failover" title="When its target is down, its share goes to the other branches">
                <input
                  type="checkbox"
                  data-testid={`failover-${target}`}
                  checked={branch.failover}
                  onChange={(e) => write(new Map([[branch.call.id, { failover: e.target.checked ? undefined : false }]]))}
                />
                failover
              </label>
              <button
                type="button"
                className="branch-remove"
                data-testid={`remove-branch-${target}`}
                title="Take this call out of the split (it stays drawn, made by every request)"
                onClick={() => write(removeBranch(group, branch.call.id))}
              >
                ×
              </button>
            </li>
          );
        })}
      </ul>
      <button type="button" data-testid="ungroup-split" onClick={() => write(ungroup(group))}>
        Ungroup: plain calls again
      </button>
    </section>
  );
}

interface ShareInputProps {
  readonly share: number;
  readonly label: string;
  readonly testId: string;
  readonly onCommit: (share: number) => void;
}

/** A percentage typed as people read it ("70", "70 %", "33.3"); Enter or leaving the field commits. */
function ShareInput({ share, label, testId, onCommit }: ShareInputProps) {
  const shown = formatPercent(share);
  const [draft, setDraft] = useState(shown);
  const [error, setError] = useState<string | null>(null);
  // The document's value replaces the draft whenever it changes (a rebalance, a peer's edit, undo).
  useEffect(() => setDraft(shown), [shown]);
  const commit = () => {
    if (draft === shown) return;
    const percent = Number(draft.replace(/[\s%]/g, '').replace(',', '.'));
    if (draft.trim() === '' || !Number.isFinite(percent) || percent < 0 || percent > 100) {
      setError('A share is a percentage from 0 to 100');
      return;
    }
    setError(null);
    onCommit(percent / 100);
  };
  return (
    <span className="branch-share">
      <input
        aria-label={label}
        data-testid={testId}
        value={draft}
        aria-invalid={error !== null}
        title={error ?? undefined}
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
      <span className="unit">%</span>
      {error && (
        <span className="field-error" role="alert" data-testid={`${testId}-error`}>
          {error}
        </span>
      )}
    </span>
  );
}

/** 0.5 → "50", 1/3 → "33.33": the 0.01 % grid the shares are kept on. */
export function formatPercent(share: number): string {
  return String(Number((share * 100).toFixed(2)));
}
