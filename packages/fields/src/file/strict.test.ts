// A board file that names a field the format does not have is refused with where it is and what was
// likely meant; a percentage where a fraction belongs says so.
import { describe, expect, it } from 'vitest';
import { parseBoard } from './parse.js';

const envelope = { format: 'napkin-board', version: 1 };
const errorsOf = (board: object) => parseBoard({ ...envelope, components: [], ...board }).errors;

describe('strict reading of a board file', () => {
  it('names a misspelt field in params and suggests the real one', () => {
    const errors = errorsOf({ components: [{ id: 'db', kind: 'relational-primary', params: { availabilty: 0.9995 } }] });
    expect(errors).toEqual([{ path: 'components[0].params.availabilty', message: 'unknown field; did you mean availability?' }]);
  });

  it('points a flat component field to the group it belongs in', () => {
    const errors = errorsOf({ components: [{ id: 'db', kind: 'worker', availability: 0.99, p99: 40, hit_ratio: 0.9 }] });
    expect(errors).toEqual([
      { path: 'components[0].availability', message: 'unknown field; did you mean params.availability?' },
      { path: 'components[0].p99', message: 'unknown field; did you mean params.p99Ms?' },
      { path: 'components[0].hit_ratio', message: 'unknown field; did you mean params.hitRatio?' },
    ]);
  });

  it('knows the usual synonyms of call fields', () => {
    const calls = [{ id: 'c', from: 'a', to: 'b', mode: 'sync', timeout: 100, fanout: 10, retry: 2 }];
    const errors = errorsOf({ components: [{ id: 'a', kind: 'worker' }, { id: 'b', kind: 'worker' }], calls });
    expect(errors.map((error) => `${error.path}: ${error.message}`)).toEqual([
      'calls[0].timeout: unknown field; did you mean timeoutMs?',
      'calls[0].fanout: unknown field; did you mean callsPerRequest?',
      'calls[0].retry: unknown field; did you mean retries?',
    ]);
  });

  it('says nothing it cannot back up: a far-off name gets no suggestion', () => {
    const errors = errorsOf({ zones: [{ id: 'eu', level: 'region', colour: 'blue' }], owner: 'me' });
    expect(errors).toEqual([
      { path: 'owner', message: 'unknown field' },
      { path: 'zones[0].colour', message: 'unknown field' },
    ]);
  });

  it('keeps the rest of an element with an unknown field, so the error is the only difference', () => {
    const { board } = parseBoard({ ...envelope, components: [{ id: 'a', kind: 'worker', instances: 3, replicas: 2 }] });
    expect(board?.components).toEqual([{ id: 'a', kind: 'worker', instances: 3 }]);
  });

  it('reads 99.95 in a fraction field as the percentage it probably is, with the path', () => {
    const errors = errorsOf({ components: [{ id: 'a', kind: 'worker' }, { id: 'b', kind: 'worker', params: { availability: 99.95 } }] });
    expect(errors).toEqual([
      {
        path: 'components[1].params.availability',
        message: 'must be a fraction between 0 and 1, e.g. 0.9995; 99.95 looks like a percentage (99.95 % is 0.9995)',
      },
    ]);
  });
});
