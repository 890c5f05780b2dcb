// Prompts of the storage and search problems: file storage, distributed cache, search index,
// collaborative editor.
import type { ProblemPrompt } from '../types';

export const FILE_STORAGE: ProblemPrompt = {
  id: 'file-storage',
  title: 'File storage and sync',
  prompt:
    'Design a service that keeps a folder of files in sync across a person\'s laptops and phones and lets them share files with others.',
  scale: {
    dailyActiveUsers: 50_000_000,
    requestsPerUserPerDay: 20,
    peakFactor: 3,
    readsPerWrite: 3,
    dataSizes: [
      { what: 'average file', value: 1, unit: 'MB' },
      { what: 'one chunk', value: 4, unit: 'MB' },
      { what: 'stored per user', value: 10, unit: 'GB' },
    ],
  },
  functional: ['Upload and download files of any size, resuming after a dropped connection', 'Sync changes to every device of the owner', 'Share a file or folder by link', 'Keep earlier versions of a file'],
  nonFunctional: {
    p99BudgetMs: 300,
    availabilityObjective: 0.999,
    other: ['An uploaded file is never lost (eleven nines of durability)', 'Only changed parts of a file travel again'],
  },
};

export const DISTRIBUTED_CACHE: ProblemPrompt = {
  id: 'distributed-cache',
  title: 'Distributed cache',
  prompt:
    'Design an in-memory key-value cache shared by many services, spread over a cluster of machines that can grow, shrink and lose a node without taking the services down.',
  scale: {
    dailyActiveUsers: 100_000_000,
    requestsPerUserPerDay: 100,
    peakFactor: 3,
    readsPerWrite: 10,
    dataSizes: [
      { what: 'average value', value: 1, unit: 'KB' },
      { what: 'working set', value: 2, unit: 'TB' },
    ],
  },
  functional: ['Get, set and delete a key with an optional expiry', 'Add and remove nodes while serving', 'Evict the least useful keys when memory is full'],
  nonFunctional: {
    p99BudgetMs: 10,
    availabilityObjective: 0.9995,
    other: ['Losing a node costs a little hit ratio, not an outage', 'A hot key does not melt one node'],
  },
};

export const SEARCH_INDEX: ProblemPrompt = {
  id: 'search-index',
  title: 'Distributed search index',
  prompt:
    'Design full-text search over a large, growing collection of documents: keyword queries return the most relevant matches quickly, and new documents become searchable soon after they are written.',
  scale: {
    dailyActiveUsers: 20_000_000,
    requestsPerUserPerDay: 10,
    peakFactor: 3,
    readsPerWrite: 20,
    dataSizes: [
      { what: 'one document', value: 5, unit: 'KB' },
      { what: 'documents indexed', value: 10, unit: 'TB' },
    ],
  },
  functional: ['Search by keywords with ranked results', 'Index new and changed documents', 'Filter results by fields such as date and author'],
  nonFunctional: {
    p99BudgetMs: 300,
    availabilityObjective: 0.999,
    other: ['A new document is searchable within a minute'],
  },
};

export const COLLABORATIVE_EDITOR: ProblemPrompt = {
  id: 'collaborative-editor',
  title: 'Collaborative editor',
  prompt:
    'Design a document editor in the browser where several people type in the same document at once, see each other\'s cursors, and never lose an edit.',
  scale: {
    dailyActiveUsers: 10_000_000,
    requestsPerUserPerDay: 500,
    peakFactor: 3,
    readsPerWrite: 1,
    dataSizes: [
      { what: 'one edit operation', value: 100, unit: 'B' },
      { what: 'average document with history', value: 1, unit: 'MB' },
    ],
  },
  functional: ['Edit one document with others at the same time', 'Show collaborators\' cursors and selections', 'Open a document quickly however long its history', 'Keep working offline and merge on reconnect'],
  nonFunctional: {
    p99BudgetMs: 200,
    availabilityObjective: 0.999,
    other: ['Every participant converges on the same text', 'An acknowledged edit is never lost'],
  },
};

export const STORAGE_AND_SEARCH: readonly ProblemPrompt[] = [FILE_STORAGE, DISTRIBUTED_CACHE, SEARCH_INDEX, COLLABORATIVE_EDITOR];
