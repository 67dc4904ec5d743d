/**
 * Serves the built dist/ with Vite's own preview server on 127.0.0.1 and an ephemeral port, and
 * hands its URL to the tests (`inject('baseUrl')`). `npm run test:e2e` builds dist/ first.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The preview server's origin with a trailing slash, e.g. "http://127.0.0.1:41234/". */
    baseUrl: string;
  }
}

const root = fileURLToPath(new URL('../..', import.meta.url));
const dist = fileURLToPath(new URL('../../dist', import.meta.url));

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(`${dist}/index.html`)) {
    throw new Error(`e2e: ${dist}/index.html is missing. Build first: "npm run build:staging" (or run "npm run test:e2e", which builds).`);
  }
  // configFile: false: the preview only serves files; the app's plugins and test config are not needed.
  const server: PreviewServer = await preview({
    root,
    configFile: false,
    logLevel: 'warn',
    build: { outDir: dist },
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  });
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string') throw new Error('e2e: the preview server has no TCP address');
  project.provide('baseUrl', `http://127.0.0.1:${address.port}/`);
  return async () => {
    await server.close();
  };
}
