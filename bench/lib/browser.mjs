/** Measurements in Chromium: map drawn, filter toggles, the map/table switch, zoom and pan, layout shifts. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gz, log, median, percentile, sleep, spread } from './common.mjs';
import { OPTS } from './options.mjs';

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
export function mapDrawnReport(page, timeoutMs = 30_000) {
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

export const idle = (page, ms) =>
  page.evaluate((wait) => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, wait)))), ms);

/**
 * The clicks since `t0` (until now), each with its handler+render time: Event Timing's
 * processingEnd − processingStart when the click has an entry, else the window listener pair's
 * time; the clicks' Event Timing durations; the long tasks over the same window.
 */
export async function clicksBetween(page, t0) {
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
export async function session(browser, url, { rate, toggles = false, zoom = false, firstView = false }) {
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

    if (toggles && (await page.locator('.timeline__stop').count()) > 1) {
      // 20 switches of the Assembly shown by the timeline: 10 of the edition's map, then 10 of the
      // change view (compare=2023 chosen in between, untimed: a select's change is not a click).
      // The baseline has no timeline and skips this.
      const stops = page.locator('.timeline__stop--listed');
      const count = await stops.count();
      const t0 = await page.evaluate(() => performance.now());
      const click = async (i) => {
        await stops.nth(i % count).click();
        await idle(page, 60);
      };
      for (let i = 0; i < 10; i++) await click(i + 1);
      const plain = await clicksBetween(page, t0);
      await page.getByLabel('Compare with').selectOption('2023');
      await page.locator('.app__aside .legend--change').waitFor();
      await idle(page, 300);
      const t1 = await page.evaluate(() => performance.now());
      for (let i = 0; i < 10; i++) await click(i + 1);
      await idle(page, 150);
      const compared = await clicksBetween(page, t1);
      result.editionSwitch = {
        processing: [...plain.processing, ...compared.processing],
        durations: [...plain.durations, ...compared.durations],
        longtasks: [...plain.longtasks, ...compared.longtasks],
      };
      // Back to the edition's map for what follows.
      await page.getByRole('button', { name: 'End comparison' }).click();
      await idle(page, 150);
    }

    if (toggles && (await page.locator('.view-switch__button').count()) >= 2) {
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

export async function measureBrowser(browser, url, name, dir) {
  const out = { load: {}, toggle: {}, zoom: [], longtaskMax: {}, viewSwitch: {}, editionSwitch: {}, firstView: null };
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
      ...(s.editionSwitch?.longtasks ?? []),
    ]);
    const toggleTasks = sessions.flatMap((s) => s.toggle?.longtasks ?? []);
    out.longtaskMax[rate] = {
      max: longtasks.length ? Math.max(...longtasks.map((l) => l.dur)) : 0,
      count: longtasks.length,
      togglesMax: Math.max(0, ...toggleTasks.map((l) => l.dur)),
    };
    const editionSwitches = sessions.filter((s) => s.editionSwitch).map((s) => s.editionSwitch);
    out.editionSwitch[rate] = editionSwitches.length
      ? {
          median: median(editionSwitches.map((e) => percentile(e.processing, 95))),
          runs: editionSwitches.map((e) => percentile(e.processing, 95)),
          durationP95: percentile(
            editionSwitches.flatMap((e) => e.durations),
            95,
          ),
          longtaskMax: Math.max(0, ...editionSwitches.flatMap((e) => e.longtasks.map((l) => l.dur))),
        }
      : null;
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
      `  ${name} ${rate}×: map drawn ${out.load[rate].runs.map((x) => x.toFixed(0)).join('/')} ms; toggle p95 ${out.toggle[rate].runs.map((x) => x.toFixed(1)).join('/')} ms (${out.toggle[rate].coverage} from Event Timing); long tasks ${out.longtaskMax[rate].count} (max ${out.longtaskMax[rate].max.toFixed(0)} ms; in the toggles ${out.longtaskMax[rate].togglesMax.toFixed(0)} ms)${out.viewSwitch[rate] ? `; view switch: click processing max ${out.viewSwitch[rate].processingMax.toFixed(1)} ms, click to the other view painted max ${out.viewSwitch[rate].untilShownMax.toFixed(0)} ms, longest task ${out.viewSwitch[rate].longtaskMax.toFixed(0)} ms` : ''}${out.editionSwitch[rate] ? `; edition/compare switch p95 ${out.editionSwitch[rate].runs.map((x) => x.toFixed(1)).join('/')} ms, longest task ${out.editionSwitch[rate].longtaskMax.toFixed(0)} ms` : ''}`,
    );
  }
  log(`  ${name} zoom frame p95 ${out.zoom.runs.map((x) => x.toFixed(1)).join('/')} ms; end transform ${out.zoom.transforms[0]}`);
  out.mobileShifts = await mobileShifts(browser, url);
  log(
    `  ${name} layout shift at 412×823: ${out.mobileShifts.cls.toFixed(4)}${out.mobileShifts.shifts.map((s) => ` [${s.value.toFixed(4)} at ${s.start.toFixed(0)} ms: ${s.sources.join('; ')}]`).join('')}`,
  );
  return out;
}
