// A component's parameters. Entry points (client kinds) edit their offered load and objectives;
// every other kind edits instances, its per-instance figures, the traits its kind carries, whether it
// sheds load past its capacity, and the zones its instances are spread over.
// Unset fields show the default the engine used (the catalog's or its own) with its source; reset clears the override.
import { getKind } from '@napkin/catalog';
import { componentParamsSchema, componentPatchSchema, entryLoadSchema } from '@napkin/doc';
import type { Board, BoardComponent } from '@napkin/doc';
import { KindIcon } from '../icons/glyphs';
import { useDrawing } from '../board/nodes/drawingContext';
import { traitsOf, useDefaults } from './defaults';
import { parseSpread } from '../spread/spread';
import { BEHAVIOUR_PARAMS, ENTRY_FIELDS, INSTANCES, SERVER_PARAMS, TRAIT_PARAMS } from './fieldSpecs';
import { FieldRow } from './FieldRow';
import type { Edit } from './edit';
import type { Validator } from './parseField';
import { SpreadSection } from './SpreadSection';

const paramValidators = componentParamsSchema.shape as unknown as Record<string, Validator>;
const entryValidators = entryLoadSchema.shape as unknown as Record<string, Validator>;
const instancesValidator = componentPatchSchema.shape.instances as unknown as Validator;

/**
 * The schema's check plus the catalog's invariant p50 ≤ p99, against the other percentile as it
 * stands (override or default), so a board never says its median is slower than its tail.
 */
function latencyValidator(key: 'p50Ms' | 'p99Ms', other: number | undefined): Validator | undefined {
  const base = paramValidators[key];
  if (base === undefined || other === undefined) return base;
  return {
    safeParse(value: unknown) {
      const checked = base.safeParse(value);
      if (!checked.success || typeof value !== 'number') return checked;
      if (key === 'p50Ms' ? value <= other : value >= other) return checked;
      const message = key === 'p50Ms' ? `p50 must not be above p99 (${other} ms)` : `p99 must not be below p50 (${other} ms)`;
      return { success: false, error: { issues: [{ message }] } };
    },
  };
}

export interface ComponentInspectorProps {
  readonly board: Board;
  readonly component: BoardComponent;
  readonly edit: Edit;
}

export function ComponentInspector({ board, component, edit }: ComponentInspectorProps) {
  const kind = getKind(component.kind);
  const { zoneOf, zonesById } = useDrawing();
  const zone = zoneOf.get(component.id);
  const spread = parseSpread(component.spread);
  const { id } = component;
  const params: Record<string, unknown> = component.params;
  const entry: Record<string, unknown> = component.entry ?? {};
  const isEntry = kind?.traits.entryPoint === true;
  const traits = traitsOf(kind);
  const defaults = useDefaults();
  const instancesDefault = defaults.component(id, 'instances');
  const ownInstances = component.instances ?? (instancesDefault?.value as number | undefined) ?? kind?.defaults.instances.value ?? 1;
  // Counts set per zone are the instance count: a new count for the whole makes the spread even again.
  const evenSpread = spread.counted ? { spread: spread.entries.map((entry) => entry.zone).join(' ') } : {};
  const percentile = (key: 'p50Ms' | 'p99Ms') => component.params[key] ?? (defaults.component(id, key)?.value as number | undefined);
  const otherPercentile = (key: 'p50Ms' | 'p99Ms') => percentile(key === 'p50Ms' ? 'p99Ms' : 'p50Ms');

  return (
    <>
      <header className="inspector-head">
        <KindIcon kindId={component.kind} size={22} />
        <div>
          <h2 data-testid="inspector-title">{component.name || kind?.label}</h2>
          <p className="inspector-sub">{kind?.label ?? `Unknown kind “${component.kind}”`}</p>
        </div>
      </header>
      <p className="inspector-placement" data-testid="inspector-placement">
        {spread.entries.length > 0
          ? `Spread over ${spread.entries.length} zone${spread.entries.length === 1 ? '' : 's'} (instead of the frame it is drawn in)`
          : zone
            ? `Placed in ${zone.name || 'a frame'} (${getKind(zone.level)?.label ?? zone.level})`
            : 'Not inside any zone'}
      </p>
      {isEntry ? (
        <section>
          <h3>Offered load and objectives</h3>
          {ENTRY_FIELDS.map((spec) => (
            <FieldRow
              key={spec.key}
              spec={spec}
              value={entry[spec.key]}
              fallback={defaults.entry(id, spec.key)}
              validator={entryValidators[spec.key]}
              onCommit={(value) => edit(() => board.updateComponent(id, { entry: { [spec.key]: value } }))}
              {...(entry[spec.key] !== undefined ? { onReset: () => edit(() => board.updateComponent(id, { entry: { [spec.key]: undefined } })) } : {})}
            />
          ))}
        </section>
      ) : (
        <section>
          <h3>Per instance</h3>
          <FieldRow
            spec={INSTANCES}
            value={component.instances}
            fallback={instancesDefault}
            validator={instancesValidator}
            onCommit={(value) => edit(() => board.updateComponent(id, { instances: value as number, ...evenSpread }))}
            // Unset is the kind's default, so a reset clears the override.
            {...(component.instances !== undefined ? { onReset: () => edit(() => board.updateComponent(id, { instances: undefined, ...evenSpread })) } : {})}
          />
          {[...SERVER_PARAMS, ...TRAIT_PARAMS.filter((spec) => traits.has(spec.key)), ...BEHAVIOUR_PARAMS].map((spec) => (
            <FieldRow
              key={spec.key}
              spec={spec}
              value={params[spec.key]}
              fallback={defaults.component(id, spec.key)}
              validator={spec.key === 'p50Ms' || spec.key === 'p99Ms' ? latencyValidator(spec.key, otherPercentile(spec.key)) : paramValidators[spec.key]}
              onCommit={(value) => edit(() => board.updateComponent(id, { params: { [spec.key]: value } }))}
              {...(params[spec.key] !== undefined ? { onReset: () => edit(() => board.updateComponent(id, { params: { [spec.key]: undefined } })) } : {})}
            />
          ))}
        </section>
      )}
      {!isEntry && <SpreadSection board={board} component={component} zones={[...zonesById.values()]} instances={ownInstances} edit={edit} />}
    </>
  );
}
