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
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, getPriority, loadavg } from 'node:os';
import { dirname, relative } from 'node:path';
import { CHROMIUM, CHROMIUM_ARGS, KB, MARGIN, ROOT, log, noiseMargin } from './lib/common.mjs';
import { OPTS } from './lib/options.mjs';
import { BASELINE_VARIANTS, buildApp, buildBaseline, buildEagerApp } from './lib/builds.mjs';
import { appSizes, baselineSizes } from './lib/sizes.mjs';
import { busyBetween, cpuTimes, startServer } from './lib/machine.mjs';
import { measureBrowser } from './lib/browser.mjs';
import { lighthouse } from './lib/lighthouse.mjs';
import { fmt, printTable, row, sizeRows } from './lib/table.mjs';

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
    ...[1, 4].flatMap((rate) =>
      a.editionSwitch[rate]
        ? [
            row(`edition or comparison switch handler+render p95, ${rate}×`, a.editionSwitch[rate].median, {
              ...t(a.editionSwitch[rate].runs, { op: '<=', limit: 16.7, format: (x) => fmt.ms(x, 1) }),
              ...(rate === 4 ? { op: undefined, limit: undefined } : {}),
            }),
            row(`  longest task in 20 edition/comparison switches, ${rate}×`, a.editionSwitch[rate].longtaskMax, {
              ...(rate === 4 ? { op: '<=', limit: 0, targetText: 'none (>50 ms)' } : {}),
              format: (x) => (x === 0 ? 'none' : fmt.ms(x)),
            }),
          ]
        : [],
    ),
    ...[1, 4].map((rate) =>
      row(`longest long task in an interaction, ${rate}×`, a.longtaskMax[rate].max, {
        op: '<=',
        limit: 0,
        format: (x) => (x === 0 ? 'none' : fmt.ms(x)),
        targetText: 'none (>50 ms)',
        baseline: b.longtaskMax[rate].max,
      }),
    ),
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
