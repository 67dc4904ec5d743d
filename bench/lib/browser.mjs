/** Measurements in Chromium: map drawn, filter toggles, the map/table switch, zoom and pan, layout shifts. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gz, log, median, percentile, sleep, spread } from './common.mjs';
import { OPTS } from './options.mjs';
import { summarise, timedClick } from './interactions.mjs';

export const INIT_SCRIPT = () => {
  const bench = (window.__bench = { events: [], longtasks: [], clicks: [], frames: null });
  // The page says when the map is drawn on the console: waiting for the mark by polling it with
  // page.waitForFunction would run Playwright's own script in the page while it loads (compiling
  // it alone took ~40 ms of the main thread at 4×), and the polling delayed the map by 60–150 ms.
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === 'map-drawn') console.debug(`__bench:map-drawn ${e.startTime}`);
    }).observe({ type: 'mark', buffered: true });
  } catch {}
  // The mark is set when the map is in the DOM; the reader sees it once the task that set it ends
  // and a frame is drawn. The first frame callback after the mark says when that frame begins: work
  // a page does in the same task after its mark (other controls, their code) delays it.
  try {
    const mark = performance.mark.bind(performance);
    performance.mark = (name, options) => {
      const entry = mark(name, options);
      if (name === 'map-drawn') requestAnimationFrame(() => console.debug(`__bench:map-frame ${performance.now()}`));
      return entry;
    };
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
      const timer = setTimeout(() => {
        observer.disconnect();
        resolve(NaN);
      }, 5000);
      const check = () => {
        if (!document.querySelector(selector)) return;
        observer.disconnect();
        clearTimeout(timer);
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

/**
 * Resolves with the map-drawn mark's time (`report` 'map-drawn') or the first frame after it
 * ('map-frame'), reported on the console by INIT_SCRIPT; subscribe before navigating.
 */
export function mapDrawnReport(page, timeoutMs = 30_000, report = 'map-drawn') {
  const prefix = `__bench:${report} `;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${report} report within ${timeoutMs / 1000} s`)), timeoutMs);
    page.on('console', (message) => {
      const text = message.text();
      if (!text.startsWith(prefix)) return;
      clearTimeout(timer);
      resolve(Number(text.slice(prefix.length)));
    });
  });
}

export const idle = (page, ms) =>
  page.evaluate((wait) => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, wait)))), ms);

/** The interaction kinds a page has, in this order: filter toggles, edition changes, a panel opened and closed, map↔table. */
export const KINDS = {
  toggle: 'filter toggle',
  edition: 'edition or comparison change',
  panel: 'panel opened or closed',
  view: 'map↔table switch',
  campaign: 'switch to another body, its data in hand',
};

/**
 * Kinds measured for information only, on every page: a click on the page's title changes
 * nothing, so its duration is what any click costs the reader here (input, dispatch, a frame).
 */
export const INFO_KINDS = {
  noop: 'click that changes nothing (the title)',
};

/** A timeline stop's click, with the time until the map names its year (the map is drawn for it). */
async function timedEditionClick(page, cdp, stop) {
  const year = ((await stop.textContent()) ?? '').replace(/\D/g, '');
  return timedClick(page, cdp, stop, { shown: `svg.map__svg[aria-label*="${year}"]` });
}

/**
 * Every interaction kind the page has (the baselines have only the toggle), each click timed by
 * timedClick. Kinds the page lacks are left out.
 */
async function interactions(page, cdp) {
  await cdp.send('Performance.enable');
  const out = {};
  const title = page.locator('h1').first();
  if ((await title.count()) === 0) throw new Error('no h1 to click');
  out.noop = [];
  for (let i = 0; i < 10; i++) out.noop.push(await timedClick(page, cdp, title));
  // 20 toggles, cycling through the type buttons: each changes the map.
  const buttons = page.locator('.filters__type');
  const count = await buttons.count();
  if (count === 0) throw new Error('no .filters__type button');
  out.toggle = [];
  for (let i = 0; i < 20; i++) out.toggle.push(await timedClick(page, cdp, buttons.nth(i % count)));

  const stops = page.locator('.timeline__stop--listed');
  if ((await stops.count()) > 1) {
    // 10 changes of the edition's map, then 10 of the change view (compare=2023 chosen in between,
    // untimed: a select's change is not a click).
    const n = await stops.count();
    out.edition = [];
    for (let i = 0; i < 10; i++) out.edition.push(await timedEditionClick(page, cdp, stops.nth((i + 1) % n)));
    // From the newest listed edition (the 10× dataset has editions without a list in between).
    await stops.nth(n - 1).click();
    await idle(page, 200);
    await page.getByLabel('Compare with').selectOption('2023');
    await page.locator('.app__aside .legend--change').waitFor();
    await idle(page, 300);
    for (let i = 0; i < 10; i++) out.edition.push(await timedEditionClick(page, cdp, stops.nth((i + 1) % n)));
    await stops.nth(n - 1).click();
    await idle(page, 200);
    const end = page.getByRole('button', { name: 'End comparison' });
    if ((await end.count()) === 0) throw new Error('no End comparison button after the comparison switches');
    await end.click();
    await idle(page, 300);
  }

  const targets = page.locator('.map__target[role="button"]');
  if ((await targets.count()) > 0) {
    // A supporter whose centre is its own (a marker, or an outline that contains its centre).
    const id = await page.evaluate(() => {
      for (const el of document.querySelectorAll('.map__target[role="button"]')) {
        const r = el.getBoundingClientRect();
        const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
        if (hit === el && r.width > 4) return el.getAttribute('data-id');
      }
      return null;
    });
    if (!id) throw new Error('no supporter to open on the map');
    const target = page.locator(`.map__target[role="button"][data-id="${id}"]`);
    const close = page.locator('.detail-panel__close');
    out.panel = [];
    for (let i = 0; i < 5; i++) {
      out.panel.push(
        await timedClick(page, cdp, target, { shown: 'dialog.detail-panel[open] .detail-panel__history', settled: () => close.waitFor() }),
      );
      out.panel.push(await timedClick(page, cdp, close, { shown: 'body:not(:has(dialog.detail-panel[open]))' }));
      await idle(page, 100);
    }
  }

  if ((await page.locator('.view-switch__button').count()) >= 2) {
    // Map → table → map, twice: the first switch mounts the table, the second finds it loaded.
    const [toMap, toTable] = [page.locator('.view-switch__button').nth(0), page.locator('.view-switch__button').nth(1)];
    out.view = [];
    for (let round = 0; round < 2; round++) {
      out.view.push(await timedClick(page, cdp, toTable, { shown: '.table-view table' }));
      out.view.push(await timedClick(page, cdp, toMap, { shown: '.app__map-view:not([hidden])' }));
    }
  }

  const bodies = page.locator('.campaigns__link');
  if ((await bodies.count()) > 1) {
    // Each body once first, untimed, so that every switch measured is to a body whose data are in
    // hand (idle time loads them on a real visit too); then 10 switches around the row.
    const n = await bodies.count();
    for (let i = 1; i <= n; i++) {
      await bodies.nth(i % n).click();
      await page.locator('.headline__title').waitFor();
      await idle(page, 300);
    }
    out.campaign = [];
    for (let i = 0; i < 10; i++) out.campaign.push(await timedClick(page, cdp, bodies.nth((i + 1) % n)));
    await bodies.nth(0).click();
    await idle(page, 300);
  }
  return out;
}

/**
 * One session: a fresh context (empty cache), CPU throttled, load → map drawn; optionally 20 toggles and a zoom gesture.
 */
export async function session(browser, url, { rate, toggles = false, zoom = false, firstView = false }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  await context.addInitScript(INIT_SCRIPT);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  const result = { rate };
  const drawn = mapDrawnReport(page);
  const frame = mapDrawnReport(page, 30_000, 'map-frame');
  drawn.catch(() => {});
  frame.catch(() => {});
  try {
    await page.goto(url, { waitUntil: 'load' });
    result.mapDrawn = await drawn;
    result.mapFrame = await frame;
    if (firstView) {
      result.requests = await page.evaluate((drawn) => {
        const nav = performance.getEntriesByType('navigation')[0];
        const entries = performance.getEntriesByType('resource').filter((e) => e.startTime <= drawn);
        return [nav.name, ...entries.map((e) => e.name)];
      }, result.mapDrawn);
    }
    // Let the lazy chunks and the first idle work finish before interacting.
    await idle(page, 400 * Math.max(1, rate / 2));

    if (toggles) result.interactions = await interactions(page, cdp);

    if (zoom) {
      // The map's own svg (the app's .map__svg; the baselines have one svg): the page has icons in svgs too.
      const map = page.locator('svg.map__svg, svg.rsm-svg, main svg[aria-label="World map"]').first();
      const box = await map.boundingBox();
      const cx = box.x + box.width / 2;
      const cy = box.y + box.height / 2;
      await page.mouse.move(cx, cy);
      const t0 = await page.evaluate(() => performance.now());
      await page.evaluate(() => window.__bench.startFrames());
      // A Ctrl+wheel (pinch) zoom in: 30 events, one per frame, ×2^(50×0.002) each in the app → 8×
      // (the app scales the wheel as d3-zoom does without Ctrl; the baseline, with d3-zoom's ×10
      // under Ctrl, reaches its own limit sooner).
      await page.keyboard.down('Control');
      for (let i = 0; i < 30; i++) {
        await page.mouse.wheel(0, -50);
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
        const g = document.querySelector('svg.map__svg g[transform], svg.rsm-svg g[transform], svg[aria-label="World map"] g[transform]');
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
export async function mobileShifts(browser, url) {
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

/**
 * Map drawn for several pages, their loads interleaved (app, plain, react-simple-maps, app, …): a
 * machine whose speed drifts during the run then slows every page alike, and the ratios hold. One
 * uncounted load per page first (the browser's own start, the server's first compression). Returns,
 * per page name, per CPU rate, { median, runs, spread }.
 */
export async function alternatingLoads(browser, urls, loads) {
  for (const url of Object.values(urls)) await session(browser, url, { rate: 1 });
  const out = Object.fromEntries(Object.keys(urls).map((name) => [name, {}]));
  for (const rate of [1, 4]) {
    const runs = Object.fromEntries(Object.keys(urls).map((name) => [name, []]));
    const frames = Object.fromEntries(Object.keys(urls).map((name) => [name, []]));
    for (let i = 0; i < loads; i++)
      for (const [name, url] of Object.entries(urls)) {
        const { mapDrawn, mapFrame } = await session(browser, url, { rate });
        runs[name].push(mapDrawn);
        frames[name].push(mapFrame);
      }
    for (const [name, drawn] of Object.entries(runs)) {
      out[name][rate] = { median: median(drawn), runs: drawn, spread: spread(drawn), frame: median(frames[name]) };
      log(
        `  ${name} ${rate}×: map drawn ${drawn.map((x) => x.toFixed(0)).join('/')} ms, first frame after ${frames[name].map((x) => x.toFixed(0)).join('/')} ms (loads interleaved)`,
      );
    }
  }
  return out;
}

/**
 * Interactions (and the first view's requests, the zoom, the layout shifts) of one page: `loads`
 * sessions per CPU rate, the first `interactionRuns` of them with interactions. Their map-drawn
 * times are kept, but the table's come from alternatingLoads.
 */
export async function measureBrowser(browser, url, name, dir, { dataset, loads = OPTS.loads } = {}) {
  const out = { load: {}, interactions: {}, zoom: null, firstView: null };
  // One load that is not counted: the first page of a browser pays for the browser's own start
  // (its font caches, its GPU process) and the server's first compression of each file.
  await session(browser, url, { rate: 1 });
  for (const rate of [1, 4]) {
    const sessions = [];
    for (let i = 0; i < loads; i++) {
      const interact = i < OPTS.interactionRuns;
      sessions.push(
        await session(browser, url, {
          rate,
          toggles: interact,
          zoom: interact && rate === 1 && !dataset,
          firstView: i === 0 && rate === 1,
        }),
      );
    }
    const drawn = sessions.map((s) => s.mapDrawn);
    out.load[rate] = { median: median(drawn), runs: drawn, spread: spread(drawn) };
    for (const kind of [...Object.keys(KINDS), ...Object.keys(INFO_KINDS)]) {
      const summary = summarise(sessions.filter((s) => s.interactions?.[kind]).map((s) => s.interactions[kind]));
      if (summary) (out.interactions[kind] ??= {})[rate] = summary;
    }
    if (rate === 1 && !dataset) {
      const zooms = sessions.filter((s) => s.zoom).map((s) => s.zoom);
      out.zoom = {
        median: median(zooms.map((z) => z.p95)),
        runs: zooms.map((z) => z.p95),
        spread: spread(zooms.map((z) => z.p95)),
        p50: median(zooms.map((z) => z.p50)),
        max: Math.max(...zooms.map((z) => z.max)),
        transforms: zooms.map((z) => z.transform),
        longtaskMax: Math.max(0, ...zooms.flatMap((z) => z.longtasks.map((l) => l.dur))),
      };
    }
    if (rate === 1) {
      const requested = sessions[0].requests ?? [];
      const files = new Map();
      for (const u of requested) {
        const path = decodeURIComponent(new URL(u).pathname).replace(/^\//, '') || 'index.html';
        const file = path.endsWith('/') ? `${path}index.html` : path;
        if (existsSync(join(dir, file)) && statSync(join(dir, file)).isFile()) files.set(file, gz(readFileSync(join(dir, file))));
      }
      out.firstView = { gzip: [...files.values()].reduce((a, b) => a + b, 0), files: Object.fromEntries(files) };
    }
    const kinds = Object.entries(out.interactions)
      .filter(([, byRate]) => byRate[rate])
      .map(
        ([kind, byRate]) =>
          `${kind} duration p95 ${byRate[rate].durationP95.toFixed(0)} ms (runs ${byRate[rate].durationRuns.map((x) => x.toFixed(0)).join('/')}; ${byRate[rate].underFloor}/${byRate[rate].n} under 16), main thread median ${byRate[rate].mainThreadMedian.toFixed(1)} ms, longest task ${byRate[rate].longtaskMax.toFixed(0)} ms`,
      );
    log(`  ${name} ${rate}×: map drawn ${out.load[rate].runs.map((x) => x.toFixed(0)).join('/')} ms; ${kinds.join('; ')}`);
  }
  if (out.zoom)
    log(`  ${name} zoom frame p95 ${out.zoom.runs.map((x) => x.toFixed(1)).join('/')} ms; end transform ${out.zoom.transforms[0]}`);
  if (!dataset) {
    out.mobileShifts = await mobileShifts(browser, url);
    log(
      `  ${name} layout shift at 412×823: ${out.mobileShifts.cls.toFixed(4)}${out.mobileShifts.shifts.map((s) => ` [${s.value.toFixed(4)} at ${s.start.toFixed(0)} ms: ${s.sources.join('; ')}]`).join('')}`,
    );
  }
  return out;
}
