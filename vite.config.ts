/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { buildTimePages } from './scripts/buildTimePages.ts';
import { compileHints } from './scripts/compileHints.ts';
import { securityHeaders } from './scripts/securityHeaders.ts';

export default defineConfig({
  // Relative asset URLs, so dist/ works from any folder of any static file server.
  base: './',
  plugins: [react(), buildTimePages(), securityHeaders(), compileHints()],
  build: {
    target: 'es2022',
    // Every browser that runs ES2022 either supports <link rel="modulepreload"> or merely
    // preloads less without it; the polyfill was 0.5 kB gzip of the first download.
    modulePreload: { polyfill: false },
    // The first download is two groups, the libraries and the app's code, each limited to what
    // main.tsx imports statically ($initial): what a module loads with import() is split off by
    // that import() alone. main.tsx stays its own chunk, because it awaits the embed layout's chunk
    // at its top level, and that chunk imports from the app group.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'vendor', test: /node_modules[\\/]/, tags: ['$initial'] },
            { name: 'app', test: (id: string) => /[\\/]src[\\/]/.test(id) && !/[\\/]src[\\/]main\.tsx$/.test(id), tags: ['$initial'] },
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
