// Rasterising and writing PDFs of whole boards takes seconds on a busy two-core machine; the tests bound
// work, not time, so they get room to finish.
import { defineConfig } from 'vitest/config';

export default defineConfig({ test: { testTimeout: 120_000 } });
