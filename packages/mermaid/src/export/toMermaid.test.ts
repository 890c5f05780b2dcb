// What the exported flowchart says: nodes with name and kind, edges with labels (dotted when asynchronous),
// zones as nested subgraphs, text escaped so Mermaid reads it as written.
import type { BoardFile } from '@napkin/fields';
import { describe, expect, it } from 'vitest';
import { toMermaid } from './toMermaid.js';

const board: BoardFile = {
  format: 'napkin-board',
  version: 1,
  title: 'Checkout',
  components: [
    { id: 'users', kind: 'web-client', name: 'Shoppers' },
    { id: 'api', kind: 'stateless-service', name: 'Orders API', zone: 'eu-a' },
    { id: 'db', kind: 'relational-primary', zone: 'eu-a' },
    { id: 'jobs', kind: 'message-queue', name: 'Jobs' },
  ],
  calls: [
    { id: 'c1', from: 'users', to: 'api', mode: 'sync', label: 'POST /orders' },
    { id: 'c2', from: 'api', to: 'db', mode: 'sync' },
    { id: 'c3', from: 'api', to: 'jobs', mode: 'async', label: 'order placed' },
  ],
  zones: [
    { id: 'eu', level: 'region', name: 'Europe' },
    { id: 'eu-a', level: 'availability-zone', parent: 'eu' },
  ],
};

describe('toMermaid', () => {
  it('writes components as nodes with name and kind, calls as labelled edges, zones as nested subgraphs', () => {
    expect(toMermaid(board)).toBe(
      [
        '---',
        'title: "Checkout"',
        '---',
        'flowchart LR',
        '  %% Napkin board: nodes are components (name, then kind); dotted edges are asynchronous calls',
        '  subgraph eu["Europe<br/>Region"]',
        '    subgraph eu_a_["Availability zone"]',
        '      api["Orders API<br/>Stateless service"]',
        '      db[("Relational database (primary)")]',
        '    end',
        '  end',
        '  users(["Shoppers<br/>Web client"])',
        '  jobs[["Jobs<br/>Message queue"]]',
        '  users -->|"POST /orders"| api',
        '  api --> db',
        '  api -.->|"order placed"| jobs',
        '',
      ].join('\n'),
    );
  });

  it('runs top-down when asked', () => {
    expect(toMermaid(board, { direction: 'TD' })).toContain('\nflowchart TD\n');
  });

  it('escapes what would end a label or be read as markup, and keeps line breaks in a name as codes', () => {
    const text = toMermaid({
      format: 'napkin-board',
      version: 1,
      components: [
        { id: 'a', kind: 'worker', name: 'say "hi" <b>#1</b> & `x` | y\nz' },
        { id: 'b', kind: 'worker' },
      ],
      calls: [{ id: 'c', from: 'a', to: 'b', mode: 'sync', label: 'a|b "c"' }],
      zones: [],
    });
    expect(text).toContain('a["say #quot;hi#quot; #lt;b#gt;#35;1#lt;/b#gt; #amp; #96;x#96; #124; y#10;z<br/>Worker"]');
    expect(text).toContain('a -->|"a#124;b #quot;c#quot;"| b');
  });

  it('gives ids Mermaid would misread a safe one, unique across components and zones', () => {
    const text = toMermaid({
      format: 'napkin-board',
      version: 1,
      components: [
        { id: 'end', kind: 'worker', name: 'End' },
        { id: 'a-b', kind: 'worker', name: 'Dashed' },
        { id: 'a_b_', kind: 'worker', name: 'Taken' },
        { id: 'same', kind: 'worker', name: 'Component' },
      ],
      calls: [{ id: 'c', from: 'end', to: 'a-b', mode: 'sync' }],
      zones: [{ id: 'same', level: 'region', name: 'Zone' }],
    });
    expect(text).toContain('end_["End<br/>Worker"]');
    expect(text).toContain('a_b_2["Dashed<br/>Worker"]');
    expect(text).toContain('a_b_["Taken<br/>Worker"]');
    expect(text).toContain('same["Component<br/>Worker"]');
    expect(text).toContain('subgraph same_["Zone<br/>Region"]');
    expect(text).toContain('end_ --> a_b_2');
  });

  it('writes every element once even when the file names missing zones, parent loops or missing endpoints', () => {
    const text = toMermaid({
      format: 'napkin-board',
      version: 1,
      components: [
        { id: 'a', kind: 'worker', zone: 'nowhere' },
        { id: 'b', kind: 'worker', zone: 'x' },
      ],
      calls: [{ id: 'c', from: 'a', to: 'gone', mode: 'sync' }],
      zones: [
        { id: 'x', level: 'region', parent: 'y' },
        { id: 'y', level: 'region', parent: 'x' },
        { id: 'z', level: 'region', parent: 'missing' },
      ],
    });
    expect(text.match(/subgraph x\[/g)).toHaveLength(1);
    expect(text.match(/subgraph y\[/g)).toHaveLength(1);
    expect(text.match(/subgraph z\[/g)).toHaveLength(1);
    expect(text.match(/^\s*a\[/gm)).toHaveLength(1);
    expect(text.match(/^\s*b\[/gm)).toHaveLength(1);
    expect(text).not.toContain('gone');
  });

  it('shows a kind the catalog does not know by its id', () => {
    const text = toMermaid({ format: 'napkin-board', version: 1, components: [{ id: 'q', kind: 'quantum-cache', name: 'Q' }], calls: [], zones: [] });
    expect(text).toContain('q["Q<br/>quantum-cache"]');
  });
});
