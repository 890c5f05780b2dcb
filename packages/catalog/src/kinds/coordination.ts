// Coordination: consensus-backed services for discovery, locks and configuration.
import type { KindSpec } from '../types';

export const COORDINATION_KINDS: readonly KindSpec[] = [];
