/** The builds the benchmark measures: the app (a private copy of dist/), the plain baseline and the technique variants. */
import { createHash } from 'node:crypto';
import { tsImport } from 'tsx/esm/api';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { BENCH, ROOT, log, run } from './common.mjs';
import { OPTS } from './options.mjs';
import { htmlReferences } from './sizes.mjs';

/**
 * npm run build:staging (unless --skip-build), then a private copy of dist/: the benchmark measures and serves
 * the copy, so a build started meanwhile by someone else in the same tree cannot change files under it.
 */
export function buildApp() {
  if (!OPTS.skipBuild) {
    log('npm run build:staging');
    const t0 = Date.now();
    run('npm', ['run', 'build:staging']);
    log(`  built in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
  const snapshot = mkdtempSync(join(tmpdir(), 'support-map-bench-dist-'));
  process.on('exit', () => rmSync(snapshot, { recursive: true, force: true }));
  cpSync(join(ROOT, 'dist'), snapshot, { recursive: true });
  const missing = htmlReferences(snapshot).refs.filter((r) => !existsSync(join(snapshot, r.path)));
  if (missing.length) throw new Error(`dist/ changed while it was copied (missing ${missing.map((r) => r.path).join(', ')}): run again`);
  return snapshot;
}

export const BASELINE_VARIANTS = {
  baseline: { topo: 'stock50m', memo: false, about: 'stock 50m, geoEqualEarth + geoPath in render (no memo)' },
  rsm: { root: 'rsm', about: 'react-simple-maps 5 (ComposableMap, ZoomableGroup, Geographies) over stock 50m' },
  'baseline-memo': { topo: 'stock50m', memo: true, about: 'stock 50m, paths memoised' },
  'stock110m-memo': { topo: 'stock110m', memo: true, about: 'stock 110m (177 shapes), projected in the browser, memoised' },
  'apptopo-memo': { topo: 'app', memo: true, about: "the app's pre-projected 110m+small-states topology, memoised" },
};

export async function buildBaseline(name) {
  const variant = BASELINE_VARIANTS[name];
  const root = variant.root ?? 'baseline';
  const outDir = name === root ? join(BENCH, root, 'dist') : join(tmpdir(), `support-map-bench-${name}`);
  log(`vite build ${name} (${variant.about}) -> ${relative(ROOT, outDir) || outDir}`);
  const { build } = await import('vite');
  const { default: react } = await import('@vitejs/plugin-react');
  await build({
    configFile: false,
    root: join(BENCH, root),
    base: './',
    logLevel: 'warn',
    plugins: [react()],
    define: variant.topo ? { __BENCH_TOPO__: JSON.stringify(variant.topo), __BENCH_MEMO__: JSON.stringify(variant.memo) } : {},
    build: { outDir, emptyOutDir: true, target: 'es2022', assetsInlineLimit: 0 },
  });
  return outDir;
}

/** The app with its lazy chunks (zoom, detail panel, table, search) imported statically: what lazy loading buys. */
export async function buildEagerApp() {
  const outDir = join(tmpdir(), 'support-map-bench-eager');
  log(`vite build app-eager (lazy imports made static) -> ${outDir}`);
  const { build } = await import('vite');
  let n = 0;
  const eager = {
    name: 'bench-eager-imports',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.tsx?$/.test(id) || !code.includes('import(')) return null;
      const hoisted = [];
      const out = code.replace(/\bimport\((['"])([^'"]+)\1\)/g, (_, _q, spec) => {
        const local = `__benchEager${n++}`;
        hoisted.push(`import * as ${local} from ${JSON.stringify(spec)};`);
        return `Promise.resolve(${local})`;
      });
      return { code: `${hoisted.join('\n')}\n${out}`, map: null };
    },
  };
  await build({
    root: ROOT,
    configFile: join(ROOT, 'vite.config.ts'),
    mode: 'staging',
    logLevel: 'warn',
    plugins: [eager],
    build: { outDir, emptyOutDir: true },
  });
  return outDir;
}

/** A copy of the app's build whose dataset is the synthetic 10× one (bench/tenfold.mjs), under the same file name. */
export async function tenfoldCopy(appDir) {
  const { tenfoldDataset } = await import('../tenfold.mjs');
  const dir = mkdtempSync(join(tmpdir(), 'support-map-bench-tenfold-'));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  cpSync(appDir, dir, { recursive: true });
  // The file the page loads is the one its dataset link names (archived releases have links of their own).
  const page = join(dir, 'index.html');
  const html = readFileSync(page, 'utf8');
  const link = /<link\b[^>]*\bdata-resource="dataset"[^>]*>/.exec(html)?.[0];
  const href = link && /\bhref="\.?\/?([^"]+)"/.exec(link)?.[1];
  if (!link || !href) throw new Error('index.html has no <link data-resource="dataset" href>');
  const path = join(dir, href);
  const text = JSON.stringify(tenfoldDataset(JSON.parse(readFileSync(path, 'utf8'))));
  writeFileSync(path, text);
  // As a build of this dataset would write it (scripts/buildTimePages.ts): its checks pass, and its
  // schema output is the parsed file (the real data's is).
  const digest = createHash('sha256').update(text, 'utf8').digest('hex');
  let out = html.replace(link, link.replace(/data-sha256="[0-9a-f]{64}"/, `data-sha256="${digest}"`));
  // And the part of the edition the page shows first, cut from the 10× file as the build cuts it
  // (scripts/editionParts.ts): its editions are the 10× file's.
  const partLink = /<link\b[^>]*\bdata-resource="edition"[^>]*>/.exec(out)?.[0];
  if (partLink) {
    const partPath = join(dir, /\bhref="\.?\/?([^"]+)"/.exec(partLink)[1]);
    const edition = Number(/\bdata-edition="(\d+)"/.exec(partLink)[1]);
    const { editionPart } = await tsImport('../../src/data/editionPart.ts', import.meta.url);
    const partText = JSON.stringify(editionPart(JSON.parse(text), edition));
    writeFileSync(partPath, partText);
    const partDigest = createHash('sha256').update(partText, 'utf8').digest('hex');
    out = out.replace(partLink, partLink.replace(/data-sha256="[0-9a-f]{64}"/, `data-sha256="${partDigest}"`));
    log(`10× dataset, part of ${edition}: ${relative(dir, partPath)} ${(statSync(partPath).size / 1e3).toFixed(0)} kB`);
  }
  writeFileSync(page, out);
  log(`10× dataset: ${relative(dir, path)} ${(statSync(path).size / 1e6).toFixed(2)} MB`);
  return dir;
}
