// Dev server and build for the Napkin web app. In development the relay runs on :8080 and Vite
// proxies its WebSocket and health endpoints, so the app always talks to its own origin (the same
// URLs work in production, where the relay serves `dist/` itself).
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from './build/precompress';
import { routePage } from './build/routePage';
import { workerEntry } from './build/workerEntry';

const RELAY = 'http://localhost:8080';

export default defineConfig({
  plugins: [
    react(),
    workerEntry({ id: 'virtual:analysis-worker', entry: 'src/analysis/analysis.worker.ts', name: 'analysis.worker' }),
    // board.html: index.html that also preloads the board's code, served by the relay for /b/<id> (issue 18, first load).
    // Its boot script (an async module of its own) asks for the board's access and dials its socket first.
    routePage({
      page: 'src/page/BoardPage.tsx',
      fileName: 'board.html',
      boot: 'src/boot/boardBoot.ts',
      // As App.tsx's PageLoading says it, shown until the board's first render.
      placeholder: '<main class="page-loading" aria-busy="true"><p>Loading…</p></main>',
    }),
    precompress(),
  ],
  server: {
    proxy: {
      '/ws': { target: RELAY, ws: true },
      '/healthz': { target: RELAY },
      '/api': { target: RELAY },
    },
  },
  build: {
    // Maps are written for debugging a deploy but not referenced from the bundles (the relay does not serve them by default).
    sourcemap: 'hidden',
    rollupOptions: {
      output: {
        // Libraries change less often than the app: separate chunks stay cached across deploys.
        manualChunks: (id) => {
          // Stylesheets stay with the entry that imports them: React Flow's CSS in the 'flow' chunk made the
          // landing page preload React Flow's JavaScript.
          if (!id.includes('node_modules') || id.endsWith('.css')) return undefined;
          if (id.includes('@xyflow') || id.includes('d3-') || id.includes('zustand')) return 'flow';
          if (/[\\/](react|react-dom|scheduler)[\\/]/.test(id)) return 'react';
          if (/[\\/](yjs|y-websocket|y-protocols|lib0)[\\/]/.test(id)) return 'sync';
          if (id.includes('zod')) return 'zod';
          // The Export menu's PDF writer and rasteriser load only when someone exports (runExport is imported lazily).
          if (/[\\/](pdf-lib|@pdf-lib|@resvg|pako|tslib)[\\/]/.test(id)) return 'export';
          // The tidy-up's layout library goes with the tidy-up code, loaded on the first tidy-up (useTidyUp.ts).
          if (id.includes('@dagrejs')) return undefined;
          return 'vendor';
        },
      },
    },
  },
});
