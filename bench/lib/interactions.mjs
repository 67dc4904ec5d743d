/**
 * What a reader waits for after each click: Event Timing's duration (input to the next painted
 * frame, the measure behind INP), the main thread's busy time in the 200 ms after the click (CDP
 * Performance.getMetrics' TaskDuration, read before and after), the click's own processing
 * (handler + render, for information) and the long tasks in that window.
 *
 * Each click is a mouse press and release at the element's centre (CDP input, like a finger): the
 * element is found and measured before the window opens, so Playwright's own in-page scripts are
 * not counted.
 */
import { percentile, median, sleep } from './common.mjs';

/** The window after each click in which the main thread's work is counted. */
export const WINDOW_MS = 200;
/** Event Timing reports no interaction shorter than this: those count as this long (an upper bound). */
export const EVENT_TIMING_FLOOR_MS = 16;

async function taskSeconds(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'TaskDuration')?.value ?? NaN;
}

/**
 * Clicks `locator` and measures what the reader waits for. `shown` (a selector): also the time from
 * the click to the frame after the result is in the page, for results React renders after the
 * click's own frame (a deferred render). `settled`: waits for the result before the next click.
 */
export async function timedClick(page, cdp, locator, { shown, settled } = {}) {
  await locator.scrollIntoViewIfNeeded();
  const box = await locator.boundingBox();
  if (!box) throw new Error(`nothing to click: ${locator}`);
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await sleep(50);
  const shownAt = shown ? page.evaluate((selector) => window.__bench.timeUntil(selector), shown) : null;
  const t0 = await page.evaluate(() => performance.now());
  const busy0 = await taskSeconds(cdp);
  await page.mouse.down();
  await page.mouse.up();
  await sleep(WINDOW_MS);
  const busy1 = await taskSeconds(cdp);
  const seen = await page.evaluate(
    (from) => ({
      events: window.__bench.events.filter((e) => e.start >= from),
      clicks: window.__bench.clicks.filter((c) => c.ts >= from),
      longtasks: window.__bench.longtasks.filter((l) => l.start + l.dur >= from),
    }),
    t0,
  );
  const clickAt = seen.clicks[0]?.ts ?? NaN;
  const untilShown = shownAt ? (await shownAt) - clickAt : NaN;
  if (settled) await settled();
  const interaction = seen.events.filter((e) => e.id > 0);
  const click = seen.events.find((e) => e.name === 'click');
  return {
    duration: interaction.length ? Math.max(...interaction.map((e) => e.dur)) : EVENT_TIMING_FLOOR_MS,
    underFloor: interaction.length === 0,
    processing: click ? click.pe - click.ps : (seen.clicks[0]?.proc ?? NaN),
    mainThread: (busy1 - busy0) * 1000,
    untilShown,
    longtasks: seen.longtasks.map((l) => l.dur),
  };
}

/** The figures of one interaction kind over every session at one CPU rate. */
export function summarise(samplesPerSession) {
  const all = samplesPerSession.flat();
  if (all.length === 0) return null;
  const durations = all.map((s) => s.duration);
  return {
    n: all.length,
    durationP95: percentile(durations, 95),
    durationMedian: median(durations),
    // Each session's p95: their spread is the noise of the figure.
    durationRuns: samplesPerSession.map((samples) =>
      percentile(
        samples.map((s) => s.duration),
        95,
      ),
    ),
    underFloor: all.filter((s) => s.underFloor).length,
    processingP95: percentile(
      all.map((s) => s.processing),
      95,
    ),
    mainThreadMedian: median(all.map((s) => s.mainThread)),
    mainThreadP95: percentile(
      all.map((s) => s.mainThread),
      95,
    ),
    untilShownMax: Math.max(...all.map((s) => s.untilShown)),
    untilShownP95: percentile(
      all.map((s) => s.untilShown),
      95,
    ),
    longtaskMax: Math.max(0, ...all.flatMap((s) => s.longtasks)),
    longtaskCount: all.reduce((a, s) => a + s.longtasks.length, 0),
  };
}
