// Every problem's interviewer material, in the playbook's order (section 24).
import type { ProblemMaterial } from '../material';
import { CHAT } from './chat';
import { COLLABORATIVE_EDITOR } from './collaborativeEditor';
import { DISTRIBUTED_CACHE } from './distributedCache';
import { FILE_STORAGE } from './fileStorage';
import { LEADERBOARD } from './leaderboard';
import { NEWS_FEED } from './newsFeed';
import { NOTIFICATIONS } from './notifications';
import { PASTEBIN } from './pastebin';
import { PAYMENTS } from './payments';
import { PRESENCE } from './presence';
import { RATE_LIMITER } from './rateLimiter';
import { RIDE_SHARING } from './rideSharing';
import { SCHEDULER } from './scheduler';
import { SEARCH_AUTOCOMPLETE } from './searchAutocomplete';
import { SEARCH_INDEX } from './searchIndex';
import { TOP_K } from './topK';
import { UNIQUE_ID } from './uniqueId';
import { URL_SHORTENER } from './urlShortener';
import { VIDEO_STREAMING } from './videoStreaming';
import { WEB_CRAWLER } from './webCrawler';

export const MATERIALS: readonly ProblemMaterial[] = [URL_SHORTENER, PASTEBIN, NEWS_FEED, CHAT, VIDEO_STREAMING, RIDE_SHARING, SEARCH_AUTOCOMPLETE, WEB_CRAWLER, RATE_LIMITER, UNIQUE_ID, NOTIFICATIONS, PAYMENTS,
  FILE_STORAGE, DISTRIBUTED_CACHE, SEARCH_INDEX, COLLABORATIVE_EDITOR,
  TOP_K, LEADERBOARD, SCHEDULER, PRESENCE];
