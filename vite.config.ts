/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { buildTimePages } from './scripts/buildTimePages.ts';
import { securityHeaders } from './scripts/securityHeaders.ts';

/**
 * Modules that load on demand (their own chunks, see the import() calls) or that must not join
 * the first-download group: main.tsx awaits the embed layout's chunk at its top level, so the
 * embed chunk must not import from the chunk main.tsx is in. A module missing from this list
 * would join the first download: `npm run bench:sizes` (run by CI) would show it.
 */
const LAZY = /[\\/](main\.tsx|share|export|embed|app[\\/]EmbedApp|ui[\\/](Detail|ActionItem|SourceLinks|TableView|SearchBox\.|searchActors|share[\\/])|i18n[\\/](zh-TW|shareMessages|detailMessages|labels|formatPartialDate)|filters[\\/]tableRows)/;

export default defineConfig({
  // Relative asset URLs, so dist/ works from any folder of any static file server.
  base: './',
  plugins: [react(), securityHeaders(), buildTimePages()],
  build: {
    target: 'es2022',
    // Every browser that runs ES2022 either supports <link rel="modulepreload"> or merely
    // preloads less without it; the polyfill was 0.5 kB gzip of the first download.
    modulePreload: { polyfill: false },
    // Automatic splitting cut the first download into a chunk per combination of lazy features
    // sharing it (eight files, each with its imports and exports); two groups, the libraries and
    // the app's first-view code, compress better and load in three requests: 95.7 → 93.1 kB gzip.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'vendor', test: /node_modules[\\/](react|react-dom|scheduler|zustand|d3-geo|d3-array|topojson-client|valibot)[\\/]/ },
            { name: 'app', test: (id: string) => /[\\/]src[\\/]/.test(id) && !LAZY.test(id) },
          ],
        },
      },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['tests/**/*.test.{ts,tsx}'],
          exclude: ['tests/e2e/**', 'node_modules/**'],
          setupFiles: ['tests/setup.ts'],
          // Component tests render the whole world map in jsdom; on a busy 2-core machine some take
          // several seconds, which is load, not a failure.
          testTimeout: 20_000,
        },
      },
      {
        // Real Chromium against the built dist/ (npm run test:e2e builds first); see tests/e2e/README.md.
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.e2e.ts'],
          globalSetup: ['tests/e2e/globalSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Two cores: one browser at a time.
          fileParallelism: false,
        },
      },
    ],
  },
});
