// Zones: frames that place components and fail as a unit.
import type { KindSpec } from '../types';

export const ZONE_KINDS: readonly KindSpec[] = [];
