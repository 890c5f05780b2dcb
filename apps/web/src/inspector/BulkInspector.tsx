// The inspector for several selected components: the fields they share, each showing the common value or
// "mixed", written to all of them at once (one transaction, one undo step). An emptied field gives every
// one of them back its own default. Above them, align and distribute. Calls, frames and notes in the
// selection are left as they are.
import { componentParamsSchema, componentPatchSchema, entryLoadSchema } from '@napkin/doc';
import type { Board, BoardComponent } from '@napkin/doc';
import { AlignButtons } from './AlignButtons';
import { commonValue, sharedFields, writeAll } from './bulkFields';
import type { SharedField } from './bulkFields';
import type { Edit } from './edit';
import { FieldRow } from './FieldRow';
import type { Validator } from './parseField';

const paramValidators = componentParamsSchema.shape as unknown as Record<string, Validator>;
const entryValidators = entryLoadSchema.shape as unknown as Record<string, Validator>;
const instancesValidator = componentPatchSchema.shape.instances as unknown as Validator;

export interface BulkInspectorProps {
  readonly board: Board;
  readonly components: readonly BoardComponent[];
  /** Selected items that are not components (calls, frames, notes): counted, not edited. */
  readonly others: number;
  readonly edit: Edit;
}

export function BulkInspector({ board, components, others, edit }: BulkInspectorProps) {
  const shared = sharedFields(components);
  const validatorOf = ({ spec, group }: SharedField) => (group === 'instances' ? instancesValidator : group === 'entry' ? entryValidators[spec.key] : paramValidators[spec.key]);
  return (
    <>
      <header className="inspector-head">
        <div>
          <h2 data-testid="inspector-title">{components.length} components</h2>
          <p className="inspector-sub" data-testid="bulk-summary">
            {shared.kind === 'mixed' ? 'Entry points and services share no fields' : 'A value typed here is set on all of them'}
            {others > 0 ? ` · ${others} other item${others === 1 ? '' : 's'} selected, left as they are` : ''}
          </p>
        </div>
      </header>
      <AlignButtons board={board} components={components} edit={edit} />
      {shared.kind !== 'mixed' && (
        <section data-testid="bulk-fields">
          {shared.fields.map((field) => {
            const common = commonValue(components, field);
            const overridden = common.mixed || common.value !== undefined;
            return (
              <FieldRow
                key={field.spec.key}
                spec={field.spec}
                value={common.mixed ? undefined : common.value}
                fallback={undefined}
                placeholder={common.mixed ? 'mixed' : 'default'}
                validator={validatorOf(field)}
                onCommit={(value) => edit(() => writeAll(board, components, field, value))}
                {...(overridden ? { onReset: () => edit(() => writeAll(board, components, field, undefined)) } : {})}
              />
            );
          })}
        </section>
      )}
    </>
  );
}
