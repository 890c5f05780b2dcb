// A package's import graph as TypeScript resolves it: every import, `import type`, `export … from`
// and dynamic `import()` between the source files under one directory. Type-only imports count: a
// type shared through a cycle ties the two modules together as much as a value does.
import { dirname, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

/** One import of one file: which file it reaches and on which line it says so. */
export interface ImportEdge {
  readonly to: string;
  readonly line: number;
}

/** Files (paths relative to the root, `/`-separated) and the files each imports, in source order. */
export type ImportGraph = ReadonlyMap<string, readonly ImportEdge[]>;

const SOURCE = /\.(?:ts|tsx|mts|cts)$/;
const DECLARATION = /\.d\.(?:ts|mts|cts)$/;
/** Installed and built code is not ours to untangle. */
const SKIPPED = ['**/node_modules/**', '**/dist/**'];

/** The compiler options of the nearest tsconfig.json above `root`, so paths resolve as in typecheck. */
function compilerOptions(root: string): ts.CompilerOptions {
  const configPath = ts.findConfigFile(root, ts.sys.fileExists);
  if (configPath === undefined) return { moduleResolution: ts.ModuleResolutionKind.Bundler, allowJs: false };
  const { config } = ts.readConfigFile(configPath, ts.sys.readFile);
  return ts.parseJsonConfigFileContent(config, ts.sys, dirname(configPath)).options;
}

/** The 1-based line of a character offset, by binary search over the offsets where lines start. */
function lineFinder(text: string): (position: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (position) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] ?? 0) <= position) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  };
}

const toKey = (root: string, file: string) => relative(root, file).split(sep).join('/');

/** The import graph of every TypeScript source file under `root` (declarations aside). */
export function importGraph(rootDir: string): ImportGraph {
  const root = resolve(rootDir);
  const options = compilerOptions(root);
  const files = ts.sys.readDirectory(root, ['.ts', '.tsx', '.mts', '.cts'], SKIPPED).filter((file) => !DECLARATION.test(file));
  const inside = new Set(files.map((file) => resolve(file)));
  const graph = new Map<string, ImportEdge[]>();
  for (const file of [...inside].sort()) {
    const text = ts.sys.readFile(file) ?? '';
    const { importedFiles } = ts.preProcessFile(text, true, true);
    const lineOf = lineFinder(text);
    const edges: ImportEdge[] = [];
    for (const imported of importedFiles) {
      const target = ts.resolveModuleName(imported.fileName, file, options, ts.sys).resolvedModule?.resolvedFileName;
      if (target === undefined || !SOURCE.test(target) || DECLARATION.test(target)) continue;
      const absolute = resolve(target);
      if (!inside.has(absolute)) continue;
      edges.push({ to: toKey(root, absolute), line: lineOf(imported.pos) });
    }
    graph.set(toKey(root, file), edges);
  }
  return graph;
}
