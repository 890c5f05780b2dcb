// The check on real files: TypeScript's resolution finds the imports (type-only ones too), and the
// report names each cycle between files and between top-level folders with the lines that make it.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importGraph } from './graph';
import { run } from './main';

const fixtures = join(__dirname, '..', 'test', 'fixtures');

describe('importGraph', () => {
  it('resolves relative imports, type-only ones and re-exports, with their lines', () => {
    const graph = importGraph(join(fixtures, 'tangled'));
    expect(graph.get('index.ts')).toEqual([{ to: 'shapes/shape.ts', line: 2 }]);
    expect(graph.get('shapes/circle.ts')).toEqual([
      { to: 'shapes/shape.ts', line: 2 },
      { to: 'render/label.ts', line: 3 },
    ]);
    expect(graph.get('util/upper.ts')).toEqual([]);
  });
});

describe('import-cycles', () => {
  it('passes a package without cycles, saying nothing', () => {
    expect(run(['clean', '--folders'], fixtures)).toEqual({ code: 0, output: '' });
  });

  it('names the file cycle, the type-only import included', () => {
    const { code, output } = run(['tangled'], fixtures);
    expect(code).toBe(1);
    expect(output).toContain('files: shapes/circle.ts → shapes/shape.ts → shapes/circle.ts');
    expect(output).toContain('shapes/circle.ts:2 imports shapes/shape.ts');
    expect(output).not.toContain('folders:');
  });

  it('with --folders, names the folder cycle and every import behind each step', () => {
    const { output } = run(['tangled', '--folders'], fixtures);
    expect(output).toContain('folders: render → shapes → render');
    expect(output).toContain('render/label.ts:2 imports shapes/square.ts');
    expect(output).toContain('shapes/circle.ts:3 imports render/label.ts');
    expect(output).not.toMatch(/folders: .*util/);
  });

  it('refuses a missing directory argument', () => {
    expect(run(['--folders'], fixtures)).toMatchObject({ code: 2 });
  });
});
