// Prompts of the link, content and messaging problems: URL shortener, pastebin, news feed, chat.
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

export const NEWS_FEED: ProblemPrompt = {
  id: 'news-feed',
  title: 'News feed',
  prompt:
    'Design the home timeline of a social network: people follow others, post short messages with photos, and open a feed of recent posts from everyone they follow. ' +
    'Some accounts have tens of millions of followers.',
  scale: {
    dailyActiveUsers: 200_000_000,
    requestsPerUserPerDay: 20,
    peakFactor: 2,
    readsPerWrite: 50,
    dataSizes: [
      { what: 'one post without media', value: 1, unit: 'KB' },
      { what: 'average photo', value: 200, unit: 'KB' },
      { what: 'timeline entries kept per user', value: 800, unit: 'B' },
    ],
  },
  functional: ['Publish a post, with optional photos', 'Read the home timeline, newest or ranked first', 'Follow and unfollow accounts', 'Search posts by keyword'],
  nonFunctional: {
    p99BudgetMs: 200,
    availabilityObjective: 0.999,
    other: ['A new post may take a few seconds to reach followers', 'The timeline read stays fast for accounts following thousands'],
  },
};

export const CHAT: ProblemPrompt = {
  id: 'chat',
  title: 'Chat and messaging',
  prompt:
    'Design a messaging app for one-to-one and small group conversations on phones and the web. ' +
    'Messages arrive in real time when the recipient is online and wait for them when they are not.',
  scale: {
    dailyActiveUsers: 100_000_000,
    requestsPerUserPerDay: 40,
    peakFactor: 2,
    readsPerWrite: 1,
    dataSizes: [
      { what: 'one text message', value: 200, unit: 'B' },
      { what: 'messages stored per day', value: 800, unit: 'GB' },
    ],
  },
  functional: ['Send a message to a person or a group of up to 100', 'Receive messages live, and those sent while offline on reconnect', 'Delivery and read receipts', 'Show who is online'],
  nonFunctional: {
    p99BudgetMs: 300,
    availabilityObjective: 0.9995,
    other: ['A message acknowledged to its sender is never lost', 'Messages of one conversation arrive in order'],
  },
};

export const LINKS_AND_FEEDS: readonly ProblemPrompt[] = [URL_SHORTENER, PASTEBIN, NEWS_FEED, CHAT];
