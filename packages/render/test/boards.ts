// Boards the tests and the benchmark export: the engine's example boards (read where the analysis package
// keeps them) and seeded random boards of any size, in zones, without positions (so they get a layout).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AnalysisResult, BoardFile } from '@napkin/analysis';
import { analyze, parseBoard } from '@napkin/analysis';
import { seededRandom } from '@napkin/testkit';

export function exampleBoard(name: 'typical-request-path' | 'fanout-async' | 'url-shortener'): BoardFile {
  const text = readFileSync(fileURLToPath(new URL(`../../analysis/examples/${name}.json`, import.meta.url)), 'utf8');
  const { board, errors } = parseBoard(text);
  if (board === null || errors.length > 0) throw new Error(`example ${name} does not parse: ${JSON.stringify(errors)}`);
  return board;
}

export function analysed(file: BoardFile): { file: BoardFile; result: AnalysisResult } {
  return { file, result: analyze(file) };
}

const KINDS = ['stateless-service', 'stateless-service', 'in-memory-cache', 'relational-primary', 'api-gateway', 'message-queue'];

/** `size` components (about one in 25 a client) in three regions of three zones, ~1.4 calls each, downstream only. */
export function randomBoard(size: number, seed: number): BoardFile {
  const random = seededRandom(seed);
  const zones: BoardFile['zones'] = [];
  for (let region = 0; region < 3; region++) {
    zones.push({ id: `r${region}`, level: 'region', name: `region ${region}` });
    for (let zone = 0; zone < 3; zone++) zones.push({ id: `r${region}z${zone}`, level: 'availability-zone', parent: `r${region}` });
  }
  const clients = Math.max(1, Math.round(size / 25));
  const components: BoardFile['components'] = [];
  for (let index = 0; index < size; index++) {
    if (index < clients) {
      components.push({ id: `n${index}`, kind: 'web-client', name: `Client ${index}`, entry: { rps: 50 + Math.floor(random.next() * 500), p99BudgetMs: 300 } });
    } else {
      components.push({
        id: `n${index}`,
        kind: random.oneOf(KINDS),
        name: `Service ${index}`,
        instances: 1 + Math.floor(random.next() * 4),
        zone: `r${Math.floor(random.next() * 3)}z${Math.floor(random.next() * 3)}`,
      });
    }
  }
  const calls: BoardFile['calls'] = [];
  for (let k = 0; k < Math.round(size * 1.4); k++) {
    const from = Math.floor(random.next() * (size - 1));
    const to = Math.min(size - 1, Math.max(clients, from + 1 + Math.floor(random.next() * 20)));
    if (to > from) calls.push({ id: `e${k}`, from: `n${from}`, to: `n${to}`, mode: random.next() < 0.1 ? 'async' : 'sync', timeoutMs: 500 });
  }
  return { format: 'napkin-board', version: 1, title: `Random board of ${size}`, components, calls, zones };
}
