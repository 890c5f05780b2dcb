// The fields of a zone: a frame on the board (availability zone, region or data centre) whose
// rectangle decides which components and zones it contains, and whose availability everything inside
// shares. A region may name its continent, so calls between continents cost the cross-continent round trip.
import { CATALOG, coordinate, displayName, engine, extent, NONE, probability } from './bounds.js';
import { booleanField, choiceField, textField } from './field.js';
import type { ChoiceValue } from './field.js';

export const zoneLevelField = choiceField({
  label: 'Level',
  options: [
    { value: 'availability-zone', label: 'Availability zone' },
    { value: 'region', label: 'Region' },
    { value: 'data-centre', label: 'Data centre' },
  ],
  default: NONE,
});

/** The frame on the board. Layout for the file, but also what decides membership in the document. */
export const zoneRectangleFields = { x: coordinate('x'), y: coordinate('y'), width: extent('Width'), height: extent('Height') };

export const zoneOptionalFields = {
  name: displayName(),
  /** A zone level's id is a catalog kind, so its default availability is the catalog's. */
  availability: probability({ label: 'Availability of the whole frame', default: CATALOG }),
  continent: textField({
    label: 'Continent',
    help: 'Calls between zones on different continents cost the cross-continent round trip',
    minLength: 1,
    maxLength: 64,
    default: NONE,
  }),
  /** The shared what-if, as a component's `whatIf.down`: everything inside the frame is lost with it. */
  down: booleanField({ label: 'Down (what if)', default: engine(false) }),
};

/** Every editable field of a zone, in the order a form shows them (the rectangle is edited on the canvas). */
export const zoneFields = { name: zoneOptionalFields.name, level: zoneLevelField, availability: zoneOptionalFields.availability, continent: zoneOptionalFields.continent, down: zoneOptionalFields.down };

export const ZONE_LEVELS = zoneLevelField.options.map((option) => option.value);
export type ZoneLevel = ChoiceValue<typeof zoneLevelField>;
