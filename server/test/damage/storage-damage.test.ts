// The damage suite of the embedded storage (issue 11): for each kind of damage × 20 seeded runs over three
// boards, edit (with compactions and segment recycling), close, damage the data directory, reopen, and
// count (a) edits lost although some undamaged file still held them and (b) edits made after the damage
// that are gone after the next restart. Both must be 0 in every run. FUZZ_SEED=<n> replays one run.
import * as Y from 'yjs';
import { afterAll, describe, expect, it } from 'vitest';
import type { BoardId } from '../../src/board-id.js';
import { createMemoryLogger } from '../../src/logger.js';
import { FileBoardStorage } from '../../src/storage/file-storage.js';
import { makeTempDir } from '../harness.js';
import { replayHint, seededRandom, seedsFrom } from '@napkin/testkit';
import type { Random } from '@napkin/testkit';
import { DAMAGE_KINDS, applyDamage, readLayout, sourcesOf } from './disk-damage.js';
import type { DamageKind } from './disk-damage.js';

const BOARDS = ['damage-suite-board-alpha', 'damage-suite-board-bravo', 'damage-suite-board-charlie'] as BoardId[];
const EDITS_BEFORE = 40;
const EDITS_AFTER = 25;
/** Small segments and thresholds, so a run seals, recycles and compacts several times. */
const TUNING = { walSegmentBytes: 2048, maxSealedSegments: 2, compactAfterBytes: 1200 };

interface Edit {
  readonly boardId: BoardId;
  readonly key: string;
  readonly update: Uint8Array;
}

/** An edit from a fresh client: it depends on no other edit, so each one survives or not on its own. */
function makeEdit(boardId: BoardId, key: string): Edit {
  const doc = new Y.Doc();
  let update: Uint8Array = new Uint8Array();
  doc.on('update', (bytes: Uint8Array) => (update = bytes));
  doc.getMap('m').set(key, key);
  doc.destroy();
  return { boardId, key, update };
}

/** Appends `count` edits per board in random groups (group commits), compacting a random board now and then. */
async function edit(storage: FileBoardStorage, random: Random, prefix: string, count: number): Promise<Edit[]> {
  const queue = BOARDS.flatMap((boardId) => Array.from({ length: count }, (_, index) => makeEdit(boardId, `${prefix}-${boardId.slice(-5)}-${index}`)));
  for (let index = queue.length - 1; index > 0; index--) {
    const other = random.int(index + 1);
    [queue[index], queue[other]] = [queue[other] as Edit, queue[index] as Edit];
  }
  for (let start = 0; start < queue.length; ) {
    const group = queue.slice(start, (start += 1 + random.int(4)));
    await Promise.all(group.map(({ boardId, update }) => storage.append(boardId, update)));
    if (random.next() < 0.08) await storage.compact(random.pick(BOARDS) as BoardId);
  }
  return queue;
}

async function keysOn(storage: FileBoardStorage, boardId: BoardId): Promise<Set<string>> {
  const doc = new Y.Doc();
  for (const update of (await storage.load(boardId)).updates) Y.applyUpdate(doc, update);
  return new Set(doc.getMap('m').keys());
}

interface RunResult {
  readonly made: number;
  readonly inDamagedBytes: number;
  readonly lostUnexcused: string[];
  readonly madeAfter: number;
  readonly lostAfter: string[];
  readonly reported: boolean;
  readonly detectable: boolean;
  readonly what: string;
}

async function runOnce(kind: DamageKind, seed: number): Promise<RunResult> {
  const random = seededRandom(seed);
  const dir = await makeTempDir('napkin-damage-');
  const open = (): FileBoardStorage => new FileBoardStorage({ dataDir: dir.path, logger: createMemoryLogger(), ...TUNING });
  try {
    const first = open();
    const before = await edit(first, random, 'before', EDITS_BEFORE);
    await first.compact(BOARDS[0] as BoardId); // at least one compacted file, so every damage has a target
    await first.close();
    const layout = await readLayout(dir.path, BOARDS);
    const damage = await applyDamage(kind, dir.path, layout, random);
    if (damage === null) throw new Error(`seed ${seed}: nothing to damage for ${kind}`);
    const survivable = before.filter((e) => sourcesOf(layout, e.boardId, e.update).some((source) => !damage.hit(source)));

    const second = open();
    await second.open();
    const lostUnexcused: string[] = [];
    for (const boardId of BOARDS) {
      const keys = await keysOn(second, boardId);
      for (const e of survivable) if (e.boardId === boardId && !keys.has(e.key)) lostUnexcused.push(e.key);
    }
    const reported = second.health().issuesFound > 0;
    const after = await edit(second, random, 'after', EDITS_AFTER);
    await second.close();

    const third = open();
    const lostAfter: string[] = [];
    for (const boardId of BOARDS) {
      const keys = await keysOn(third, boardId);
      for (const e of [...survivable, ...after]) if (e.boardId === boardId && !keys.has(e.key)) lostAfter.push(e.key);
    }
    await third.close();
    const made = before.length;
    return { made, inDamagedBytes: made - survivable.length, lostUnexcused, madeAfter: after.length, lostAfter, reported, detectable: damage.detectable, what: damage.what };
  } finally {
    await dir.remove();
  }
}

describe('storage damage suite: nothing lost but the damaged bytes, nothing lost after the damage', () => {
  const summary: string[] = [];
  afterAll(() => console.log(`storage damage suite (3 boards, ${EDITS_BEFORE} edits each before, ${EDITS_AFTER} after):\n${summary.join('\n')}`));

  it.each(DAMAGE_KINDS.map((kind, index) => [kind, seedsFrom(1100 + 100 * index, 20)] as const))('%s × 20 seeded runs', async (kind, seeds) => {
    const totals = { made: 0, inDamagedBytes: 0, lostUnexcused: 0, madeAfter: 0, lostAfter: 0 };
    for (const seed of seeds) {
      const result = await runOnce(kind, seed);
      const context = `${kind}, seed ${seed} (${replayHint(seed)}), damage: ${result.what}`;
      expect(result.lostUnexcused, `${context}: edits lost that undamaged files held`).toEqual([]);
      expect(result.lostAfter, `${context}: edits lost at the restart after the damage`).toEqual([]);
      if (result.detectable) expect(result.reported, `${context}: damage not reported`).toBe(true);
      totals.made += result.made;
      totals.inDamagedBytes += result.inDamagedBytes;
      totals.madeAfter += result.madeAfter;
    }
    summary.push(
      `  ${kind.padEnd(20)} seeds ${seeds[0]}–${seeds.at(-1)}: ${totals.made} edits, ${totals.inDamagedBytes} only in damaged bytes, ` +
        `${totals.lostUnexcused} lost otherwise; ${totals.madeAfter} made after the damage, ${totals.lostAfter} lost at restart`,
    );
  });
});
