// @napkin/mermaid — a board file as a Mermaid flowchart and back, without Mermaid (which needs a DOM):
// `toMermaid` writes the flowchart, `parseMermaid` reads the flowchart subset people paste and guesses
// each node's kind from its name.
export { toMermaid } from './export/toMermaid.js';
export type { MermaidDirection, MermaidOptions } from './export/toMermaid.js';
export { MERMAID_LIMITS, parseMermaid } from './parseMermaid.js';
export type { MermaidParseResult } from './parseMermaid.js';
export type { GuessBasis, MermaidGuess } from './parse/toBoard.js';
export { formatProblem } from './parse/problems.js';
export type { MermaidProblem } from './parse/problems.js';
export { GUESSABLE_KINDS, guessKind, guessZoneLevel, UNKNOWN_NAME_KIND } from './guessKind.js';
