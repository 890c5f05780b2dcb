// Asynchronous: queues, streams and the processes that move messages between them.
import type { KindSpec } from '../types';

export const ASYNC_KINDS: readonly KindSpec[] = [];
