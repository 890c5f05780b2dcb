// Issue 15, strict input that still reads what people write: a zone's level written by a common name
// (`az`, `AWS region`, `datacenter`) reads as the format's level, through the catalog's zone kinds, as
// `kind: "postgres"` reads as a relational primary. A level nothing resolves is still an error that
// names its path and the levels there are.
import { describe, expect, it } from 'vitest';
import { analyzeInput } from '../analyze';
import { parseBoard } from './parse';

const board = (levels: readonly string[]) => ({
  format: 'napkin-board',
  version: 1,
  components: [
    { id: 'users', kind: 'web-client', entry: { rps: 100 } },
    { id: 'db', kind: 'postgres', zone: 'z0' },
  ],
  calls: [{ id: 'c1', from: 'users', to: 'db' }],
  zones: levels.map((level, index) => ({ id: `z${index}`, level })),
});

describe("a zone's level written by another name", () => {
  it('reads az, AWS region, datacenter and dc as the levels they mean; the format’s own levels stay', () => {
    const { board: parsed, errors } = parseBoard(board(['az', 'AWS region', 'datacenter', 'dc', 'region', 'availability-zone']));
    expect(errors).toEqual([]);
    expect(parsed?.zones.map((zone) => zone.level)).toEqual([
      'availability-zone',
      'region',
      'data-centre',
      'data-centre',
      'region',
      'availability-zone',
    ]);
  });

  it('puts the component in the zone it names, so the zone counts in its availability', () => {
    const { result, errors } = analyzeInput(board(['az']));
    expect(errors).toEqual([]);
    // A single availability zone's default (catalog: 99.95 %) below a Postgres primary.
    const terms = JSON.stringify(result?.flows[0]?.availability.terms);
    expect(terms).toContain('"zone":"z0"');
  });

  it('a level nothing resolves is reported at its path with the levels there are, and the zone is left out', () => {
    const { board: parsed, errors } = parseBoard(board(['moon base']));
    expect(errors).toEqual([
      { path: 'zones[0].level', message: expect.stringContaining('availability-zone, region, data-centre') },
    ]);
    expect(parsed?.zones).toEqual([]);
  });
});
