// Editing several components at once: which fields they share (entry points share their offered load and
// objectives; serving components share instances, the per-instance figures, the behaviour past capacity
// and the traits every one of their kinds carries), what each field shows (the common value, or "mixed"),
// and the write that sets a field on all of them in one transaction, so one undo takes it back.
// Pure but for the Board it writes to, so unit-tested against a real Y.Doc.
import { getKind } from '@napkin/catalog';
import type { Board, BoardComponent } from '@napkin/doc';
import { parseSpread } from '../spread/spread';
import { traitsOf } from './defaults';
import type { FieldSpec } from './fieldSpecs';
import { BEHAVIOUR_PARAMS, ENTRY_FIELDS, INSTANCES, SERVER_PARAMS, TRAIT_PARAMS } from './fieldSpecs';

/** Where a field lives on a component: `instances` itself, `params.<key>` or `entry.<key>`. */
export type FieldGroup = 'instances' | 'params' | 'entry';

export interface SharedField {
  readonly spec: FieldSpec;
  readonly group: FieldGroup;
}

export type SharedFields = { readonly kind: 'entry' | 'serving'; readonly fields: readonly SharedField[] } | { readonly kind: 'mixed' };

/** The fields every one of `components` has; `mixed` when entry points and serving components are both selected. */
export function sharedFields(components: readonly BoardComponent[]): SharedFields {
  const entries = components.filter((component) => getKind(component.kind)?.traits.entryPoint === true).length;
  if (entries === components.length) return { kind: 'entry', fields: ENTRY_FIELDS.map((spec) => ({ spec, group: 'entry' })) };
  if (entries > 0) return { kind: 'mixed' };
  const traitSets = components.map((component) => traitsOf(getKind(component.kind)));
  const commonTraits = TRAIT_PARAMS.filter((spec) => traitSets.every((traits) => traits.has(spec.key)));
  return {
    kind: 'serving',
    fields: [
      { spec: INSTANCES, group: 'instances' },
      ...[...SERVER_PARAMS, ...commonTraits, ...BEHAVIOUR_PARAMS].map((spec): SharedField => ({ spec, group: 'params' })),
    ],
  };
}

/** What the board has for `field` on `component` (undefined: unset, the default applies). */
export function valueOf(component: BoardComponent, field: SharedField): unknown {
  if (field.group === 'instances') return component.instances;
  const values: Record<string, unknown> = field.group === 'params' ? component.params : (component.entry ?? {});
  return values[field.spec.key];
}

/** The value all of them have (undefined for all unset), or `mixed` when they differ. */
export function commonValue(components: readonly BoardComponent[], field: SharedField): { readonly mixed: false; readonly value: unknown } | { readonly mixed: true } {
  const [first, ...rest] = components.map((component) => valueOf(component, field));
  return rest.every((value) => value === first) ? { mixed: false, value: first } : { mixed: true };
}

/**
 * Sets `field` to `value` on every component (undefined: back to each one's default), one transaction.
 * A new instance count makes a spread with counts per zone even again, as the single inspector does.
 */
export function writeAll(board: Board, components: readonly BoardComponent[], field: SharedField, value: unknown): void {
  board.batch(() => {
    for (const component of components) {
      const key = field.spec.key;
      if (field.group === 'instances') {
        const spread = parseSpread(component.spread);
        const even = spread.counted ? { spread: spread.entries.map((entry) => entry.zone).join(' ') } : {};
        board.updateComponent(component.id, { instances: value as number | undefined, ...even });
      } else {
        board.updateComponent(component.id, { [field.group]: { [key]: value } });
      }
    }
  });
}
