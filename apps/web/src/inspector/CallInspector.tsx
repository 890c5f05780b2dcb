// A call's parameters: mode, fan-out, fraction, traffic class, parallel group, timeout and retries,
// whether it is optional, and its label. Endpoints are fixed (re-wiring is delete and draw again).
// Its split (alternatives: group, share, failover) is edited with the split's other branches, never
// field by field, so the shares always sum to 100 %.
import { callPatchSchema } from '@napkin/doc';
import type { Board, BoardCall, BoardComponent } from '@napkin/doc';
import { groupOf } from '../alternatives/split';
import { NetworkWhy } from '../board/edges/NetworkWhy';
import { useDrawing } from '../board/nodes/drawingContext';
import { useDefaults } from './defaults';
import { CALL_FIELDS } from './fieldSpecs';
import { FieldRow } from './FieldRow';
import type { Edit } from './edit';
import type { Validator } from './parseField';
import { MakeSplitFromCall } from './MakeSplit';
import { SplitEditor } from './SplitEditor';

const validators = callPatchSchema.shape as unknown as Record<string, Validator>;
/** Edited together by the split's own section. */
const SPLIT_KEYS: ReadonlySet<string> = new Set(['alternative', 'share', 'failover']);
const ROW_FIELDS = CALL_FIELDS.filter((spec) => !SPLIT_KEYS.has(spec.key));

export interface CallInspectorProps {
  readonly board: Board;
  readonly call: BoardCall;
  readonly calls: readonly BoardCall[];
  readonly components: readonly BoardComponent[];
  readonly edit: Edit;
}

export function CallInspector({ board, call, calls, components, edit }: CallInspectorProps) {
  const nameOf = (id: string) => components.find((c) => c.id === id)?.name || 'unnamed';
  const { tiers, splits } = useDrawing();
  const tier = tiers.get(call.id);
  const group = groupOf(splits, call);
  const values: Record<string, unknown> = { ...call };
  const defaults = useDefaults();
  return (
    <>
      <header className="inspector-head">
        <div>
          <h2 data-testid="inspector-title">
            {nameOf(call.from)} → {nameOf(call.to)}
          </h2>
          <p className="inspector-sub">
            Call
            {tier && (
              <>
                {` · network ${tier.tier}, `}
                <NetworkWhy callId={call.id} testId="inspector-network" /> round trip
              </>
            )}
          </p>
        </div>
      </header>
      <section>
        {ROW_FIELDS.map((spec) => {
          const fallback = defaults.call(call.id, spec.key);
          const value = values[spec.key];
          // `mode` is required (the engine has no default for it): it is switched, never reset.
          const overridden = spec.key !== 'mode' && value !== undefined && (fallback === undefined || value !== fallback.value);
          return (
            <FieldRow
              key={spec.key}
              spec={spec}
              value={value}
              fallback={fallback}
              validator={validators[spec.key]}
              onCommit={(next) => edit(() => board.updateCall(call.id, { [spec.key]: next }))}
              {...(overridden ? { onReset: () => edit(() => board.updateCall(call.id, { [spec.key]: undefined })) } : {})}
            />
          );
        })}
      </section>
      {group ? (
        <SplitEditor key={group.key} board={board} group={group} currentCallId={call.id} nameOf={nameOf} edit={edit} />
      ) : (
        <MakeSplitFromCall key={call.id} board={board} calls={calls} splits={splits} call={call} nameOf={nameOf} edit={edit} />
      )}
    </>
  );
}
