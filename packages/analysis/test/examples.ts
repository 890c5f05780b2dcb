// The example boards in `examples/`, as values: the tests of a pure package read no files. A new
// example needs a line here to be covered by the engine's tests (the CLI's tests run every file there).
import activeActiveZones from '../examples/active-active-zones.json';
import fanoutAsync from '../examples/fanout-async.json';
import typicalRequestPath from '../examples/typical-request-path.json';
import urlShortener from '../examples/url-shortener.json';

export const EXAMPLES: ReadonlyArray<readonly [name: string, board: unknown]> = [
  ['active-active-zones.json', activeActiveZones],
  ['fanout-async.json', fanoutAsync],
  ['typical-request-path.json', typicalRequestPath],
  ['url-shortener.json', urlShortener],
];
