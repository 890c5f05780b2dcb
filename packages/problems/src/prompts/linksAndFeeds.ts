// Prompts of the read-heavy link and content problems: URL shortener, pastebin, news feed, chat.
import type { ProblemPrompt } from '../types';

export const URL_SHORTENER: ProblemPrompt = {
  id: 'url-shortener',
  title: 'URL shortener',
  prompt:
    'Design a service that turns a long web address into a short link and sends anyone who opens the short link on to the original. ' +
    'Link owners want to see how often their links are opened.',
  scale: {
    dailyActiveUsers: 50_000_000,
    requestsPerUserPerDay: 10,
    peakFactor: 3,
    readsPerWrite: 100,
    dataSizes: [
      { what: 'one link record (code, long URL, owner, expiry)', value: 500, unit: 'B' },
      { what: 'links created per year', value: 1.8, unit: 'TB' },
    ],
  },
  functional: [
    'Create a short link for a long URL, optionally with a custom alias',
    'Redirect a short link to its long URL',
    'Links may expire',
    'Show a link owner the number of clicks per day',
  ],
  nonFunctional: {
    p99BudgetMs: 100,
    availabilityObjective: 0.999,
    other: ['A redirect never points at the wrong URL', 'Click counts may lag by minutes'],
  },
};

export const PASTEBIN: ProblemPrompt = {
  id: 'pastebin',
  title: 'Pastebin',
  prompt:
    'Design a service where people paste a block of text, get a link back, and share it. ' +
    'Pastes can be public, unlisted or private, and may expire.',
  scale: {
    dailyActiveUsers: 10_000_000,
    requestsPerUserPerDay: 5,
    peakFactor: 3,
    readsPerWrite: 10,
    dataSizes: [
      { what: 'average paste', value: 10, unit: 'KB' },
      { what: 'largest paste', value: 10, unit: 'MB' },
      { what: 'new pastes per year', value: 16, unit: 'TB' },
    ],
  },
  functional: [
    'Create a paste and get a short link to it',
    'Read a paste by its link, rendered as HTML when it is Markdown',
    'Choose who can read it: anyone, link holders, or only the owner',
    'Pastes expire after a chosen time',
  ],
  nonFunctional: {
    p99BudgetMs: 200,
    availabilityObjective: 0.999,
    other: ['A stored paste is never lost before it expires'],
  },
};

export const LINKS_AND_FEEDS: readonly ProblemPrompt[] = [URL_SHORTENER, PASTEBIN];
