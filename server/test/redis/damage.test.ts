// The Redis half of the damage suite (issue 11): for each way a board's data in Redis can be damaged,
// 20 seeded runs (damage-run.ts) over three boards. Per damage it prints one line of figures and asserts
// the goal: no edit lost that was not in the damaged data, no edit made after the damage lost at the next
// restart, every edit made after the damage reaches the open rooms, no stored update that crashes a room,
// no compaction that fails for good, and (where the damage leaves a trace) no loss the storage kept quiet.
// FUZZ_SEED=<n> replays one seed (FUZZ_DAMAGE=<part of a name> picks damages); failing seeds are printed.
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedsFrom } from '@napkin/testkit';
import { DAMAGES } from './damage-kinds.js';
import { emptyFigures, runDamage } from './damage-run.js';
import type { RunFigures } from './damage-run.js';
import { startTestRedis } from './redis-server.js';
import type { TestRedis } from './redis-server.js';

const SEEDS = seedsFrom(1_101, 20);
/** FUZZ_DAMAGE=<part of a name> runs only the damages whose name contains it. */
const ONLY = process.env.FUZZ_DAMAGE;

function add(total: RunFigures, run: RunFigures): void {
  for (const name of Object.keys(total) as Array<keyof RunFigures>) total[name] += run[name];
}

const summary = (name: string, runs: number, t: RunFigures): string =>
  `redis damage "${name}": runs ${runs}, edits ${t.edits} (${t.postDamageEdits} after the damage), ` +
  `damaged ${t.damaged} (recovered ${t.recovered}), lost-unexcused ${t.lostUnexcused}, post-damage lost ${t.postDamageLost}, ` +
  `live-missed ${t.liveMissed}, issues reported ${t.issuesReported}, silent losses ${t.silentLosses}, ` +
  `failed applies ${t.failedApplies}, failed compactions ${t.failedCompactions}`;

describe('Redis damage suite', () => {
  let redis: TestRedis;
  let admin: Redis;
  beforeAll(async () => {
    // No persistence: "redis restarted" must come back empty.
    redis = await startTestRedis();
    admin = new Redis(redis.url);
    admin.on('error', () => undefined); // refused while "redis restarted" is down; it reconnects
  });
  afterAll(async () => {
    admin.disconnect();
    await redis.dispose();
  });

  for (const damage of DAMAGES.filter(({ name }) => ONLY === undefined || name.includes(ONLY))) {
    it(`${damage.name}: ${SEEDS.length} seeded runs lose nothing that was not damaged, nothing made after it`, async () => {
      const total = emptyFigures();
      const failingSeeds: number[] = [];
      for (const seed of SEEDS) {
        const run = await runDamage(seed, damage, redis, admin);
        add(total, run);
        const silent = damage.detectable ? run.silentLosses : 0;
        if (run.lostUnexcused + run.postDamageLost + run.liveMissed + run.failedApplies + run.failedCompactions + silent > 0) failingSeeds.push(seed);
      }
      console.log(summary(damage.name, SEEDS.length, total) + (failingSeeds.length > 0 ? `; failing seeds ${failingSeeds.join(', ')}` : ''));
      expect({ ...total, failingSeeds, silentLosses: damage.detectable ? total.silentLosses : 0 }).toMatchObject({
        lostUnexcused: 0,
        postDamageLost: 0,
        liveMissed: 0,
        failedApplies: 0,
        failedCompactions: 0,
        silentLosses: 0,
        failingSeeds: [],
      });
    }, 180_000);
  }
});
