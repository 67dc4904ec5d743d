#!/usr/bin/env node
/**
 * What is in each chunk: builds the app into a temporary folder (dist/ is left alone) and prints, per
 * chunk, its modules by rendered (minified) size with the gzip -9 size of each module's code alone.
 * Gzip of the parts does not add up to the gzip of the chunk; the ranking is what matters.
 *   node bench/chunks.mjs [--all]     --all also lists modules under 0.5 kB
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const all = process.argv.includes('--all');
const outDir = mkdtempSync(join(tmpdir(), 'support-map-chunks-'));
const chunks = [];
const { build } = await import('vite');
try {
  await build({
    root: ROOT,
    configFile: join(ROOT, 'vite.config.ts'),
    // Like the bench's own build: a production build needs SITE_URL, which sizes do not depend on.
    mode: 'staging',
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
    plugins: [
      {
        name: 'bench-chunk-report',
        generateBundle(_options, bundle) {
          for (const item of Object.values(bundle)) {
            if (item.type !== 'chunk') continue;
            const modules = Object.entries(item.modules)
              .map(([id, m]) => ({
                id: relative(ROOT, id.replace(/\?.*$/, '')),
                bytes: m.renderedLength,
                gzip: m.code ? gzipSync(m.code, { level: 9 }).length : 0,
              }))
              .sort((a, b) => b.bytes - a.bytes);
            chunks.push({
              name: item.fileName,
              entry: item.isEntry,
              imports: item.imports,
              dynamicImports: item.dynamicImports,
              bytes: item.code.length,
              gzip: gzipSync(item.code, { level: 9 }).length,
              modules,
            });
          }
        },
      },
    ],
  });
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
chunks.sort((a, b) => Number(b.entry) - Number(a.entry) || b.gzip - a.gzip);
for (const chunk of chunks) {
  console.log(
    `\n${chunk.name}${chunk.entry ? ' (entry)' : ''}: ${chunk.bytes} B, gzip ${chunk.gzip} B; imports ${chunk.imports.join(', ') || '-'}; dynamic ${chunk.dynamicImports.join(', ') || '-'}`,
  );
  const groups = new Map();
  for (const m of chunk.modules) {
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(m.id)?.[1] ?? m.id;
    const g = groups.get(pkg) ?? { bytes: 0, gzip: 0, n: 0 };
    g.bytes += m.bytes;
    g.gzip += m.gzip;
    g.n++;
    groups.set(pkg, g);
  }
  for (const [pkg, g] of [...groups].sort((a, b) => b[1].bytes - a[1].bytes)) {
    if (!all && g.bytes < 500) continue;
    console.log(`  ${String(g.bytes).padStart(7)} B  gz ${String(g.gzip).padStart(6)} B  ${pkg}${g.n > 1 ? ` (${g.n} modules)` : ''}`);
  }
}
