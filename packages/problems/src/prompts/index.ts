// Every problem's public prompt, in the playbook's order (section 24).
import type { ProblemPrompt } from '../types';
import { LINKS_AND_FEEDS } from './linksAndFeeds';

export const PROMPTS: readonly ProblemPrompt[] = [...LINKS_AND_FEEDS];
