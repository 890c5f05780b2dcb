// Prompts of the counting, ranking and timing problems: top-K trending, leaderboard, scheduler, presence.
import type { ProblemPrompt } from '../types';

export const TOP_K: ProblemPrompt = {
  id: 'top-k-trending',
  title: 'Top-K trending',
  prompt:
    'Design the "trending now" list of a large site: from the stream of everything people view or search, the hundred most popular items of the last few minutes, hour and day.',
  scale: {
    dailyActiveUsers: 100_000_000,
    requestsPerUserPerDay: 50,
    peakFactor: 3,
    readsPerWrite: 0.01,
    dataSizes: [
      { what: 'one view event', value: 100, unit: 'B' },
      { what: 'distinct items seen per day', value: 50, unit: 'GB' },
    ],
  },
  functional: ['Count views of every item as they happen', 'Return the top 100 for the last 5 minutes, hour and day', 'Let old views fade out of the ranking'],
  nonFunctional: {
    p99BudgetMs: 100,
    availabilityObjective: 0.999,
    other: ['Counts may be approximate, the top of the list accurate', 'The list lags the events by under a minute'],
  },
};

export const LEADERBOARD: ProblemPrompt = {
  id: 'leaderboard',
  title: 'Leaderboard',
  prompt:
    'Design the ranking of a popular online game: players\' scores change after every match, everyone can see the top of the table, and each player sees their own rank.',
  scale: {
    dailyActiveUsers: 20_000_000,
    requestsPerUserPerDay: 20,
    peakFactor: 4,
    readsPerWrite: 4,
    dataSizes: [
      { what: 'one player\'s entry', value: 100, unit: 'B' },
      { what: 'all players ranked', value: 20, unit: 'GB' },
    ],
  },
  functional: ['Record a player\'s new score after a match', 'Show the top 100 players', 'Show a player their rank and the players around them', 'Leaderboards per region and per season'],
  nonFunctional: {
    p99BudgetMs: 100,
    availabilityObjective: 0.999,
    other: ['A new score shows in the ranking within seconds', 'Scores come only from the game servers'],
  },
};

export const SCHEDULER: ProblemPrompt = {
  id: 'scheduler',
  title: 'Distributed scheduler',
  prompt:
    'Design a service that runs other teams\' jobs at the times they ask for, once or on a repeating schedule, reliably even when machines fail.',
  scale: {
    dailyActiveUsers: 100_000,
    requestsPerUserPerDay: 200,
    peakFactor: 5,
    readsPerWrite: 1,
    dataSizes: [
      { what: 'one job definition', value: 1, unit: 'KB' },
      { what: 'jobs stored', value: 10, unit: 'GB' },
    ],
  },
  functional: ['Create, change and cancel one-off and recurring jobs', 'Start each job within seconds of its time', 'Retry failed runs and keep their history'],
  nonFunctional: {
    p99BudgetMs: 300,
    availabilityObjective: 0.9995,
    other: ['A run is never lost; running it twice is tolerated, so jobs are idempotent', 'Missed runs after an outage follow a stated policy'],
  },
};

export const PRESENCE: ProblemPrompt = {
  id: 'presence',
  title: 'Online presence',
  prompt:
    'Design the green dot next to a friend\'s name: who is online right now, and when each person was last seen, kept current for a large social app.',
  scale: {
    dailyActiveUsers: 100_000_000,
    requestsPerUserPerDay: 120,
    peakFactor: 2,
    readsPerWrite: 1,
    dataSizes: [
      { what: 'one presence key', value: 50, unit: 'B' },
      { what: 'users online at peak', value: 5, unit: 'GB' },
    ],
  },
  functional: ['Mark a user online while their app is open', 'Show the online status of a user\'s friends', 'Show when someone was last seen'],
  nonFunctional: {
    p99BudgetMs: 100,
    availabilityObjective: 0.999,
    other: ['Status may lag by a minute', 'Heartbeats from every open app do not overload the store'],
  },
};

export const COUNTING_AND_TIME: readonly ProblemPrompt[] = [TOP_K, LEADERBOARD, SCHEDULER, PRESENCE];
