// Cursor colours within a board: eight people opening the same board at the same moment each end up
// with a colour nobody else wears, and every screen shows the same eight colours.
import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';

const PEOPLE = 8;

/** The colour of this page's own dot and those of the peers it lists, from its roster. */
async function rosterColours(page: Page): Promise<{ self: string; peers: string[] }> {
  return page.getByTestId('roster').evaluate((roster) => {
    const colourOf = (item: Element | null) => (item ? getComputedStyle(item).backgroundColor : '');
    return {
      self: colourOf(roster.querySelector('[data-testid="roster-self"] .dot')),
      peers: Array.from(roster.querySelectorAll('[data-testid="roster-peer"] .dot')).map(colourOf),
    };
  });
}

test('8 people joining a board at once get 8 different cursor colours, the same on every screen', async ({ alice }) => {
  test.setTimeout(120_000);
  const path = await alice.createBoard();
  // The creator leaves; eight tabs open the board at the same moment, on a board nobody is on. They share
  // the creator's browser cache (each tab has its own document, awareness client and socket), so eight
  // cold loads of the app do not swamp a small machine; colours are presence, not analysis, so the
  // analysis worker stays off.
  await alice.page.goto('about:blank');
  const pages = await Promise.all(Array.from({ length: PEOPLE }, () => alice.page.context().newPage()));
  await Promise.all(pages.map((page) => page.setViewportSize({ width: 800, height: 500 })));
  const withoutAnalysis = path.replace('#', '?analysis=off#');
  await Promise.all(pages.map((page) => page.goto(withoutAnalysis, { waitUntil: 'commit', timeout: 60_000 })));
  await Promise.all(pages.map((page) => expect(page.getByTestId('roster-peer')).toHaveCount(PEOPLE - 1, { timeout: 80_000 })));

  await expect
    .poll(
      async () => {
        const views = await Promise.all(pages.map(rosterColours));
        const worn = views.map((view) => view.self);
        // Each page sees exactly the colours the seven others wear.
        const consistent = views.every((view, index) => {
          const others = worn.filter((_, other) => other !== index).sort();
          return JSON.stringify([...view.peers].sort()) === JSON.stringify(others);
        });
        return { consistent, distinct: new Set(worn).size };
      },
      { timeout: 30_000 },
    )
    .toEqual({ consistent: true, distinct: PEOPLE });
  await Promise.all(pages.map((page) => page.close()));
});
