// The reference architectures a board can start from, in the order the home page lists them.
import { BATCH_ANALYTICS } from './batchAnalytics';
import { EVENT_PIPELINE } from './eventPipeline';
import { MOBILE_BACKEND } from './mobileBackend';
import { MULTI_ZONE } from './multiZone';
import { READ_HEAVY_API } from './readHeavyApi';
import type { Template } from './template';
import { THREE_TIER } from './threeTier';

export type { Template } from './template';

export const TEMPLATES: readonly Template[] = [THREE_TIER, READ_HEAVY_API, EVENT_PIPELINE, MULTI_ZONE, BATCH_ANALYTICS, MOBILE_BACKEND];

export function templateById(id: string): Template | undefined {
  return TEMPLATES.find((template) => template.id === id);
}
