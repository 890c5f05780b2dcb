// The pure packages' boundaries, enforced instead of hoped for (shared/STYLE.md, "Boundaries a tool
// enforces"). `catalog`, `analysis` and `mermaid` take plain data and return plain data, so they run unchanged in
// the browser, the relay, the CLI and a worker: no React, Yjs, `ws`, DOM or Node built-ins, and only
// the workspace packages below them. Each rule is an allow-list, so a new dependency is a decision
// made here, in review, not a line slipped into a source file.

/**
 * What each pure package's own code may import besides its own files, and what its tests may add to
 * TEST_ONLY (the oracle's tests compare it with the engine; its own code must never see the engine).
 */
const PURE_PACKAGES = [
  { name: 'catalog', allowed: [] },
  { name: 'analysis', allowed: ['@napkin/catalog', '@napkin/fields', 'zod'] },
  { name: 'mermaid', allowed: ['@napkin/catalog', '@napkin/fields'] },
  // The interview problems: prompts, rubrics and reference designs as plain data, and the rubric's check of a
  // board against its analysis (types only from the engine; its tests run the engine on the reference designs).
  { name: 'problems', allowed: ['@napkin/analysis', '@napkin/catalog', '@napkin/fields'] },
  { name: 'oracle', allowed: ['@napkin/catalog', '@napkin/fields', '@napkin/testkit/random'], testAllowed: ['@napkin/analysis'] },
  // The renderer draws a board as SVG, PNG and PDF: its libraries are pure JavaScript, and WebAssembly
  // handed its bytes. Reading fonts and wasm from disk lives in packages/render/node/, outside src/; its
  // tests read the example boards and check the output with a PNG decoder and a PDF text extractor.
  {
    name: 'render',
    allowed: ['@napkin/analysis', '@napkin/catalog', '@napkin/fields', '@napkin/mermaid', 'pdf-lib', '@pdf-lib/fontkit', '@resvg/resvg-wasm'],
    testAllowed: ['node:fs', 'node:url', 'fast-png', 'unpdf'],
  },
];

/** What their tests may import on top: the runner, property testing and the shared seeds. */
const TEST_ONLY = ['vitest', 'fast-check', '@napkin/testkit'];

/** Globals that belong to a runtime, not to plain data: the process, Node's module scope, the DOM. */
const RUNTIME_GLOBALS = [
  'Buffer', '__dirname', '__filename', 'require', 'global',
  'window', 'document', 'navigator', 'location', 'localStorage', 'sessionStorage',
];

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** Matches any specifier that is neither relative nor one of `allowed` (or a subpath of one). */
function outsideAllowList(allowed) {
  const names = allowed.map(escape).join('|');
  return names === '' ? '^(?!\\.{1,2}/)' : `^(?!\\.{1,2}/|(?:${names})(?:/|$))`;
}

function importRule(name, allowed, what) {
  const list = allowed.length === 0 ? 'nothing but its own files' : `only its own files and ${allowed.join(', ')}`;
  return [
    'error',
    {
      patterns: [
        {
          regex: outsideAllowList(allowed),
          message: `${what} of @napkin/${name} import ${list}: it is pure (no React, Yjs, ws, DOM or Node built-ins). See eslint/pure-packages.js.`,
        },
      ],
    },
  ];
}

const globalsRule = (names) => [
  'error',
  ...names.map((name) => ({ name, message: 'A pure package works on plain data: no process, Node module scope or DOM.' })),
];

// Dynamic import() would slip past no-restricted-imports, and a pure module has no reason to load code late.
const noDynamicImport = [
  'error',
  { selector: 'ImportExpression', message: 'A pure package imports statically, so its boundaries can be checked.' },
];

export const purePackages = PURE_PACKAGES.flatMap(({ name, allowed, testAllowed = [] }) => {
  const root = `packages/${name}`;
  const tests = [`${root}/src/**/*.test.{ts,tsx}`, `${root}/test/**/*.{ts,tsx}`];
  return [
    {
      files: [`${root}/src/**/*.{ts,tsx}`],
      ignores: tests,
      rules: {
        'no-restricted-imports': importRule(name, allowed, 'The source files'),
        'no-restricted-globals': globalsRule(['process', ...RUNTIME_GLOBALS]),
        'no-restricted-syntax': noDynamicImport,
      },
    },
    {
      // Tests may read FUZZ_SEED from `process.env` (until @napkin/testkit's fuzzSeed reads it for them).
      files: tests,
      rules: {
        'no-restricted-imports': importRule(name, [...allowed, ...TEST_ONLY, ...testAllowed], 'The tests'),
        'no-restricted-globals': globalsRule(RUNTIME_GLOBALS),
        'no-restricted-syntax': noDynamicImport,
      },
    },
  ];
});
