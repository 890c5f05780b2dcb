// The flowchart subset people paste: headers, shapes, every link form with and without labels, chains,
// `&`, subgraphs (nested, titled several ways), front matter, comments and styling lines passed over.
import type { BoardFile } from '@napkin/fields';
import { describe, expect, it } from 'vitest';
import { parseMermaid } from './parseMermaid.js';

function read(text: string): BoardFile {
  const result = parseMermaid(text);
  expect(result.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  expect(result.board).not.toBeNull();
  return result.board!;
}

const callsOf = (board: BoardFile) => board.calls.map(({ from, to, mode, label }) => [from, to, mode, label ?? null]);

describe('parseMermaid: nodes', () => {
  it('reads every shape and the label inside it, quoted or not', () => {
    const board = read(
      [
        'flowchart TD',
        '  a[Orders API] & b(Web app) & c([Users]) & d[[Jobs queue]] & e[(Postgres)]',
        '  f((Redis)) & g{{Load balancer}} & h[/Stripe/] & i[\\S3\\] & j{Kafka} & k>CDN] & l(((DNS)))',
        '  m["Orders [v2] (beta)"] & n:::hot',
      ].join('\n'),
    );
    expect(board.components.map(({ id, name, kind }) => [id, name, kind])).toEqual([
      ['a', 'Orders API', 'stateless-service'],
      ['b', 'Web app', 'stateless-service'],
      ['c', 'Users', 'web-client'],
      ['d', 'Jobs queue', 'message-queue'],
      ['e', 'Postgres', 'relational-primary'],
      ['f', 'Redis', 'in-memory-cache'],
      ['g', 'Load balancer', 'load-balancer-l7'],
      ['h', 'Stripe', 'payment-provider'],
      ['i', 'S3', 'object-storage'],
      ['j', 'Kafka', 'event-stream'],
      // A label that is exactly a kind's label names no component of its own: the board shows the kind's label.
      ['k', undefined, 'cdn'],
      ['l', undefined, 'dns'],
      ['m', 'Orders [v2] (beta)', 'stateless-service'],
      ['n', 'n', 'stateless-service'],
    ]);
  });

  it('keeps the last label a node is given, and its first subgraph', () => {
    const board = read(['graph LR', 'subgraph one', '  a', 'end', 'subgraph two', '  a[Renamed]', 'end', 'a --> b'].join('\n'));
    expect(board.components[0]).toMatchObject({ id: 'a', name: 'Renamed', zone: 'one' });
  });

  it('reads markup the way Mermaid shows it: line breaks join with a space, tags and entity codes decoded', () => {
    const board = read('graph LR\n  a["<b>Order</b><br>service #35;2 #quot;x#quot;"]');
    expect(board.components[0]?.name).toBe('Order service #2 "x"');
  });

  it('takes the kind a label names on its last line exactly, as the export writes it', () => {
    const board = read('graph LR\n  a["Billing<br/>Worker"] --> b["Relational database (read replica)"]');
    expect(board.components).toEqual([
      { id: 'a', kind: 'worker', name: 'Billing' },
      { id: 'b', kind: 'relational-read-replica' },
    ]);
  });
});

describe('parseMermaid: links', () => {
  it('reads solid, thick and open links as synchronous calls and dotted ones as asynchronous', () => {
    const board = read('graph LR\n a --> b\n b ==> c\n c --- d\n d -.-> e\n e -.- f\n f ---> g\n g --o h\n h --x i');
    expect(callsOf(board)).toEqual([
      ['a', 'b', 'sync', null],
      ['b', 'c', 'sync', null],
      ['c', 'd', 'sync', null],
      ['d', 'e', 'async', null],
      ['e', 'f', 'async', null],
      ['f', 'g', 'sync', null],
      ['g', 'h', 'sync', null],
      ['h', 'i', 'sync', null],
    ]);
  });

  it('reads labels in pipes and in the middle of a link', () => {
    const board = read('graph LR\n a -->|reads| b\n a -- writes --> c\n a -. events .-> d\n a == hot path ==> e\n a -.->|"fan | out"| f');
    expect(callsOf(board)).toEqual([
      ['a', 'b', 'sync', 'reads'],
      ['a', 'c', 'sync', 'writes'],
      ['a', 'd', 'async', 'events'],
      ['a', 'e', 'sync', 'hot path'],
      ['a', 'f', 'async', 'fan | out'],
    ]);
  });

  it('reads chains, groups joined by &, both-way links and statements separated by ;', () => {
    const board = read('graph TD; a --> b --> c; a & b --> d & e\n x <--> y');
    expect(callsOf(board)).toEqual([
      ['a', 'b', 'sync', null],
      ['b', 'c', 'sync', null],
      ['a', 'd', 'sync', null],
      ['a', 'e', 'sync', null],
      ['b', 'd', 'sync', null],
      ['b', 'e', 'sync', null],
      ['x', 'y', 'sync', null],
      ['y', 'x', 'sync', null],
    ]);
  });

  it('reads ids with dashes without taking them for links', () => {
    const board = read('graph LR\n  eu-api-->eu-db[(DB)]');
    expect(callsOf(board)).toEqual([['eu-api', 'eu-db', 'sync', null]]);
  });

  it('leaves out a link to a subgraph or to the node itself, with a warning on its line', () => {
    const result = parseMermaid('graph LR\n subgraph zone1\n  a\n end\n b --> zone1\n a --> a\n a --> b');
    expect(result.board?.calls.map(({ from, to }) => [from, to])).toEqual([['a', 'b']]);
    expect(result.problems).toEqual([
      { line: 5, severity: 'warning', message: expect.stringContaining('subgraph "zone1"') },
      { line: 6, severity: 'warning', message: expect.stringContaining('to itself') },
    ]);
  });
});

describe('parseMermaid: subgraphs, front matter, comments', () => {
  it('makes subgraphs zones, nested by where they are opened, with the level their title suggests', () => {
    const board = read(
      [
        'flowchart LR',
        '  subgraph us-east-1',
        '    subgraph az_a["us-east-1a"]',
        '      api --> db',
        '    end',
        '    direction TB',
        '    subgraph "Primary DC"',
        '      legacy',
        '    end',
        '  end',
        '  subgraph Backend',
        '    worker',
        '  end',
        '  subgraph eu["Europe<br/>Region"]',
        '  end',
      ].join('\n'),
    );
    expect(board.zones).toEqual([
      { id: 'us-east-1', level: 'region', name: 'us-east-1' },
      { id: 'az_a', level: 'availability-zone', name: 'us-east-1a', parent: 'us-east-1' },
      { id: 'Primary_DC', level: 'data-centre', name: 'Primary DC', parent: 'us-east-1' },
      { id: 'Backend', level: 'availability-zone', name: 'Backend' },
      { id: 'eu', level: 'region', name: 'Europe' },
    ]);
    expect(board.components.map(({ id, zone }) => [id, zone])).toEqual([
      ['api', 'az_a'],
      ['db', 'az_a'],
      ['legacy', 'Primary_DC'],
      ['worker', 'Backend'],
    ]);
  });

  it('reads the title from front matter and passes over comments, init directives and styling', () => {
    const result = parseMermaid(
      [
        '---',
        'title: "Ledger \\"v2\\""',
        'config: { theme: dark }',
        '---',
        '%%{init: {"flowchart": {"curve": "basis"}}}%%',
        'flowchart LR',
        '  %% the write path',
        '  a --> b %% trailing comment',
        '  classDef hot fill:#f96',
        '  class a hot',
        '  style b fill:#bbf',
        '  linkStyle 0 stroke:#f00',
        '  click a "https://example.com"',
      ].join('\n'),
    );
    expect(result.problems).toEqual([]);
    expect(result.board?.title).toBe('Ledger "v2"');
    expect(result.board?.components.map((component) => component.id)).toEqual(['a', 'b']);
  });

  it('lists the names it did not recognise, which became services, and says how each kind was decided', () => {
    const result = parseMermaid('graph LR\n  a[Auth] --> b[(Ledger)] --> c[Postgres]\n  a --> d["Billing<br/>Worker"]');
    expect(result.unknownNames).toEqual(['Auth']);
    expect(result.guesses.map(({ name, kind, basis }) => [name, kind, basis])).toEqual([
      ['Auth', 'stateless-service', 'unknown'],
      ['Ledger', 'relational-primary', 'shape'],
      ['Postgres', 'relational-primary', 'name'],
      ['Billing', 'worker', 'label'],
    ]);
  });

  it('cuts names longer than a board holds, with a warning', () => {
    const result = parseMermaid(`graph LR\n  a["${'x'.repeat(250)}"]`);
    expect(result.board?.components[0]?.name).toHaveLength(200);
    expect(result.problems).toEqual([{ line: 2, severity: 'warning', message: expect.stringContaining('longer than 200') }]);
  });
});
