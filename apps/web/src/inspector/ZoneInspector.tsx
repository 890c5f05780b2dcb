// A zone frame's parameters: name, level and the availability of the whole frame (everything inside
// fails with it). Its size and place are edited on the canvas (drag the header, resize the corners).
import { getKind } from '@napkin/catalog';
import { zonePatchSchema } from '@napkin/doc';
import type { Board, BoardComponent, BoardZone } from '@napkin/doc';
import { KindIcon } from '../icons/glyphs';
import { useDrawing } from '../board/nodes/drawingContext';
import { useDefaults } from './defaults';
import { ZONE_FIELDS } from './fieldSpecs';
import { FieldRow } from './FieldRow';
import type { Edit } from './edit';
import type { Validator } from './parseField';

const validators = zonePatchSchema.shape as unknown as Record<string, Validator>;

export interface ZoneInspectorProps {
  readonly board: Board;
  readonly zone: BoardZone;
  readonly members: readonly BoardComponent[];
  readonly edit: Edit;
}

export function ZoneInspector({ board, zone, members, edit }: ZoneInspectorProps) {
  const { zoneOf } = useDrawing();
  const inside = members.filter((component) => zoneOf.get(component.id)?.id === zone.id);
  const values: Record<string, unknown> = { ...zone, name: zone.name === '' ? undefined : zone.name };
  const defaults = useDefaults();
  return (
    <>
      <header className="inspector-head">
        <KindIcon kindId={zone.level} size={22} />
        <div>
          <h2 data-testid="inspector-title">{zone.name || getKind(zone.level)?.label}</h2>
          <p className="inspector-sub" data-testid="zone-members">
            {getKind(zone.level)?.label ?? zone.level} · {inside.length} component{inside.length === 1 ? '' : 's'} directly inside
          </p>
        </div>
      </header>
      <section>
        {ZONE_FIELDS.map((spec) => (
          <FieldRow
            key={spec.key}
            spec={spec}
            value={values[spec.key]}
            fallback={defaults.zone(zone.id, spec.key)}
            validator={validators[spec.key]}
            onCommit={(value) => edit(() => board.updateZone(zone.id, { [spec.key]: value }))}
            // The level is required: it can be changed but not cleared.
            {...(spec.key !== 'level' && values[spec.key] !== undefined
              ? { onReset: () => edit(() => board.updateZone(zone.id, { [spec.key]: undefined })) }
              : {})}
          />
        ))}
      </section>
    </>
  );
}

