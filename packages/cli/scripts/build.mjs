// Bundles the `napkin` command (src/bin.ts and everything it imports from the workspace and npm) into
// dist/ with esbuild, so a run starts plain Node on plain JavaScript: tsx compiling ~200 TypeScript files
// at every start cost more than the export itself. PDF and PNG code sits in chunks of its own, loaded
// only by those formats. resvg's wasm and the DejaVu fonts stay in node_modules: @napkin/render/node
// resolves them from the bundle's place, which is why they are dependencies of this package too.
//
// dist/inputs.json lists the workspace files that went in, with their size and mtime, so bin/napkin.mjs
// can tell a bundle older than the sources from a current one. Files are written under temporary names
// and renamed into place (entry and inputs.json last): a run started meanwhile reads either the old
// bundle or the new one, and two builds at once write the same bytes.
import { mkdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const distDir = join(packageDir, 'dist');
export const entryFile = join(distDir, 'napkin.mjs');
export const inputsFile = join(distDir, 'inputs.json');

/**
 * zod's namespace re-exports every locale (~360 KB of the bundle, parsed at each start); the boards'
 * messages are English, so `locales` keeps English only. zod registers English itself.
 */
const englishOnlyZod = {
  name: 'english-only-zod',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, ({ importer }) =>
      /[\\/]zod[\\/]/.test(importer) ? { path: join(dirname(importer), '..', 'locales', 'en.js'), namespace: 'zod-english' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'zod-english' }, ({ path }) => ({
      contents: `export { default as en } from ${JSON.stringify(path)};`,
      resolveDir: dirname(path),
    }));
  },
};

/** Builds the bundle; resolves when every file is in place. */
export async function buildBundle() {
  const { build } = await import('esbuild');
  const result = await build({
    absWorkingDir: packageDir,
    entryPoints: { napkin: 'src/bin.ts' },
    outdir: distDir,
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    write: false,
    metafile: true,
    legalComments: 'none',
    // Node compiles the whole bundle at each start (12 % of an SVG export of a 300-component board):
    // less text to scan. Names stay (identifiers are not minified), so stack traces still read.
    minifyWhitespace: true,
    minifySyntax: true,
    logLevel: 'error',
    plugins: [englishOnlyZod],
    // CommonJS packages inside an ES module bundle call require() for Node's built-ins.
    banner: { js: "import { createRequire as __napkinRequire } from 'node:module'; const require = __napkinRequire(import.meta.url);" },
  });
  const root = resolve(packageDir, '..', '..');
  const inputs = Object.keys(result.metafile.inputs)
    .map((input) => resolve(packageDir, input))
    .filter((file) => !file.split(/[\\/]/).includes('node_modules'))
    .map((file) => {
      const stats = statSync(file);
      return { file: relative(root, file), size: stats.size, mtimeMs: stats.mtimeMs };
    });
  const entry = result.outputFiles.find((output) => output.path === entryFile);
  const rest = result.outputFiles.filter((output) => output !== entry);
  const place = (path, contents) => {
    mkdirSync(dirname(path), { recursive: true });
    const temporary = `${path}.${process.pid}.tmp`;
    writeFileSync(temporary, contents);
    renameSync(temporary, path);
  };
  for (const output of rest) place(output.path, output.contents);
  if (entry !== undefined) place(entry.path, entry.contents);
  place(inputsFile, `${JSON.stringify({ inputs }, null, 1)}\n`);
  return inputs.length;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const count = await buildBundle();
  console.log(`napkin: bundled ${count} workspace files into ${relative(process.cwd(), entryFile)}`);
}
