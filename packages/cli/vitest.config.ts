// `napkin export` rasterises and writes PDFs of whole boards, seconds of work on a busy two-core machine;
// the tests bound work, not time, so they get room to finish.
import { defineConfig } from 'vitest/config';

export default defineConfig({ test: { testTimeout: 120_000 } });
