// Prompts of the media, location and discovery problems: video streaming, ride sharing, search
// autocomplete, web crawler.
import type { ProblemPrompt } from '../types';

export const VIDEO_STREAMING: ProblemPrompt = {
  id: 'video-streaming',
  title: 'Video streaming',
  prompt:
    'Design a video platform: creators upload videos, and viewers anywhere watch them smoothly on connections from a phone on a train to a fibre line at home.',
  scale: {
    dailyActiveUsers: 100_000_000,
    requestsPerUserPerDay: 30,
    peakFactor: 3,
    readsPerWrite: 1_000,
    dataSizes: [
      { what: 'one uploaded video (source)', value: 500, unit: 'MB' },
      { what: 'one 4-second segment at 1080p', value: 2, unit: 'MB' },
      { what: 'new video stored per day, all bitrates', value: 50, unit: 'TB' },
    ],
  },
  functional: ['Upload a video and have it playable in several qualities', 'Play a video, switching quality as bandwidth changes', 'Browse and get recommendations'],
  nonFunctional: {
    p99BudgetMs: 200,
    availabilityObjective: 0.999,
    other: ['Playback starts within two seconds', 'A new upload may take minutes to become playable'],
  },
};

export const RIDE_SHARING: ProblemPrompt = {
  id: 'ride-sharing',
  title: 'Ride sharing',
  prompt:
    'Design the backend of a ride-hailing app: drivers report where they are, riders ask for a ride, and the system picks a nearby driver and follows the trip to payment.',
  scale: {
    dailyActiveUsers: 20_000_000,
    requestsPerUserPerDay: 20,
    peakFactor: 3,
    readsPerWrite: 1,
    dataSizes: [
      { what: 'one location update', value: 100, unit: 'B' },
      { what: 'drivers online at peak', value: 1, unit: 'MB' },
      { what: 'trip history per year', value: 5, unit: 'TB' },
    ],
  },
  functional: ['Drivers send their position every few seconds', 'A rider requests a ride and is matched with a nearby driver', 'Track the trip and charge the rider at the end', 'Raise prices where demand outruns supply'],
  nonFunctional: {
    p99BudgetMs: 500,
    availabilityObjective: 0.999,
    other: ['A match within seconds of the request', 'One driver is never given two riders at once'],
  },
};

export const SEARCH_AUTOCOMPLETE: ProblemPrompt = {
  id: 'search-autocomplete',
  title: 'Search autocomplete',
  prompt:
    'Design the suggestions that appear under a search box as someone types: after each keystroke, the ten most likely completions of what they have typed so far.',
  scale: {
    dailyActiveUsers: 100_000_000,
    requestsPerUserPerDay: 30,
    peakFactor: 3,
    readsPerWrite: 1_000,
    dataSizes: [
      { what: 'distinct queries kept', value: 1, unit: 'GB' },
      { what: 'one suggestion list', value: 1, unit: 'KB' },
      { what: 'query log per day', value: 300, unit: 'GB' },
    ],
  },
  functional: ['Return the top ten completions of a prefix', 'Rank completions by how often they are searched', 'Take new popular queries into account within a day'],
  nonFunctional: {
    p99BudgetMs: 100,
    availabilityObjective: 0.999,
    other: ['Suggestions may be a day stale', 'Nothing offensive is ever suggested'],
  },
};

export const WEB_CRAWLER: ProblemPrompt = {
  id: 'web-crawler',
  title: 'Web crawler',
  prompt:
    'Design a crawler that keeps a copy of a large part of the public web fresh for a search engine, without hammering any one site. ' +
    'Here the "users" are the million sites it visits each day, and their "requests" the pages it fetches from each.',
  scale: {
    dailyActiveUsers: 1_000_000,
    requestsPerUserPerDay: 33,
    peakFactor: 1.5,
    readsPerWrite: 0,
    dataSizes: [
      { what: 'one fetched page', value: 100, unit: 'KB' },
      { what: 'pages fetched per month', value: 1, unit: 'PB' },
      { what: 'URLs known', value: 100, unit: 'GB' },
    ],
  },
  functional: ['Fetch pages from a frontier of URLs and add the links they contain', 'Obey robots.txt and a per-host rate', 'Store raw pages and hand them to the indexer', 'Revisit pages that change often'],
  nonFunctional: {
    p99BudgetMs: 2_000,
    availabilityObjective: 0.99,
    other: ['No URL is fetched twice in one cycle', 'A crawler trap never stalls the crawl'],
  },
};

export const MEDIA_AND_PLACES: readonly ProblemPrompt[] = [VIDEO_STREAMING, RIDE_SHARING, SEARCH_AUTOCOMPLETE, WEB_CRAWLER];
