// The fields of annotations (free text on the board) and of the board itself. Both are layout and
// metadata only: the engine reads the title for its report and nothing else here.
import { coordinate, NONE } from './bounds.js';
import { numberField, textField } from './field.js';

export const annotationFields = {
  text: textField({ label: 'Text', minLength: 0, maxLength: 10_000, default: NONE }),
  x: coordinate('x'),
  y: coordinate('y'),
};

export const boardMetaFields = {
  title: textField({ label: 'Title', minLength: 0, maxLength: 200, default: NONE }),
  /** Milliseconds since the epoch. Unset (the document reads it as 0) for a board from before it was recorded. */
  createdAt: numberField({ label: 'Created', unit: '', min: 0, minExclusive: true, max: Number.MAX_SAFE_INTEGER, integer: true, default: NONE }),
};
