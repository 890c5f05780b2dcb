// Playwright fixtures: one real relay per worker (the tests use fresh boards, so they do not see
// each other's data), and the app's origin pointed at it.
import { test as base } from '@playwright/test';
import type { Browser } from '@playwright/test';
import { participant } from './boardPage';
import type { BoardPage } from './boardPage';
import { Relay } from './relay';

interface Participants {
  /** Two people, each in their own browser context (own storage, own connection). */
  alice: BoardPage;
  bob: BoardPage;
}

export const test = base.extend<Participants, { relay: Relay }>({
  relay: [
    // Playwright reads the fixture's dependencies from the destructuring pattern; this one has none.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const relay = await Relay.start();
      await use(relay);
      await relay.dispose();
    },
    { scope: 'worker', timeout: 60_000 },
  ],
  baseURL: async ({ relay }, use) => {
    // A test that stopped the relay (restart test) must not leave it down for the next one.
    await relay.resume();
    await use(relay.baseURL);
  },
  alice: async ({ browser, baseURL }, use) => {
    await withParticipant(browser, baseURL, 'Alice', use);
  },
  bob: async ({ browser, baseURL }, use) => {
    await withParticipant(browser, baseURL, 'Bob', use);
  },
});

async function withParticipant(
  browser: Browser,
  baseURL: string | undefined,
  name: string,
  use: (page: BoardPage) => Promise<void>,
): Promise<void> {
  const context = await browser.newContext(baseURL === undefined ? {} : { baseURL });
  try {
    await use(await participant(context, name));
  } finally {
    await context.close();
  }
}

export { expect } from '@playwright/test';
