// Every problem's public prompt, in the playbook's order (section 24).
import type { ProblemPrompt } from '../types';
import { COUNTING_AND_TIME } from './countingAndTime';
import { LINKS_AND_FEEDS } from './linksAndFeeds';
import { MEDIA_AND_PLACES } from './mediaAndPlaces';
import { PLATFORM } from './platform';
import { STORAGE_AND_SEARCH } from './storageAndSearch';

export const PROMPTS: readonly ProblemPrompt[] = [...LINKS_AND_FEEDS, ...MEDIA_AND_PLACES, ...PLATFORM, ...STORAGE_AND_SEARCH, ...COUNTING_AND_TIME];
