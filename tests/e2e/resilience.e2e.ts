/**
 * Never blank: when the world map or the list of supporters does not arrive (a network error, an
 * HTTP error, a truncated or non-JSON body), the page says what failed and offers Retry; with the
 * list but no map the table still works; a slow network shows a loading status in a map box that
 * already has its final size; a region whose code fails to load fails alone. Every scenario runs
 * under the app's strict CSP with zero violations and zero uncaught errors (expectStrict).
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Page, Route } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { DATASET, expectStrict, sleep, SHAPES, useStrictSessions, type StrictSession } from './strictPage.ts';

const sessions = useStrictSessions();
const open = () => sessions.open();

const go = (s: StrictSession, path: string) => s.page.goto(new URL(path, s.origin).href);

/** The built shapes file's text, to serve a damaged copy of it. */
function builtShapes(): string {
  const dir = new URL('../../dist/assets/', import.meta.url);
  const name = readdirSync(dir).find((file) => SHAPES.test(`/assets/${file}`));
  if (!name) throw new Error('no world.shapes-*.json in dist/assets: build first');
  return readFileSync(new URL(name, dir), 'utf8');
}

/** An error page a misconfigured CDN or proxy answers with, 200 OK and HTML, with a payload for good measure. */
const HTML_ERROR_PAGE =
  '<!doctype html><html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1><img src=x onerror=alert(1)></body></html>';

const alert = (page: Page) => page.locator('.load-status--failed[role="alert"]');

async function switchTo(page: Page, view: 'Map' | 'Table'): Promise<void> {
  await page.locator('.view-switch').getByRole('button', { name: view, exact: true }).click();
}

/** The table lists the supporters of the edition: rows with names. */
async function tableWorks(page: Page): Promise<void> {
  await switchTo(page, 'Table');
  await page.locator('.table-view__table').waitFor();
  expect(await page.locator('.table-view__row').count()).toBeGreaterThan(10);
  expect((await page.locator('.table-view__row').first().textContent())?.trim()).not.toBe('');
}

/** Nothing of the list of supporters is shown as if it were known. */
async function noDataShown(page: Page): Promise<void> {
  expect(await page.locator('[role="button"][data-id]').count(), 'supporters on the map').toBe(0);
  // Taiwan, the subject of the map, is always hatched; no other shape may be painted.
  expect(
    await page.locator('.map__country:not(.map__country--taiwan):is([fill], [style*="fill"], .map__country--support)').count(),
    'painted countries',
  ).toBe(0);
  expect(await page.locator('.legend__count').count(), 'legend counts').toBe(0);
  expect((await page.locator('.map-summary').allTextContents()).join('').trim(), 'the summary line').toBe('');
  await switchTo(page, 'Table');
  expect(await page.locator('.table-view__row').count(), 'table rows').toBe(0);
  await switchTo(page, 'Map');
}

describe('when the world map does not arrive', () => {
  const cases: { name: string; fail: (route: Route) => Promise<void>; says: RegExp }[] = [
    { name: 'the request is aborted (network error)', fail: (route) => route.abort('failed'), says: /world map could not be loaded/i },
    {
      name: 'the server answers 404',
      fail: (route) => route.fulfill({ status: 404, body: 'Not found' }),
      says: /world map could not be loaded: the server answered 404/i,
    },
    {
      name: 'the body is truncated',
      fail: (route) => route.fulfill({ status: 200, contentType: 'application/json', body: builtShapes().slice(0, 20_000) }),
      says: /world map arrived damaged/i,
    },
  ];

  test.each(cases)('$name: an alert names the map, the table still works, Retry brings the map', async ({ fail, says }) => {
    const s = await open();
    s.expectFailedRequests(SHAPES);
    let requests = 0;
    await s.page.route(SHAPES, (route) => {
      requests += 1;
      return fail(route);
    });
    await go(s, '/?edition=2024');
    await alert(s.page).waitFor({ timeout: 15_000 });
    expect(await alert(s.page).textContent()).toMatch(says);
    expect(await alert(s.page).textContent()).toContain('The table below still works without the map.');
    expect(await s.page.locator('path.map__country').count()).toBe(0);
    // Transient failures were retried (3 requests); a damaged or missing file was not.
    expect(requests).toBeGreaterThanOrEqual(1);
    await tableWorks(s.page);

    await s.page.unroute(SHAPES);
    await alert(s.page).getByRole('button', { name: 'Retry' }).click();
    await alert(s.page).waitFor({ state: 'detached', timeout: 15_000 });
    await switchTo(s.page, 'Map');
    await s.page.locator('[role="button"][data-id]').first().waitFor({ timeout: 15_000 });
    expect(await s.page.locator('path.map__country').count()).toBeGreaterThan(200);
    await expectStrict(s);
  });

  test('an aborted request is retried twice before the page gives up', async () => {
    const s = await open();
    s.expectFailedRequests(SHAPES);
    const times: number[] = [];
    await s.page.route(SHAPES, (route) => {
      times.push(Date.now());
      return route.abort('failed');
    });
    await go(s, '/');
    await alert(s.page).waitFor({ timeout: 15_000 });
    // The preload may add one request of its own; the app's fetch tries three times, 300 and 900 ms apart.
    expect(times.length).toBeGreaterThanOrEqual(3);
    expect((times.at(-1) as number) - (times.at(-3) as number)).toBeGreaterThanOrEqual(1_100);
    await expectStrict(s);
  });
});

describe('when the list of supporters is not usable', () => {
  test('an HTML error page with 200: an alert, no half-shown data, ?debug=1 shows the problem lines', async () => {
    const s = await open();
    await s.page.route(DATASET, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: HTML_ERROR_PAGE }));
    await go(s, '/?edition=2024');
    await alert(s.page).waitFor({ timeout: 15_000 });
    expect(await alert(s.page).textContent()).toContain('The list of supporters failed its checks (1 problem), so it is not shown.');
    await alert(s.page).getByRole('button', { name: 'Retry' }).waitFor();
    // The shapes are drawn, but nothing of the dataset: no supporter, no colour, no row.
    await s.page.locator('path.map__country').first().waitFor();
    await noDataShown(s.page);
    // Not shown to visitors, only in debug mode.
    expect(await s.page.locator('.load-status__lines').count()).toBe(0);

    await go(s, '/?edition=2024&debug=1');
    await alert(s.page).waitFor({ timeout: 15_000 });
    const lines = (await s.page.locator('.load-status__lines').textContent()) ?? '';
    expect(lines).toMatch(/^\(file\): is not valid JSON \(Unexpected token '<'/);
    expect(await s.page.locator('body img').count()).toBe(0);
    await expectStrict(s);
  });

  test('HTTP 500, retried, then an alert; Retry after the server recovers shows the data', async () => {
    const s = await open();
    s.expectFailedRequests(DATASET);
    let requests = 0;
    await s.page.route(DATASET, (route) => {
      requests += 1;
      return route.fulfill({ status: 500, body: 'Internal Server Error' });
    });
    await go(s, '/?edition=2024');
    await alert(s.page).waitFor({ timeout: 15_000 });
    expect(await alert(s.page).textContent()).toContain('The list of supporters could not be loaded: the server answered 500.');
    expect(requests).toBeGreaterThanOrEqual(3);
    await noDataShown(s.page);
    await s.page.unroute(DATASET);
    await alert(s.page).getByRole('button', { name: 'Retry' }).click();
    await s.page.locator('[role="button"][data-id]').first().waitFor({ timeout: 15_000 });
    expect(await alert(s.page).count()).toBe(0);
    await expectStrict(s);
  });
});

describe('a slow network', () => {
  test('data 7 s late: a loading status within 1 s, the map box at its final size from the start, then the map', async () => {
    const s = await open();
    // When the loading status is first in the DOM, and every layout shift, by the page's own clock.
    await s.context.addInitScript(() => {
      const seen = { statusAt: -1, shifts: [] as { value: number; at: number; sources: string[] }[] };
      (window as unknown as { __seen: typeof seen }).__seen = seen;
      new MutationObserver((_records, observer) => {
        if (document.querySelector('.load-status--loading[role="status"]')) {
          seen.statusAt = performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as {
          value: number;
          startTime: number;
          hadRecentInput: boolean;
          sources: { node?: Node }[];
        }[]) {
          if (entry.hadRecentInput) continue;
          const sources = entry.sources.map((source) =>
            source.node instanceof Element ? `${source.node.localName}.${source.node.className.toString()}` : String(source.node?.nodeName),
          );
          seen.shifts.push({ value: entry.value, at: Math.round(entry.startTime), sources });
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    // Late, but within the 10 s after which a request that hangs is reported.
    await s.page.route(DATASET, async (route) => {
      await sleep(7_000);
      await route.fallback().catch(() => undefined);
    });
    await s.page.goto(new URL('/?edition=2024', s.origin).href, { waitUntil: 'commit' });
    const status = s.page.locator('.load-status--loading[role="status"]');
    await status.waitFor({ state: 'visible', timeout: 2_000 });
    const seen = () =>
      s.page.evaluate(
        () => (window as unknown as { __seen: { statusAt: number; shifts: { value: number; at: number; sources: string[] }[] } }).__seen,
      );
    const statusAt = (await seen()).statusAt;
    expect(statusAt, 'ms from navigation to the loading status').toBeGreaterThan(0);
    expect(statusAt, 'ms from navigation to the loading status').toBeLessThan(1_000);
    expect(await status.textContent()).toContain('Loading the map and the list of supporters');
    // While loading, the page is the header and this status and nothing below them: when the data
    // arrive, the controls and the map appear below, moving nothing that was already on screen.
    // index.html's static page is replaced by React's identical one after its first paint (the
    // language menu comes alive then); measure React's heading, which the data must not move.
    await s.page.locator('.language__select:not([disabled])').waitFor({ timeout: 2_000 });
    const heading = s.page.getByRole('heading', { level: 1 });
    const headingBefore = await heading.boundingBox();
    expect(headingBefore, 'the heading while loading').not.toBeNull();
    expect(await s.page.locator('.map').count(), 'nothing below the status while loading').toBe(0);

    await s.page.locator('[role="button"][data-id]').first().waitFor({ timeout: 20_000 });
    expect(await s.page.evaluate(() => performance.now()), 'the data was late').toBeGreaterThanOrEqual(7_000);
    expect(await status.count()).toBe(0);
    expect(await heading.boundingBox()).toEqual(headingBefore);
    const { shifts } = await seen();
    const total = shifts.reduce((sum, shift) => sum + shift.value, 0);
    expect(total, `layout shift while loading: ${JSON.stringify(shifts)}`).toBeLessThan(0.01);
    await expectStrict(s);
  }, 40_000);

  test('a data request that hangs: an alert with Retry within about 10 s; then, the server back, the map comes on its own', async () => {
    const s = await open();
    s.expectFailedRequests(DATASET);
    let hanging = true;
    await s.page.route(DATASET, async (route) => {
      if (!hanging) return route.fallback();
      // Never answered while hanging: the page gives up on its own clock.
      await sleep(30_000);
      await route.abort('timedout').catch(() => undefined);
    });
    const started = Date.now();
    await go(s, '/?edition=2024&lang=en');
    const alert = s.page.locator('.load-status--failed[role="alert"]');
    await alert.waitFor({ timeout: 14_000 });
    expect(Date.now() - started, 'ms until the reader is told').toBeLessThan(13_000);
    expect(await alert.textContent()).toContain('no answer within 10 s');
    expect(await alert.getByRole('button', { name: 'Retry' }).count()).toBe(1);
    // The server recovers; nobody presses Retry: the quiet attempt (5 s later) brings the map.
    hanging = false;
    await s.page.locator('[role="button"][data-id]').first().waitFor({ timeout: 15_000 });
    expect(await alert.count()).toBe(0);
    await expectStrict(s);
  }, 60_000);
});

describe('a region whose code does not arrive', () => {
  test("the table's chunk fails to load: that region says so with Retry, the map keeps working, Retry brings the table", async () => {
    const s = await open();
    const CHUNK = /\/assets\/tableViews-[^/]*\.js$/;
    s.expectFailedRequests(CHUNK);
    let failing = true;
    await s.page.route(CHUNK, (route) => (failing ? route.abort('failed') : route.fallback()));
    await go(s, '/?edition=2024');
    await s.page.locator('[role="button"][data-id]').first().waitFor({ timeout: 15_000 });
    await switchTo(s.page, 'Table');
    const failed = s.page.locator('.region-failed[role="alert"]');
    await failed.waitFor();
    expect(await failed.textContent()).toBe('This part of the page could not be shown. Retry');
    await switchTo(s.page, 'Map');
    await s.page.locator('[role="button"][data-id]').first().waitFor();
    await s.page.locator('[role="button"][data-id="PLW"]').focus();
    await s.page.keyboard.press('Enter');
    await s.page.getByRole('dialog').getByRole('heading', { name: 'Palau', exact: true }).waitFor();
    await s.page.keyboard.press('Escape');
    // The connection is back: Retry fetches the chunk again, without a reload.
    failing = false;
    await switchTo(s.page, 'Table');
    await failed.getByRole('button', { name: 'Retry' }).click();
    await s.page.locator('.table-view__table').waitFor();
    expect(await failed.count()).toBe(0);
    // The boundary logs what failed (for staff): that one console error is expected, nothing else.
    const expected = s.problems.filter((line) => /Support Map: table failed|Failed to fetch dynamically imported module/.test(line));
    expect(expected.length).toBeGreaterThan(0);
    s.problems.splice(0, s.problems.length, ...s.problems.filter((line) => !expected.includes(line)));
    await expectStrict(s);
  });
});

describe('a dialog or a panel whose code does not arrive', () => {
  test.each([
    {
      what: 'the Cite dialog',
      chunk: /\/assets\/CiteDialog-[^/]*\.js$/,
      open: (page: Page) => page.getByRole('button', { name: 'Cite' }).click(),
      ready: '.share-dialog',
    },
    {
      what: 'the Embed dialog',
      chunk: /\/assets\/EmbedDialog-[^/]*\.js$/,
      open: (page: Page) => page.getByRole('button', { name: 'Embed', exact: true }).click(),
      ready: '.share-dialog',
    },
    {
      what: 'the list of corrections',
      chunk: /\/assets\/CorrectionsDialog-[^/]*\.js$/,
      open: (page: Page) => page.locator('.source-line__corrections').click(),
      ready: '.share-dialog--corrections',
    },
    {
      what: 'a country’s panel',
      chunk: /\/assets\/DetailPanel-[^/]*\.js$/,
      open: (page: Page) => page.locator('[role="button"][data-id="PLW"]').click(),
      ready: 'dialog h2',
    },
  ])(
    '$what fails to arrive: a message with Retry in its place, the rest works, Retry brings it',
    async ({ chunk, open: openIt, ready }) => {
      const s = await open();
      s.expectFailedRequests(chunk);
      let failing = true;
      await s.page.route(chunk, (route) => (failing ? route.abort('failed') : route.fallback()));
      await go(s, '/?edition=2024&lang=en');
      await s.page.locator('[role="button"][data-id]').first().waitFor({ timeout: 15_000 });
      await openIt(s.page);
      const failed = s.page.locator('.region-failed[role="alert"]');
      await failed.waitFor();
      expect(await failed.textContent()).toBe('This part of the page could not be shown. Retry');
      // The share bar is all there.
      for (const name of ['Copy link', 'Download', 'Embed', 'Cite'])
        expect(await s.page.getByRole('button', { name, exact: true }).count()).toBe(1);
      failing = false;
      await failed.getByRole('button', { name: 'Retry' }).click();
      await s.page.locator(ready).first().waitFor();
      expect(await failed.count()).toBe(0);
      const expected = s.problems.filter((line) => /failed|Failed to fetch dynamically imported module/.test(line));
      s.problems.splice(0, s.problems.length, ...s.problems.filter((line) => !expected.includes(line)));
      await expectStrict(s);
    },
  );
});

describe('an embed whose layout does not arrive', () => {
  test('?embed=1 without its layout chunk: a message with Retry, and Retry brings the map', async () => {
    const s = await open();
    const CHUNK = /\/assets\/EmbedApp-[^/]*\.js$/;
    s.expectFailedRequests(CHUNK);
    let failing = true;
    await s.page.route(CHUNK, (route) => (failing ? route.abort('failed') : route.fallback()));
    await go(s, '/?embed=1&edition=2024&lang=en');
    const failed = s.page.locator('.region-failed[role="alert"]');
    await failed.waitFor({ timeout: 15_000 });
    expect(await failed.textContent()).toBe('This part of the page could not be shown. Retry');
    failing = false;
    await failed.getByRole('button', { name: 'Retry' }).click();
    await s.page.locator('.embed [role="button"][data-id]').first().waitFor({ timeout: 15_000 });
    expect(await failed.count()).toBe(0);
    const expected = s.problems.filter((line) => /failed|Failed to fetch dynamically imported module/.test(line));
    s.problems.splice(0, s.problems.length, ...s.problems.filter((line) => !expected.includes(line)));
    await expectStrict(s);
  });
});

describe('a dictionary that does not arrive', () => {
  test('lang=zh-TW without its dictionary: the page works in English, says so (in Chinese, and in <html lang>), and Retry brings Chinese', async () => {
    const s = await open();
    const CHUNK = /\/assets\/zh-TW-[^/]*\.js$/;
    s.expectFailedRequests(CHUNK);
    let failing = true;
    await s.page.route(CHUNK, (route) => (failing ? route.abort('failed') : route.fallback()));
    await go(s, '/?edition=2024&lang=zh-TW');
    await s.page.locator('[role="button"][data-id]').first().waitFor({ timeout: 15_000 });
    await s.page.waitForTimeout(500);
    expect(await s.page.locator('html').getAttribute('lang')).toBe('en');
    expect(await s.page.getByRole('heading', { level: 1 }).textContent()).toBe("Who supports Taiwan's participation in INTERPOL");
    // The page says so, in Chinese, with a Retry; once the dictionary can be fetched, Retry brings it.
    const notice = s.page.locator('.language-fallback');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('中文介面無法載入');
    failing = false;
    await notice.getByRole('button', { name: '重試' }).click();
    await expect.poll(() => s.page.getByRole('heading', { level: 1 }).textContent()).toBe('誰支持臺灣參與國際刑警組織');
    expect(await s.page.locator('html').getAttribute('lang')).toBe('zh-TW');
    expect(await notice.count()).toBe(0);
    const expected = s.problems.filter((line) => /Failed to load resource|Failed to fetch dynamically imported module/.test(line));
    s.problems.splice(0, s.problems.length, ...s.problems.filter((line) => !expected.includes(line)));
    await expectStrict(s);
  });
});

describe('a strict page', () => {
  test('every link on the page and in every supporter panel of 2024 is https or our own, and a new tab gets noopener noreferrer', async () => {
    const s = await open();
    const bad: string[] = [];
    let checked = 0;
    const checkLinks = async (where: string) => {
      const links = await s.page.locator('a[href]').evaluateAll((as) =>
        as.map((a) => ({
          href: (a as HTMLAnchorElement).href,
          raw: a.getAttribute('href') ?? '',
          target: a.getAttribute('target'),
          rel: a.getAttribute('rel') ?? '',
        })),
      );
      for (const link of links) {
        checked += 1;
        const url = new URL(link.href);
        const own = url.origin === s.origin;
        if (!own && url.protocol !== 'https:') bad.push(`${where}: ${link.raw} is not https`);
        if (!own && link.target !== '_blank') bad.push(`${where}: ${link.raw} does not open a new tab`);
        if (link.target === '_blank' && !['noopener', 'noreferrer'].every((word) => link.rel.split(/\s+/).includes(word)))
          bad.push(`${where}: ${link.raw} rel="${link.rel}"`);
      }
    };
    // One edition: the links come from the same dataset, which the validator checks for https;
    // this checks what the page makes of them.
    for (const edition of [2024]) {
      await go(s, `/?edition=${edition}&view=table`);
      await s.page.locator('.table-view__table').waitFor({ timeout: 15_000 });
      await checkLinks(`page ${edition}`);
      const names = s.page.locator('.table-view__open');
      const count = await names.count();
      expect(count).toBeGreaterThan(10);
      for (let i = 0; i < count; i++) {
        await names.nth(i).click();
        const dialog = s.page.getByRole('dialog');
        await dialog.locator('a[href]').first().waitFor();
        await checkLinks(`${edition} panel of ${new URL(s.page.url()).searchParams.get('country')}`);
        await s.page.keyboard.press('Escape');
        await dialog.waitFor({ state: 'detached' });
      }
    }
    expect(bad).toEqual([]);
    expect(checked).toBeGreaterThan(100);
    await expectStrict(s);
  }, 60_000);
});
