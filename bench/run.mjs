#!/usr/bin/env node
/**
 * The "Fast on a cheap phone" benchmark. See bench/README.md.
 *
 *   npm run bench                       build, sizes, browser figures, Lighthouse, baseline: one table
 *   npm run bench:sizes                 (= --sizes-only) the deterministic size figures only, no browser
 *   node bench/run.mjs --techniques     variants that isolate one technique each (README "What each technique bought")
 * Options: --skip-build (use the dist/ there is), --no-lighthouse, --runs N (page loads per CPU rate, default 5),
 *          --interaction-runs N (toggle / zoom runs, default 3), --lh-runs N (default 3), --baseline-lh-runs N (default 1),
 *          --json FILE (default bench/results/last.json).
 *
 * Exit status: 1 when a figure misses its target by more than its noise margin (the ± in the target column),
 * 2 when the benchmark itself could not run.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, getPriority, loadavg, setPriority, tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BENCH = join(ROOT, 'bench');
const CHROMIUM = process.env.CHROME_PATH || '/usr/bin/chromium';
// The same flags as the e2e tests (no sandbox as root, no network chatter).
const CHROMIUM_ARGS = JSON.parse(readFileSync(join(ROOT, 'scripts', 'chromium-flags.json'), 'utf8'));
const KB = 1000; // sizes in kB of 1000 bytes, gzip -9

// ---------------------------------------------------------------- options

const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
const option = (name, fallback) => {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : fallback;
};
const OPTS = {
  sizesOnly: flag('--sizes-only'),
  techniques: flag('--techniques'),
  skipBuild: flag('--skip-build'),
  lighthouse: !flag('--no-lighthouse'),
  loads: Number(option('--runs', 7)),
  interactionRuns: Number(option('--interaction-runs', 3)),
  lhRuns: Number(option('--lh-runs', 3)),
  baselineLhRuns: Number(option('--baseline-lh-runs', 1)),
  json: resolve(option('--json', join(BENCH, 'results', OPTS_DEFAULT_JSON()))),
};
function OPTS_DEFAULT_JSON() {
  return flag('--techniques') ? 'techniques.json' : flag('--sizes-only') ? 'sizes.json' : 'last.json';
}

const log = (...parts) => process.stderr.write(`[bench] ${parts.join(' ')}\n`);

/**
 * The machine has 2 cores that other work (tests, builds) may be using. The browser figures are
 * timings, so the benchmark asks for a higher CPU priority (nice −10, root only) for itself and,
 * by inheritance, for the server, Chromium and Lighthouse it starts. --no-priority leaves it alone.
 */
if (!flag('--no-priority') && !flag('--sizes-only')) {
  try {
    setPriority(-10);
  } catch {
    // not root: run at normal priority
  }
}

// ---------------------------------------------------------------- targets and noise margins

/**
 * Noise margins. A figure fails the run (exit 1) only when it misses its target by more than its margin,
 * shown as ± in the target column. Sizes are deterministic: 0. For timings and Lighthouse scores the
 * margin is the noise measured in this very run, half the run-to-run range ((max − min) / 2, relative to
 * the median for timings), but never less than the floor below. The floors are what bench/README.md
 * reports as the spread of repeated runs; a busy machine raises the measured noise, and the table header
 * says how busy it was.
 */
const MARGIN = {
  size: 0,
  time: 0.15, // map drawn, toggle processing: at least ±15 %
  frame: 0.05, // frame interval p95 at 60 Hz: a dropped frame is +100 %, jitter is < 5 %
  lhPerf: 1, // at least 1 point
  lhOther: 0,
  cls: 0,
  longtask: 0, // any long task during an interaction is a miss
};
/** The margin for a figure measured several times: max(floor, half the relative run-to-run range). */
const noiseMargin = (runs, floor) => {
  const s = spread(runs);
  return Number.isFinite(s) ? Math.max(floor, Math.round((s / 2) * 100) / 100) : floor;
};

// ---------------------------------------------------------------- helpers

/**
 * gzip -9 size, as the `gzip -9 -n` command writes it (no file name in the header, like a server's
 * Content-Encoding: gzip). Node's zlib at level 9 differs by up to 1.5 % from GNU gzip, so the command
 * is used where it exists.
 */
const gzCache = new Map();
function gz(buffer) {
  const key = createHash('sha1').update(buffer).digest('hex');
  if (!gzCache.has(key)) {
    const cli = spawnSync('gzip', ['-9', '-n', '-c'], { input: buffer, maxBuffer: 256 * 1024 * 1024 });
    gzCache.set(key, cli.status === 0 ? cli.stdout.length : gzipSync(buffer, { level: 9 }).length);
  }
  return gzCache.get(key);
}
const median = (xs) => {
  const s = [...xs].filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
/** Nearest-rank percentile. */
const percentile = (xs, p) => {
  const s = [...xs].filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
};
/** Run-to-run spread: (max − min) / median. */
const spread = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x));
  if (s.length < 2) return NaN;
  const m = median(s);
  return m === 0 ? 0 : (Math.max(...s) - Math.min(...s)) / m;
};
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function run(cmd, args, opts = {}) {
  const result = spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...opts });
  if (result.status !== 0) {
    process.stderr.write(result.stdout ?? '');
    process.stderr.write(result.stderr ?? '');
    throw new Error(`${cmd} ${args.join(' ')} exited with ${result.status}`);
  }
  return result.stdout;
}

// ---------------------------------------------------------------- builds

/**
 * npm run build (unless --skip-build), then a private copy of dist/: the benchmark measures and serves
 * the copy, so a build started meanwhile by someone else in the same tree cannot change files under it.
 */
function buildApp() {
  if (!OPTS.skipBuild) {
    log('npm run build');
    const t0 = Date.now();
    run('npm', ['run', 'build']);
    log(`  built in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
  const snapshot = mkdtempSync(join(tmpdir(), 'support-map-bench-dist-'));
  process.on('exit', () => rmSync(snapshot, { recursive: true, force: true }));
  cpSync(join(ROOT, 'dist'), snapshot, { recursive: true });
  const missing = htmlReferences(snapshot).refs.filter((r) => !existsSync(join(snapshot, r.path)));
  if (missing.length) throw new Error(`dist/ changed while it was copied (missing ${missing.map((r) => r.path).join(', ')}): run again`);
  return snapshot;
}

const BASELINE_VARIANTS = {
  baseline: { topo: 'stock50m', memo: false, about: 'stock 50m, geoEqualEarth + geoPath in render (no memo)' },
  'baseline-memo': { topo: 'stock50m', memo: true, about: 'stock 50m, paths memoised' },
  'stock110m-memo': { topo: 'stock110m', memo: true, about: 'stock 110m (177 shapes), projected in the browser, memoised' },
  'apptopo-memo': { topo: 'app', memo: true, about: "the app's pre-projected 110m+small-states topology, memoised" },
};

async function buildBaseline(name) {
  const variant = BASELINE_VARIANTS[name];
  const outDir = name === 'baseline' ? join(BENCH, 'baseline', 'dist') : join(tmpdir(), `support-map-bench-${name}`);
  log(`vite build ${name} (${variant.about}) -> ${relative(ROOT, outDir) || outDir}`);
  const { build } = await import('vite');
  const { default: react } = await import('@vitejs/plugin-react');
  await build({
    configFile: false,
    root: join(BENCH, 'baseline'),
    base: './',
    logLevel: 'warn',
    plugins: [react()],
    define: { __BENCH_TOPO__: JSON.stringify(variant.topo), __BENCH_MEMO__: JSON.stringify(variant.memo) },
    build: { outDir, emptyOutDir: true, target: 'es2022', assetsInlineLimit: 0 },
  });
  return outDir;
}

/** The app with its lazy chunks (zoom, detail panel, table, search) imported statically: what lazy loading buys. */
async function buildEagerApp() {
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
    logLevel: 'warn',
    plugins: [eager],
    build: { outDir, emptyOutDir: true },
  });
  return outDir;
}

// ---------------------------------------------------------------- sizes (no browser)

/** Static imports of a built chunk (not dynamic import()). */
function staticImportsOf(dir, file) {
  const code = readFileSync(join(dir, file), 'utf8');
  const found = new Set();
  const re = /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+\.js)["']/g;
  for (const m of code.matchAll(re)) found.add(join(dirname(file), m[1]).replaceAll('\\', '/'));
  return [...found];
}

function htmlReferences(dir) {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const refs = [];
  for (const m of html.matchAll(/<(script|link)\b([^>]*)>/g)) {
    const attrs = m[2];
    const url = /\b(?:src|href)="([^"]+)"/.exec(attrs)?.[1];
    if (!url || /^[a-z]+:/i.test(url) || url.startsWith('//')) continue;
    const rel = /\brel="([^"]+)"/.exec(attrs)?.[1] ?? (m[1] === 'script' ? 'script' : '');
    const path = url.replace(/^\.?\//, '').split(/[?#]/)[0];
    refs.push({ kind: m[1] === 'script' ? (/type="module"/.test(attrs) ? 'module' : 'script') : rel, path });
  }
  return { html, refs };
}

/** JavaScript the page loads before it can draw: entry script + modulepreloads + their static import closure. */
function jsBeforeMap(dir) {
  const { refs } = htmlReferences(dir);
  const seeds = refs.filter((r) => r.kind === 'module' || r.kind === 'script' || r.kind === 'modulepreload').map((r) => r.path);
  // main.tsx awaits its layout with import() before the first render: the full page's layout
  // (src/app/App.tsx, built as App-<hash>.js) and everything it imports statically count too.
  for (const file of readdirSync(join(dir, 'assets'))) if (/^App-[\w-]+\.js$/.test(file)) seeds.push(`assets/${file}`);
  const files = new Set();
  const queue = [...seeds];
  while (queue.length) {
    const file = queue.shift();
    if (files.has(file) || !existsSync(join(dir, file))) continue;
    files.add(file);
    queue.push(...staticImportsOf(dir, file));
  }
  const list = [...files].map((file) => ({ file, gzip: gz(readFileSync(join(dir, file))) }));
  return { gzip: list.reduce((a, f) => a + f.gzip, 0), files: list };
}

/** index.html + everything it references (scripts, modulepreloads, CSS and its url()s, preloads, icon) + extra data files. */
function firstViewStatic(dir, extra = []) {
  const { refs } = htmlReferences(dir);
  const files = new Set(['index.html']);
  for (const r of refs) files.add(r.path);
  for (const f of jsBeforeMap(dir).files) files.add(f.file);
  for (const r of refs.filter((x) => x.kind === 'stylesheet')) {
    const css = readFileSync(join(dir, r.path), 'utf8');
    for (const m of css.matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)) {
      if (!/^(data|https?):/.test(m[1])) files.add(join(dirname(r.path), m[1]).replaceAll('\\', '/'));
    }
  }
  for (const f of extra) files.add(f);
  const list = [...files].filter((f) => existsSync(join(dir, f))).map((file) => ({ file, gzip: gz(readFileSync(join(dir, file))) }));
  return { gzip: list.reduce((a, f) => a + f.gzip, 0), files: list };
}

function topologyFigures(path) {
  const raw = readFileSync(path);
  const topo = JSON.parse(raw.toString('utf8'));
  const geometries = Object.values(topo.objects).flatMap((o) => o.geometries ?? []);
  const name = Object.keys(topo.objects).includes('countries') ? 'countries' : Object.keys(topo.objects)[0];
  const countries = topo.objects[name].geometries;
  // ISO shapes: the app uses alpha-3 ids and "_name" for land without one; world-atlas uses numeric ids and none for those.
  const iso = countries.filter((g) => g.id != null && !String(g.id).startsWith('_')).length;
  let quantisation = NaN;
  if (topo.transform) {
    const bbox = topo.bbox ?? bboxOfArcs(topo);
    const [sx, sy] = topo.transform.scale;
    quantisation = Math.min(Math.round((bbox[2] - bbox[0]) / sx) + 1, Math.round((bbox[3] - bbox[1]) / sy) + 1);
  }
  return { gzip: gz(raw), iso, quantisation, geometries: geometries.length };
}
function bboxOfArcs(topo) {
  const [sx, sy] = topo.transform.scale;
  const [tx, ty] = topo.transform.translate;
  let x0 = Infinity,
    y0 = Infinity,
    x1 = -Infinity,
    y1 = -Infinity;
  for (const arc of topo.arcs) {
    let x = 0,
      y = 0;
    for (const [dx, dy] of arc) {
      x += dx;
      y += dy;
      const px = x * sx + tx,
        py = y * sy + ty;
      if (px < x0) x0 = px;
      if (px > x1) x1 = px;
      if (py < y0) y0 = py;
      if (py > y1) y1 = py;
    }
  }
  return [x0, y0, x1, y1];
}

function appSizes(dir) {
  const topo = topologyFigures(join(ROOT, 'data', 'world.topo.json'));
  const { refs } = htmlReferences(dir);
  const preloads = refs.filter((r) => r.kind === 'preload').map((r) => r.path);
  return { topo, js: jsBeforeMap(dir), firstView: firstViewStatic(dir, preloads) };
}

function baselineSizes(dir) {
  const topo = topologyFigures(join(ROOT, 'node_modules', 'world-atlas', 'countries-50m.json'));
  // The baseline fetches its topology from the entry script (no preload link): count that file too.
  const assets = readdirSync(join(dir, 'assets'));
  const data = assets.filter((f) => f.startsWith('countries-50m') || f.startsWith('countries-110m') || f.startsWith('world.topo'));
  const entry = jsBeforeMap(dir);
  const used = data.filter((f) => entry.files.some((j) => readFileSync(join(dir, j.file), 'utf8').includes(f))).map((f) => `assets/${f}`);
  return { topo, js: entry, firstView: firstViewStatic(dir, used) };
}

/** CPU time of the whole machine from /proc/stat (Linux), to tell how busy it was while we measured. */
function cpuTimes() {
  try {
    const [, ...fields] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
    const n = fields.map(Number);
    return { idle: n[3] + (n[4] ?? 0), total: n.reduce((a, b) => a + b, 0) };
  } catch {
    return null;
  }
}
const busyBetween = (a, b) => (a && b && b.total > a.total ? 1 - (b.idle - a.idle) / (b.total - a.total) : NaN);

// ---------------------------------------------------------------- servers

async function startServer(root) {
  const child = spawn(process.execPath, [join(BENCH, 'serve.mjs'), root, '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise((resolveUrl, reject) => {
    let buffer = '';
    const timer = setTimeout(() => reject(new Error('server did not start')), 10_000);
    child.stdout.on('data', (chunk) => {
      buffer += chunk;
      const m = /listening (\S+)/.exec(buffer);
      if (m) {
        clearTimeout(timer);
        resolveUrl(m[1]);
      }
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  return { url, child, stop: () => new Promise((r) => (child.exitCode !== null ? r() : (child.once('exit', r), child.kill('SIGTERM')))) };
}

// ---------------------------------------------------------------- browser measurements

const INIT_SCRIPT = () => {
  const bench = (window.__bench = { events: [], longtasks: [], clicks: [], frames: null });
  // The page says when the map is drawn on the console: waiting for the mark by polling it with
  // page.waitForFunction would run Playwright's own script in the page while it loads (compiling
  // it alone took ~40 ms of the main thread at 4×), and the polling delayed the map by 60–150 ms.
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === 'map-drawn') console.debug(`__bench:map-drawn ${e.startTime}`);
    }).observe({ type: 'mark', buffered: true });
  } catch {}
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        bench.events.push({
          name: e.name,
          id: e.interactionId,
          start: e.startTime,
          ps: e.processingStart,
          pe: e.processingEnd,
          dur: e.duration,
        });
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  } catch {}
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.longtasks.push({ start: e.startTime, dur: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  bench.shifts = [];
  try {
    const describe = (node) =>
      node && node.nodeType === 1
        ? `${node.tagName.toLowerCase()}${node.id ? `#${node.id}` : ''}${node.className && typeof node.className === 'string' ? `.${node.className.trim().split(/\s+/).join('.')}` : ''}`
        : String(node?.nodeName ?? '?');
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        bench.shifts.push({
          start: e.startTime,
          value: e.value,
          input: e.hadRecentInput,
          sources: (e.sources ?? []).map(
            (s) => `${describe(s.node)} ${JSON.stringify(s.previousRect.toJSON())}→${JSON.stringify(s.currentRect.toJSON())}`,
          ),
        });
    }).observe({ type: 'layout-shift', buffered: true });
  } catch {}
  // Fallback for clicks whose whole duration stayed under Event Timing's 16 ms threshold (no entry):
  // window capture (first listener) to window bubble (last; React has committed by then).
  let clickStart = 0;
  addEventListener('click', () => (clickStart = performance.now()), true);
  addEventListener('click', (e) => bench.clicks.push({ ts: e.timeStamp, proc: performance.now() - clickStart }), false);
  // When an element matching `selector` is first in the page, to the frame after (when it is painted).
  bench.timeUntil = (selector) =>
    new Promise((resolve) => {
      const check = () => {
        if (!document.querySelector(selector)) return;
        observer.disconnect();
        requestAnimationFrame(() => resolve(performance.now()));
      };
      const observer = new MutationObserver(check);
      observer.observe(document, { subtree: true, childList: true, attributes: true });
      check();
    });
  bench.startFrames = () => {
    const frames = (bench.frames = []);
    const tick = (t) => {
      if (bench.frames !== frames) return;
      frames.push(t);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  };
  bench.stopFrames = () => {
    const frames = bench.frames ?? [];
    bench.frames = null;
    return frames;
  };
};

/** Resolves with the map-drawn mark's time, reported on the console by INIT_SCRIPT; subscribe before navigating. */
function mapDrawnReport(page, timeoutMs = 30_000) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no map-drawn mark within ${timeoutMs / 1000} s`)), timeoutMs);
    page.on('console', (message) => {
      const text = message.text();
      if (!text.startsWith('__bench:map-drawn ')) return;
      clearTimeout(timer);
      resolve(Number(text.slice('__bench:map-drawn '.length)));
    });
  });
}

const idle = (page, ms) =>
  page.evaluate((wait) => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, wait)))), ms);

/**
 * The clicks since `t0` (until now), each with its handler+render time: Event Timing's
 * processingEnd − processingStart when the click has an entry, else the window listener pair's
 * time; the clicks' Event Timing durations; the long tasks over the same window.
 */
async function clicksBetween(page, t0) {
  const t1 = await page.evaluate(() => performance.now());
  const data = await page.evaluate(() => ({
    events: window.__bench.events,
    clicks: window.__bench.clicks,
    longtasks: window.__bench.longtasks,
  }));
  const clicks = data.clicks.filter((c) => c.ts >= t0 && c.ts <= t1);
  let fromEventTiming = 0;
  const processing = clicks.map((c) => {
    const entry = data.events.find((e) => e.name === 'click' && Math.abs(e.start - c.ts) < 1);
    if (!entry) return c.proc;
    fromEventTiming++;
    return entry.pe - entry.ps;
  });
  return {
    clicks,
    processing,
    fromEventTiming,
    durations: data.events.filter((e) => e.name === 'click' && e.start >= t0 && e.start <= t1).map((e) => e.dur),
    longtasks: data.longtasks.filter((l) => l.start + l.dur >= t0 && l.start <= t1),
  };
}

/**
 * One session: a fresh context (empty cache), CPU throttled, load → map drawn; optionally 20 toggles and a zoom gesture.
 */
async function session(browser, url, { rate, toggles = false, zoom = false, firstView = false }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  await context.addInitScript(INIT_SCRIPT);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  const result = { rate };
  const drawn = mapDrawnReport(page);
  drawn.catch(() => {});
  try {
    await page.goto(url, { waitUntil: 'load' });
    result.mapDrawn = await drawn;
    if (firstView) {
      result.requests = await page.evaluate((drawn) => {
        const nav = performance.getEntriesByType('navigation')[0];
        const entries = performance.getEntriesByType('resource').filter((e) => e.startTime <= drawn);
        return [nav.name, ...entries.map((e) => e.name)];
      }, result.mapDrawn);
    }
    // Let the lazy chunks and the first idle work finish before interacting.
    await idle(page, 400 * Math.max(1, rate / 2));

    if (toggles) {
      const buttons = page.locator('.filters__type');
      const count = await buttons.count();
      if (count === 0) throw new Error('no .filters__type button');
      const t0 = await page.evaluate(() => performance.now());
      for (let i = 0; i < 20; i++) {
        await buttons.nth(i % count).click();
        await idle(page, 40);
      }
      await idle(page, 150);
      const { clicks, processing, fromEventTiming, durations, longtasks } = await clicksBetween(page, t0);
      result.toggle = { n: clicks.length, fromEventTiming, p95: percentile(processing, 95), p50: median(processing), durations, longtasks };
    }

    if (toggles && (await page.locator('.view-switch__button').count()) === 2) {
      // Map → table → map, twice: the first switch mounts the table, the second finds it loaded.
      // The baseline has no table and skips this.
      const [toMap, toTable] = [page.locator('.view-switch__button').nth(0), page.locator('.view-switch__button').nth(1)];
      const t0 = await page.evaluate(() => performance.now());
      // Each click is timed to the frame that shows the other view: the switch renders the view
      // as a deferred render, after the click's own processing.
      const shownAt = [];
      const switchTo = async (button, selector) => {
        const shown = page.evaluate((s) => window.__bench.timeUntil(s), selector);
        await button.click();
        shownAt.push(await shown);
        await idle(page, 40);
      };
      for (let round = 0; round < 2; round++) {
        await switchTo(toTable, '.table-view table');
        await switchTo(toMap, '.app__map-view:not([hidden])');
      }
      await idle(page, 150);
      const { clicks, processing, longtasks } = await clicksBetween(page, t0);
      const untilShown = clicks.map((c, i) => (shownAt[i] ?? NaN) - c.ts);
      result.viewSwitch = { processing, untilShown, longtasks };
    }

    if (zoom) {
      const box = await page.locator('svg').first().boundingBox();
      const cx = box.x + box.width / 2;
      const cy = box.y + box.height / 2;
      await page.mouse.move(cx, cy);
      const t0 = await page.evaluate(() => performance.now());
      await page.evaluate(() => window.__bench.startFrames());
      // A Ctrl+wheel (pinch) zoom in: 30 events, one per frame, ×2^(5×0.002×10) each → 8×.
      await page.keyboard.down('Control');
      for (let i = 0; i < 30; i++) {
        await page.mouse.wheel(0, -5);
        await sleep(16);
      }
      await page.keyboard.up('Control');
      // Then a drag pan.
      await page.mouse.down();
      for (let i = 1; i <= 30; i++) {
        await page.mouse.move(cx - i * 8, cy - i * 3);
        await sleep(16);
      }
      await page.mouse.up();
      await idle(page, 50);
      const frames = await page.evaluate(() => window.__bench.stopFrames());
      const t1 = await page.evaluate(() => performance.now());
      const k = await page.evaluate(() => {
        const g = document.querySelector('svg g[transform]');
        return g ? g.getAttribute('transform') : null;
      });
      const intervals = frames.slice(1).map((t, i) => t - frames[i]);
      const longtasks = (await page.evaluate(() => window.__bench.longtasks)).filter((l) => l.start + l.dur >= t0 && l.start <= t1);
      result.zoom = {
        frames: intervals.length,
        p95: percentile(intervals, 95),
        p50: median(intervals),
        max: Math.max(...intervals),
        transform: k,
        longtasks,
      };
    }
  } finally {
    await context.close();
  }
  return result;
}

/** Layout shifts of a load at Lighthouse's mobile viewport (412×823), with the elements that moved: for diagnosis. */
async function mobileShifts(browser, url) {
  const context = await browser.newContext({
    viewport: { width: 412, height: 823 },
    deviceScaleFactor: 1.75,
    isMobile: true,
    hasTouch: true,
  });
  await context.addInitScript(INIT_SCRIPT);
  const page = await context.newPage();
  const drawn = mapDrawnReport(page);
  drawn.catch(() => {});
  try {
    await page.goto(url, { waitUntil: 'load' });
    await drawn;
    await idle(page, 1000);
    const shifts = (await page.evaluate(() => window.__bench.shifts)).filter((s) => !s.input);
    return { cls: shifts.reduce((a, s) => a + s.value, 0), shifts };
  } finally {
    await context.close();
  }
}

async function measureBrowser(browser, url, name, dir) {
  const out = { load: {}, toggle: {}, zoom: [], longtaskMax: {}, viewSwitch: {}, firstView: null };
  // One load that is not counted: the first page of a browser pays for the browser's own start
  // (its font caches, its GPU process) and the server's first compression of each file.
  await session(browser, url, { rate: 1 });
  for (const rate of [1, 4]) {
    const sessions = [];
    for (let i = 0; i < OPTS.loads; i++) {
      const interact = i < OPTS.interactionRuns;
      sessions.push(
        await session(browser, url, { rate, toggles: interact, zoom: interact && rate === 1, firstView: i === 0 && rate === 1 }),
      );
    }
    const drawn = sessions.map((s) => s.mapDrawn);
    out.load[rate] = { median: median(drawn), runs: drawn, spread: spread(drawn) };
    const toggles = sessions.filter((s) => s.toggle).map((s) => s.toggle);
    out.toggle[rate] = {
      median: median(toggles.map((t) => t.p95)),
      runs: toggles.map((t) => t.p95),
      spread: spread(toggles.map((t) => t.p95)),
      p50: median(toggles.map((t) => t.p50)),
      coverage: `${toggles.reduce((a, t) => a + t.fromEventTiming, 0)}/${toggles.reduce((a, t) => a + t.n, 0)}`,
      durationP95: percentile(
        toggles.flatMap((t) => t.durations),
        95,
      ),
    };
    const longtasks = sessions.flatMap((s) => [
      ...(s.toggle?.longtasks ?? []),
      ...(s.zoom?.longtasks ?? []),
      ...(s.viewSwitch?.longtasks ?? []),
    ]);
    const toggleTasks = sessions.flatMap((s) => s.toggle?.longtasks ?? []);
    out.longtaskMax[rate] = {
      max: longtasks.length ? Math.max(...longtasks.map((l) => l.dur)) : 0,
      count: longtasks.length,
      togglesMax: Math.max(0, ...toggleTasks.map((l) => l.dur)),
    };
    const switches = sessions.filter((s) => s.viewSwitch).map((s) => s.viewSwitch);
    out.viewSwitch[rate] = switches.length
      ? {
          processingMax: Math.max(...switches.flatMap((v) => v.processing)),
          untilShownMax: Math.max(...switches.flatMap((v) => v.untilShown)),
          longtaskMax: Math.max(0, ...switches.flatMap((v) => v.longtasks.map((l) => l.dur))),
        }
      : null;
    if (rate === 1) {
      const zooms = sessions.filter((s) => s.zoom).map((s) => s.zoom);
      out.zoom = {
        median: median(zooms.map((z) => z.p95)),
        runs: zooms.map((z) => z.p95),
        spread: spread(zooms.map((z) => z.p95)),
        p50: median(zooms.map((z) => z.p50)),
        max: Math.max(...zooms.map((z) => z.max)),
        transforms: zooms.map((z) => z.transform),
      };
      const requested = sessions[0].requests ?? [];
      const files = new Map();
      for (const u of requested) {
        const path = decodeURIComponent(new URL(u).pathname).replace(/^\//, '') || 'index.html';
        const file = path.endsWith('/') ? `${path}index.html` : path;
        if (existsSync(join(dir, file)) && statSync(join(dir, file)).isFile()) files.set(file, gz(readFileSync(join(dir, file))));
      }
      out.firstView = { gzip: [...files.values()].reduce((a, b) => a + b, 0), files: Object.fromEntries(files) };
    }
    log(
      `  ${name} ${rate}×: map drawn ${out.load[rate].runs.map((x) => x.toFixed(0)).join('/')} ms; toggle p95 ${out.toggle[rate].runs.map((x) => x.toFixed(1)).join('/')} ms (${out.toggle[rate].coverage} from Event Timing); long tasks ${out.longtaskMax[rate].count} (max ${out.longtaskMax[rate].max.toFixed(0)} ms; in the toggles ${out.longtaskMax[rate].togglesMax.toFixed(0)} ms)${out.viewSwitch[rate] ? `; view switch: click processing max ${out.viewSwitch[rate].processingMax.toFixed(1)} ms, click to the other view painted max ${out.viewSwitch[rate].untilShownMax.toFixed(0)} ms, longest task ${out.viewSwitch[rate].longtaskMax.toFixed(0)} ms` : ''}`,
    );
  }
  log(`  ${name} zoom frame p95 ${out.zoom.runs.map((x) => x.toFixed(1)).join('/')} ms; end transform ${out.zoom.transforms[0]}`);
  out.mobileShifts = await mobileShifts(browser, url);
  log(
    `  ${name} layout shift at 412×823: ${out.mobileShifts.cls.toFixed(4)}${out.mobileShifts.shifts.map((s) => ` [${s.value.toFixed(4)} at ${s.start.toFixed(0)} ms: ${s.sources.join('; ')}]`).join('')}`,
  );
  return out;
}

// ---------------------------------------------------------------- Lighthouse

function lighthouseOnce(url, outFile) {
  return new Promise((resolveRun, reject) => {
    const cli = join(ROOT, 'node_modules', 'lighthouse', 'cli', 'index.js');
    const child = spawn(
      process.execPath,
      [
        cli,
        url,
        '--quiet',
        '--output=json',
        `--output-path=${outFile}`,
        '--only-categories=performance,accessibility,best-practices,seo',
        '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
        '--max-wait-for-load=30000',
      ],
      { env: { ...process.env, CHROME_PATH: CHROMIUM }, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (c) => (stderr += c));
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (code !== 0 || !existsSync(outFile)) return reject(new Error(`lighthouse exited with ${code}: ${stderr.slice(-2000)}`));
      const report = JSON.parse(readFileSync(outFile, 'utf8'));
      const score = (c) => Math.round((report.categories[c]?.score ?? NaN) * 100);
      const failed = Object.values(report.audits)
        .filter((a) => a.score !== null && a.score < 1 && ['binary', 'numeric'].includes(a.scoreDisplayMode) && !a.id.includes('metric'))
        .map((a) => a.id);
      resolveRun({
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        cls: report.audits['cumulative-layout-shift']?.numericValue ?? NaN,
        lcp: report.audits['largest-contentful-paint']?.numericValue ?? NaN,
        tbt: report.audits['total-blocking-time']?.numericValue ?? NaN,
        fcp: report.audits['first-contentful-paint']?.numericValue ?? NaN,
        failed,
        runtimeError: report.runtimeError?.code,
      });
    });
  });
}

async function lighthouse(url, runs, name) {
  const dir = join(dirname(OPTS.json), 'lighthouse');
  mkdirSync(dir, { recursive: true });
  const results = [];
  try {
    for (let i = 0; i < runs; i++) {
      const t0 = Date.now();
      const file = join(dir, `${name}-${i + 1}.json`);
      rmSync(file, { force: true });
      const r = await lighthouseOnce(url, file);
      results.push(r);
      log(
        `  lighthouse ${name} #${i + 1}: perf ${r.performance} a11y ${r.accessibility} bp ${r.bestPractices} seo ${r.seo} CLS ${r.cls.toFixed(3)} LCP ${r.lcp.toFixed(0)} TBT ${r.tbt.toFixed(0)} (${((Date.now() - t0) / 1000).toFixed(0)} s)${r.failed.length ? ` below 1: ${r.failed.join(',')}` : ''}`,
      );
    }
  } finally {
    log(`  reports in ${relative(ROOT, dir)}/`);
  }
  const pick = (k) => median(results.map((r) => r[k]));
  return {
    performance: pick('performance'),
    accessibility: pick('accessibility'),
    bestPractices: pick('bestPractices'),
    seo: pick('seo'),
    cls: pick('cls'),
    lcp: pick('lcp'),
    tbt: pick('tbt'),
    runs: results,
  };
}

// ---------------------------------------------------------------- table

const fmt = {
  kb: (b) => (Number.isFinite(b) ? `${(b / KB).toFixed(2)} kB` : 'n/a'),
  ms: (x, d = 0) => (Number.isFinite(x) ? `${x.toFixed(d)} ms` : 'n/a'),
  n: (x) => (Number.isFinite(x) ? String(x) : 'n/a'),
  q: (x) => (Number.isFinite(x) ? x.toExponential(0).replace('e+', 'e') : 'n/a'),
  score: (x) => (Number.isFinite(x) ? String(Math.round(x)) : 'n/a'),
  cls: (x) => (Number.isFinite(x) ? x.toFixed(3) : 'n/a'),
};

/**
 * A row: value, target (op + limit), margin (relative for 'time'/'frame', absolute otherwise), baseline.
 * status: pass | FAIL | miss≤noise (missed by less than the margin: reported, exit 0).
 */
function row(figure, value, { op, limit, margin = 0, relative = false, format, targetText, baseline }) {
  let status = 'info';
  if (op) {
    const ok = op === '<=' ? value <= limit : value >= limit;
    const slack = relative ? limit * margin : margin;
    const okNoise = op === '<=' ? value <= limit + slack : value >= limit - slack;
    status = !Number.isFinite(value) ? 'FAIL' : ok ? 'pass' : okNoise ? 'miss≤noise' : 'FAIL';
  }
  const ratio = Number.isFinite(value) && Number.isFinite(baseline) && baseline !== 0 ? `${(value / baseline).toFixed(2)}×` : '—';
  const noise = op ? (margin ? (relative ? ` ±${Math.round(margin * 100)}%` : ` ±${margin}`) : ' ±0') : '';
  return {
    figure,
    value: format(value),
    target: op ? `${op === '<=' ? '≤' : '≥'} ${targetText ?? format(limit)}${noise}` : '—',
    status,
    baseline: baseline === undefined ? '—' : format(baseline),
    ratio: baseline === undefined ? '—' : ratio,
  };
}

function printTable(rows, title) {
  const cols = ['figure', 'value', 'target', 'status', 'baseline', 'ratio'];
  const head = {
    figure: 'figure',
    value: 'value',
    target: 'target (± noise margin)',
    status: 'pass/fail',
    baseline: 'baseline',
    ratio: 'ratio to baseline',
  };
  const width = Object.fromEntries(cols.map((c) => [c, Math.max(head[c].length, ...rows.map((r) => String(r[c]).length))]));
  const line = (r) => `| ${cols.map((c) => String(r[c]).padEnd(width[c])).join(' | ')} |`;
  const out = [];
  if (title) out.push(title, '');
  out.push(line(head), `| ${cols.map((c) => '-'.repeat(width[c])).join(' | ')} |`, ...rows.map(line));
  process.stdout.write(out.join('\n') + '\n');
}

function sizeRows(app, base) {
  return [
    row('world topology (data/world.topo.json), gzip -9', app.topo.gzip, {
      op: '<=',
      limit: 32 * KB,
      format: fmt.kb,
      baseline: base?.topo.gzip,
    }),
    row('  ISO shapes in the topology', app.topo.iso, { op: '>=', limit: 238, format: fmt.n, baseline: base?.topo.iso }),
    row('  quantisation (steps per axis)', app.topo.quantisation, {
      op: '>=',
      limit: 1e4,
      format: fmt.q,
      baseline: base?.topo.quantisation,
    }),
    row('JS before the map can draw, gzip -9', app.js.gzip, { op: '<=', limit: 95 * KB, format: fmt.kb, baseline: base?.js.gzip }),
    row('first view, index.html + its references, gzip -9', app.firstView.gzip, {
      op: '<=',
      limit: 170 * KB,
      format: fmt.kb,
      baseline: base?.firstView.gzip,
    }),
  ];
}

// ---------------------------------------------------------------- main

async function sizesOnly() {
  const sizes = appSizes(buildApp());
  const rows = sizeRows(sizes, null).map((r) => ({ ...r, baseline: '—', ratio: '—' }));
  printTable(rows, 'Support Map: size figures (gzip -9 of the built files; kB = 1000 bytes)');
  process.stdout.write(`\nJS before the map: ${sizes.js.files.map((f) => `${f.file} ${fmt.kb(f.gzip)}`).join(', ')}\n`);
  process.stdout.write(`first view: ${sizes.firstView.files.map((f) => `${f.file} ${fmt.kb(f.gzip)}`).join(', ')}\n`);
  saveJson({ sizes });
  return rows.some((r) => r.status === 'FAIL') ? 1 : 0;
}

function saveJson(data) {
  mkdirSync(dirname(OPTS.json), { recursive: true });
  writeFileSync(OPTS.json, JSON.stringify({ date: new Date().toISOString(), ...data }, null, 2));
  log(`details in ${relative(ROOT, OPTS.json)}`);
}

async function withBrowser(fn) {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  try {
    return await fn(browser);
  } finally {
    await browser.close();
  }
}

async function full() {
  const started = Date.now();
  const loadAtStart = loadavg()[0].toFixed(1);
  if (loadavg()[0] > cpus().length)
    log(`warning: load average ${loadAtStart} on ${cpus().length} cores: other work is running, timings will be slow`);
  const appDir = buildApp();
  const baseDir = await buildBaseline('baseline');
  const sizes = { app: appSizes(appDir), baseline: baselineSizes(baseDir) };

  const appServer = await startServer(appDir);
  const baseServer = await startServer(baseDir);
  let browserFigures, lh, lhBase, busy;
  try {
    const cpu0 = cpuTimes();
    log(`measuring in Chromium (${OPTS.loads} loads per CPU rate, ${OPTS.interactionRuns} interaction runs)`);
    browserFigures = await withBrowser(async (browser) => ({
      app: await measureBrowser(browser, appServer.url, 'app', appDir),
      baseline: await measureBrowser(browser, baseServer.url, 'baseline', baseDir),
    }));
    busy = busyBetween(cpu0, cpuTimes());
    if (OPTS.lighthouse) {
      log(`Lighthouse 12.2.3, mobile preset (${OPTS.lhRuns} runs app, ${OPTS.baselineLhRuns} baseline)`);
      lh = await lighthouse(appServer.url, OPTS.lhRuns, 'app');
      if (OPTS.baselineLhRuns > 0) lhBase = await lighthouse(baseServer.url, OPTS.baselineLhRuns, 'baseline');
    }
  } finally {
    await appServer.stop();
    await baseServer.stop();
  }

  const a = browserFigures.app;
  const b = browserFigures.baseline;
  const t = (runs, o) => ({ relative: true, margin: noiseMargin(runs, MARGIN.time), ...o });
  const rows = [
    ...sizeRows(sizes.app, sizes.baseline),
    row('first view, requested until map-drawn, gzip -9', a.firstView.gzip, {
      op: '<=',
      limit: 170 * KB,
      format: fmt.kb,
      baseline: b.firstView.gzip,
    }),
    row(
      'map drawn, 1× CPU (median)',
      a.load[1].median,
      t(a.load[1].runs, { op: '<=', limit: 400, format: fmt.ms, baseline: b.load[1].median }),
    ),
    row(
      'map drawn, 4× CPU (median)',
      a.load[4].median,
      t(a.load[4].runs, { op: '<=', limit: 1200, format: fmt.ms, baseline: b.load[4].median }),
    ),
    row(
      'filter toggle handler+render p95, 1×',
      a.toggle[1].median,
      t(a.toggle[1].runs, { op: '<=', limit: 2, format: (x) => fmt.ms(x, 1), baseline: b.toggle[1].median }),
    ),
    row(
      'filter toggle handler+render p95, 4×',
      a.toggle[4].median,
      t(a.toggle[4].runs, { op: '<=', limit: 8, format: (x) => fmt.ms(x, 1), baseline: b.toggle[4].median }),
    ),
    row('longest long task in an interaction, 1×', a.longtaskMax[1].max, {
      op: '<=',
      limit: 0,
      format: (x) => (x === 0 ? 'none' : fmt.ms(x)),
      targetText: 'none (>50 ms)',
      baseline: b.longtaskMax[1].max,
    }),
    row('longest long task in an interaction, 4×', a.longtaskMax[4].max, {
      op: '<=',
      limit: 0,
      format: (x) => (x === 0 ? 'none' : fmt.ms(x)),
      targetText: 'none (>50 ms)',
      baseline: b.longtaskMax[4].max,
    }),
    ...[1, 4].flatMap((rate) =>
      a.viewSwitch[rate]
        ? [
            row(`  (info) map↔table switch, ${rate}×: click to view painted / click processing / longest task (max)`, a.viewSwitch[rate], {
              format: (v) =>
                `${fmt.ms(v.untilShownMax)} / ${fmt.ms(v.processingMax, 1)} / ${v.longtaskMax === 0 ? 'none' : fmt.ms(v.longtaskMax)}`,
            }),
          ]
        : [],
    ),
    row('  (info) layout shift in Chromium at 412×823', a.mobileShifts.cls, { format: fmt.cls, baseline: b.mobileShifts.cls }),
    row('zoom+pan frame interval p95, 1×', a.zoom.median, {
      op: '<=',
      limit: 17,
      relative: true,
      margin: noiseMargin(a.zoom.runs, MARGIN.frame),
      format: (x) => fmt.ms(x, 1),
      baseline: b.zoom.median,
    }),
  ];
  if (lh) {
    const base = (k) => (lhBase ? lhBase[k] : undefined);
    rows.push(
      row('Lighthouse Performance (mobile, median)', lh.performance, {
        op: '>=',
        limit: 98,
        margin: Math.max(
          MARGIN.lhPerf,
          (Math.max(...lh.runs.map((r) => r.performance)) - Math.min(...lh.runs.map((r) => r.performance))) / 2,
        ),
        format: fmt.score,
        baseline: base('performance'),
      }),
      row('Lighthouse Accessibility', lh.accessibility, { op: '>=', limit: 100, format: fmt.score, baseline: base('accessibility') }),
      row('Lighthouse Best Practices', lh.bestPractices, { op: '>=', limit: 100, format: fmt.score, baseline: base('bestPractices') }),
      row('Lighthouse SEO', lh.seo, { op: '>=', limit: 100, format: fmt.score, baseline: base('seo') }),
      row('Lighthouse CLS', lh.cls, { op: '<=', limit: 0, format: fmt.cls, baseline: base('cls') }),
      row('  (info) Lighthouse LCP', lh.lcp, { format: fmt.ms, baseline: base('lcp') }),
      row('  (info) Lighthouse TBT', lh.tbt, { format: fmt.ms, baseline: base('tbt') }),
    );
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  printTable(
    rows,
    `Support Map benchmark (${new Date().toISOString().slice(0, 16)}Z, ${seconds} s, load average at start ${loadAtStart} / end ${loadavg()[0].toFixed(1)} on ${cpus().length} cores, nice ${getPriority()}, CPU busy while measuring in Chromium ${pct(busy)}; Chromium headless, 1280×800; sizes gzip -9, kB = 1000 B; timings median of ${OPTS.loads} loads / ${OPTS.interactionRuns} interaction runs; Lighthouse median of ${OPTS.lhRuns}, baseline ${OPTS.baselineLhRuns}). Baseline: React + d3-geo, stock 50m, geoPath in render.`,
  );
  process.stdout.write(
    `\nnoise (run-to-run spread (max−min)/median this run): map drawn 1× ${pct(a.load[1].spread)}, 4× ${pct(a.load[4].spread)}; toggle p95 1× ${pct(a.toggle[1].spread)}, 4× ${pct(a.toggle[4].spread)}; Event Timing entries ${a.toggle[1].coverage} (1×), ${a.toggle[4].coverage} (4×), the rest timed by window listeners\n` +
      `JS before the map: ${sizes.app.js.files.map((f) => `${f.file} ${fmt.kb(f.gzip)}`).join(', ')}\n` +
      `requested until map-drawn: ${Object.entries(a.firstView.files)
        .map(([f, g]) => `${f} ${fmt.kb(g)}`)
        .join(', ')}\n`,
  );
  saveJson({ sizes, browser: browserFigures, lighthouse: lh, lighthouseBaseline: lhBase, rows });
  return rows.some((r) => r.status === 'FAIL') ? 1 : 0;
}
const pct = (x) => (Number.isFinite(x) ? `${Math.round(x * 100)}%` : 'n/a');

/** Variants that isolate one technique each; prints its own table for bench/README.md. */
async function techniques() {
  const dirs = { app: buildApp(), 'app-eager': await buildEagerApp() };
  for (const name of Object.keys(BASELINE_VARIANTS)) dirs[name] = await buildBaseline(name);
  const results = {};
  await withBrowser(async (browser) => {
    for (const [name, dir] of Object.entries(dirs)) {
      const server = await startServer(dir);
      try {
        const sizes = name.startsWith('app') ? appSizes(dir) : baselineSizes(dir);
        results[name] = { sizes, browser: await measureBrowser(browser, server.url, name, dir) };
      } finally {
        await server.stop();
      }
    }
  });
  const rows = Object.entries(results).map(([name, r]) => ({
    variant: name,
    js: fmt.kb(r.sizes.js.gzip),
    first: fmt.kb(r.browser.firstView.gzip),
    drawn1: fmt.ms(r.browser.load[1].median),
    drawn4: fmt.ms(r.browser.load[4].median),
    toggle1: fmt.ms(r.browser.toggle[1].median, 1),
    toggle4: fmt.ms(r.browser.toggle[4].median, 1),
    lt: `${fmt.ms(r.browser.longtaskMax[1].max)} / ${fmt.ms(r.browser.longtaskMax[4].max)}`,
    zoom: fmt.ms(r.browser.zoom.median, 1),
  }));
  const head = {
    variant: 'variant',
    js: 'JS before map',
    first: 'requested until drawn',
    drawn1: 'drawn 1×',
    drawn4: 'drawn 4×',
    toggle1: 'toggle p95 1×',
    toggle4: 'toggle p95 4×',
    lt: 'longest task 1×/4×',
    zoom: 'zoom frame p95',
  };
  const cols = Object.keys(head);
  const width = Object.fromEntries(cols.map((c) => [c, Math.max(head[c].length, ...rows.map((r) => r[c].length))]));
  const line = (r) => `| ${cols.map((c) => r[c].padEnd(width[c])).join(' | ')} |`;
  process.stdout.write([line(head), `| ${cols.map((c) => '-'.repeat(width[c])).join(' | ')} |`, ...rows.map(line)].join('\n') + '\n');
  for (const [name, v] of Object.entries(BASELINE_VARIANTS)) process.stdout.write(`${name}: ${v.about}\n`);
  process.stdout.write('app-eager: the app with its import() calls (zoom, detail panel, table, search) made static imports\n');
  saveJson({ techniques: results });
  return 0;
}

try {
  const code = OPTS.sizesOnly ? await sizesOnly() : OPTS.techniques ? await techniques() : await full();
  process.exit(code);
} catch (error) {
  process.stderr.write(`[bench] error: ${error?.stack ?? error}\n`);
  process.exit(2);
}
