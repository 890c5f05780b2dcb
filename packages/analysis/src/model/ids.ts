// Branded ids: a component id cannot be passed where a call or zone id is expected.
import type { Millis, Probability, Rps } from '@napkin/catalog';
import { ms, probability, rps } from '@napkin/catalog';

export type ComponentId = string & { readonly __brand: 'ComponentId' };
export type CallId = string & { readonly __brand: 'CallId' };
export type ZoneId = string & { readonly __brand: 'ZoneId' };

export const componentId = (value: string) => value as ComponentId;
export const callId = (value: string) => value as CallId;
export const zoneId = (value: string) => value as ZoneId;

export type { Millis, Probability, Rps };
export { ms, probability, rps };

/** Traffic classes that flow separately: a read and a write can take different paths. */
export type TrafficClass = 'read' | 'write';
export const TRAFFIC_CLASSES: readonly TrafficClass[] = ['read', 'write'];
