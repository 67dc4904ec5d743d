/**
 * The embed protocol across two real origins. A tiny node:http server (another port, so another
 * origin) serves a news site's page that frames the map (`/?embed=1&edition=2024`, name="m1",
 * data-support-map) and loads the app's /embed.js. The frame fits its content as the view changes;
 * a forged message (another frame of the host, the map frame navigated to another origin, the
 * host itself) or an invalid height (NaN, -1, "500", 1e9, …) changes nothing; the map's messages
 * carry only {type, height, id}, AMP's {sentinel, type, height}, and the view's own query. The
 * host switches the map's theme (a sibling frame cannot) and hears which country a reader opens. A frame sandboxed without
 * allow-same-origin (origin "null") needs `Access-Control-Allow-Origin: *` on the app's files.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { appOrigin, expectStrict, useStrictSessions, type StrictSession } from './strictPage.ts';

const sessions = useStrictSessions();
let host: Server;
let hostOrigin: string;

/** The host's pages. `frame` is the map iframe's attributes; the forger is another frame of the host. */
function hostPage(frameAttributes: string, lateMs: number | null = null, mapQuery = 'embed=1&edition=2024'): string {
  const app = appOrigin();
  // The loader as pasted, or added later by script (a consent or tag manager does that).
  const loader =
    lateMs === null
      ? `<script src="${app}/embed.js" async></script>`
      : `<script>setTimeout(function () { var s = document.createElement('script'); s.src = '${app}/embed.js'; document.body.appendChild(s); }, ${lateMs});</script>`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>A news article</title>
<style>body{margin:0;font:16px sans-serif} iframe{border:0;width:100%;display:block} #m1{height:300px}</style></head>
<body>
<h1>A news article</h1>
<p>Before the map.</p>
<iframe id="m1" ${frameAttributes} src="${app}/?${mapQuery.replace(/&/g, '&amp;').replace(/"/g, '')}" title="World map: support for Taiwan in INTERPOL (interactive)"></iframe>
<p id="after">After the map.</p>
<iframe id="forger" src="/forger.html" title="An ad" style="height:60px"></iframe>
<script>
  // Everything that reaches the host page, with where it came from.
  window.received = [];
  window.addEventListener('message', function (event) {
    var from = event.source === document.getElementById('m1').contentWindow ? 'm1'
      : event.source === document.getElementById('forger').contentWindow ? 'forger'
      : event.source === window ? 'host' : 'other';
    window.received.push({ from: from, origin: event.origin, data: event.data });
  });
</script>
${loader}
</body></html>`;
}

const FORGER = `<!doctype html><html><head><meta charset="utf-8"><title>ad</title></head><body>ad
<script>
  window.forge = function (messages) { messages.forEach(function (m) { parent.postMessage(m, '*'); }); };
  // The same origin as the host page, so it can reach the map's frame: as a sibling, not its parent.
  window.forgeToMap = function (message) { parent.document.getElementById('m1').contentWindow.postMessage(message, '*'); };
</script></body></html>`;

beforeAll(async () => {
  host = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://host');
    if (url.pathname === '/host.html') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      const late = url.searchParams.get('late');
      response.end(
        hostPage(
          url.searchParams.get('frame') ?? 'name="m1" data-support-map',
          late === null ? null : Number(late),
          url.searchParams.get('map') ?? undefined,
        ),
      );
    } else if (url.pathname === '/forger.html') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(FORGER);
    } else {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
    }
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => host?.close(resolve));
});

interface Received {
  from: string;
  origin: string;
  data: unknown;
}

async function openHost(
  frameAttributes?: string,
  lateMs?: number,
  mapQuery?: string,
): Promise<{ s: StrictSession; page: Page; map: Frame }> {
  const s = await sessions.open({ alsoAllow: [hostOrigin] });
  const params = new URLSearchParams();
  if (mapQuery !== undefined) params.set('map', mapQuery);
  if (frameAttributes !== undefined) params.set('frame', frameAttributes);
  if (lateMs !== undefined) params.set('late', String(lateMs));
  const query = params.size === 0 ? '' : `?${params}`;
  await s.page.goto(`${hostOrigin}/host.html${query}`);
  const map = await mapFrame(s.page);
  return { s, page: s.page, map };
}

async function mapFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('#m1');
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('the map iframe has no frame');
  await frame.waitForURL(/embed=1/);
  return frame;
}

const received = (page: Page) => page.evaluate(() => (window as unknown as { received: Received[] }).received);
const frameHeight = (page: Page) => page.evaluate(() => (document.getElementById('m1') as HTMLIFrameElement).style.height);
/** The height the map's content has, measured inside the frame. */
const contentHeight = (map: Frame) => map.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
const lastReported = async (page: Page) => {
  const ours = (await received(page)).filter((m) => m.from === 'm1' && (m.data as { type?: string }).type === 'support-map:height');
  return (ours.at(-1)?.data as { height: number } | undefined)?.height ?? null;
};

/** Waits until the frame's style height follows the map's last report and the content has settled. */
async function settled(page: Page, map: Frame): Promise<number> {
  let previous = -1;
  for (let i = 0; i < 50; i++) {
    const reported = await lastReported(page);
    const styled = Number.parseFloat(await frameHeight(page));
    const content = await contentHeight(map);
    if (reported !== null && Math.abs(styled - reported) <= 2 && Math.abs(content - reported) <= 2 && styled === previous) return styled;
    previous = styled;
    await page.waitForTimeout(100);
  }
  throw new Error(
    `the frame never settled: style ${await frameHeight(page)}, reported ${await lastReported(page)}, content ${await contentHeight(map)}`,
  );
}

/** Waits until the host has received `count` messages in all. */
async function receivedCount(page: Page, count: number): Promise<void> {
  await page.waitForFunction((n) => (window as unknown as { received: unknown[] }).received.length >= n, count);
}

describe('embed protocol (host page on another origin)', () => {
  test('the frame fits its content and follows it when the layout changes; its messages hold only numbers, its name and its own query', async () => {
    const { s, page, map } = await openHost();
    await map.locator('[role="button"][data-id]').first().waitFor({ timeout: 15_000 });
    const first = await settled(page, map);
    expect(first).not.toBe(300);

    // A filter that leaves the layout as tall as it was sends no height (changes under 2 px are noise).
    const heights = async () => (await received(page)).filter((m) => (m.data as { type?: string }).type !== 'support-map:view');
    const quiet = (await heights()).length;
    await map.locator('.filters__bulk-button').nth(1).click();
    // Hidden by the selection's stylesheet: no target is left to see or reach.
    await expect.poll(() => map.locator('[role="button"][data-id]:visible').count()).toBe(0);
    await page.waitForTimeout(200);
    let wide = first;
    if (Math.abs((await contentHeight(map)) - first) < 2) expect((await heights()).length).toBe(quiet);
    else {
      // The map says no type is selected, in place of the legend: the frame follows that too.
      wide = await settled(page, map);
      expect(wide).not.toBe(first);
    }

    // The host's column narrows (a phone turned upright, a sidebar opened): the map is shorter,
    // and the frame follows; then back.
    await page.evaluate(() => ((document.getElementById('m1') as HTMLIFrameElement).style.width = '420px'));
    const narrow = await settled(page, map);
    expect(narrow).toBeLessThan(wide - 50);
    await page.evaluate(() => ((document.getElementById('m1') as HTMLIFrameElement).style.width = ''));
    expect(await settled(page, map)).toBeCloseTo(wide, -1);
    // The host's text below the map moved with the frame: nothing is cut off or overlaps.
    const [frameBottom, afterTop] = await page.evaluate(() => [
      (document.getElementById('m1') as HTMLElement).getBoundingClientRect().bottom,
      (document.getElementById('after') as HTMLElement).getBoundingClientRect().top,
    ]);
    expect(afterTop).toBeGreaterThanOrEqual(frameBottom);

    // What the map said: numbers and its own name, or the query its URL shows, to the host only.
    const fromMap = (await received(page)).filter((m) => m.from === 'm1');
    expect(fromMap.length).toBeGreaterThanOrEqual(6);
    const frameQuery = new URL(map.url()).search;
    for (const { origin, data } of fromMap) {
      expect(origin).toBe(appOrigin());
      const message = data as Record<string, unknown>;
      if (message.type === 'support-map:view') {
        expect(Object.keys(message).sort()).toEqual(['id', 'params', 'query', 'type']);
        expect(message.id).toBe('m1');
        continue;
      }
      if (message.type === 'support-map:height') {
        expect(Object.keys(message).sort()).toEqual(['height', 'id', 'type']);
        expect(message.id).toBe('m1');
      } else {
        expect(message).toMatchObject({ sentinel: 'amp', type: 'embed-size' });
        expect(Object.keys(message).sort()).toEqual(['height', 'sentinel', 'type']);
      }
      expect(Number.isInteger(message.height)).toBe(true);
    }
    // The last view message is the query the frame's address bar shows.
    const lastView = fromMap.filter((m) => (m.data as { type?: string }).type === 'support-map:view').at(-1)?.data as { query: string };
    expect(lastView.query).toBe(frameQuery);
    await expectStrict(s, map);
  });

  test('an embed of a WHA view fits its content, shows WHA, and its link back opens the same view', async () => {
    const { s, page, map } = await openHost(undefined, undefined, 'campaign=wha&embed=1&edition=2022&lang=en');
    await map.locator('[role="button"][data-id]').first().waitFor({ timeout: 15_000 });
    await expect.poll(() => map.locator('.headline__title').textContent()).toContain('2022 World Health Assembly');
    const height = await settled(page, map);
    expect(Math.abs(height - (await contentHeight(map)))).toBeLessThan(2);
    const back = new URL(
      (await map
        .getByRole('link', { name: /full map/i })
        .first()
        .getAttribute('href')) as string,
      map.url(),
    );
    expect(Object.fromEntries(back.searchParams)).toMatchObject({ campaign: 'wha', edition: '2022' });
    await expectStrict(s, map);
  });

  test('the host switches the theme; the same message from another frame of the host changes nothing', async () => {
    const { s, page, map } = await openHost();
    await map.locator('[role="button"][data-id]').first().waitFor({ timeout: 15_000 });
    const theme = () => map.evaluate(() => document.documentElement.dataset.theme ?? 'auto');
    const background = () => map.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--bg').trim());
    const light = await background();

    // From a sibling frame (an ad): ignored, also after a wait long enough for the map to act.
    await page.frameLocator('#forger').locator('body').waitFor();
    const forger = page.frames().find((frame) => frame.url().endsWith('/forger.html'));
    await forger!.evaluate(() =>
      (window as unknown as { forgeToMap: (m: unknown) => void }).forgeToMap({ type: 'support-map:set-theme', theme: 'dark' }),
    );
    await page.waitForTimeout(300);
    expect(await theme()).toBe('auto');
    expect(new URL(map.url()).searchParams.get('theme')).toBeNull();

    // From the parent: the map turns dark, and its URL says so; invalid themes change nothing.
    const toMap = (message: unknown) =>
      page.evaluate((m) => (document.getElementById('m1') as HTMLIFrameElement).contentWindow!.postMessage(m, '*'), message);
    await toMap({ type: 'support-map:set-theme', theme: 'dark' });
    await expect.poll(theme).toBe('dark');
    expect(await background()).not.toBe(light);
    await expect.poll(() => new URL(map.url()).searchParams.get('theme')).toBe('dark');
    for (const bogus of [{ type: 'support-map:set-theme', theme: 'purple' }, { type: 'support-map:set-theme' }, 'dark', null])
      await toMap(bogus);
    await page.waitForTimeout(300);
    expect(await theme()).toBe('dark');
    await toMap({ type: 'support-map:set-theme', theme: 'light' });
    await expect.poll(theme).toBe('light');
    await expect.poll(background).toBe(light);
    await expectStrict(s, map);
  });

  test('opening a country tells the host which actor and the view; closing it, null', async () => {
    const { s, page, map } = await openHost();
    const palau = map.locator('[data-id="PLW"][role="button"]');
    await palau.waitFor({ timeout: 15_000 });
    await palau.click();
    const fromMap = async (type: string) =>
      (await received(page)).filter((m) => m.from === 'm1' && (m.data as { type?: string }).type === type).map((m) => m.data);
    await expect.poll(() => fromMap('support-map:select')).toEqual([{ type: 'support-map:select', actor: 'PLW', id: 'm1' }]);
    await expect
      .poll(async () => ((await fromMap('support-map:view')).at(-1) as { params: Record<string, string> }).params)
      .toEqual({ edition: '2024', country: 'PLW', embed: '1' });
    await map.getByRole('dialog').waitFor();
    await map.locator('body').press('Escape');
    await expect
      .poll(async () => (await fromMap('support-map:select')).at(-1))
      .toEqual({ type: 'support-map:select', actor: null, id: 'm1' });
    // Never more than the URL shows: the view's query is the frame's own (written after the next paint).
    const lastQuery = async () => ((await fromMap('support-map:view')).at(-1) as { query: string }).query;
    await expect.poll(async () => (await lastQuery()) === new URL(map.url()).search).toBe(true);
    expect(await lastQuery()).toBe('?edition=2024&embed=1');
    await expectStrict(s, map);
  });

  test.each([0, 300, 3_000])('embed.js added %i ms after the page: it asks, the map answers, the frame fits', async (lateMs) => {
    const { s, page, map } = await openHost(undefined, lateMs);
    await map.locator('[role="button"][data-id]').first().waitFor({ timeout: 15_000 });
    expect(await settled(page, map)).not.toBe(300);
    await expectStrict(s, map);
  });

  test('forged messages change nothing: another frame of the host, the host itself, the map frame sent elsewhere', async () => {
    const { s, page, map } = await openHost();
    await map.locator('[role="button"][data-id]').first().waitFor({ timeout: 15_000 });
    const height = await settled(page, map);
    await expectStrict(s, map);
    const before = (await received(page)).length;

    const forged = [
      { type: 'support-map:height', height: 9999, id: 'm1' },
      { sentinel: 'amp', type: 'embed-size', height: 9999 },
    ];
    const forger = page.frameLocator('#forger').locator('body');
    await forger.evaluate((_body, messages) => (window as unknown as { forge(m: unknown[]): void }).forge(messages), forged);
    await page.evaluate((messages) => messages.forEach((m) => window.postMessage(m, '*')), forged);
    await receivedCount(page, before + 4);
    await page.waitForTimeout(100);
    expect(await frameHeight(page)).toBe(`${height}px`);
    expect((await received(page)).slice(before).map((m) => m.from)).toEqual(['forger', 'forger', 'host', 'host']);

    // The map's own frame, navigated by someone to a page of the host's origin: the frame is
    // still the map's by its src attribute, but the messages now come from the wrong origin.
    await page.evaluate((url) => {
      (document.getElementById('m1') as HTMLIFrameElement).contentWindow?.location.replace(url);
    }, `${hostOrigin}/forger.html`);
    const hijacked = () => page.frames().find((f) => f.url() === `${hostOrigin}/forger.html` && f.name() === 'm1');
    await expect.poll(() => hijacked() !== undefined).toBe(true);
    const m1 = hijacked() as Frame;
    await m1.waitForFunction(() => 'forge' in window);
    const count = (await received(page)).length;
    await m1.evaluate((messages) => (window as unknown as { forge(m: unknown[]): void }).forge(messages), forged);
    await receivedCount(page, count + 2);
    await page.waitForTimeout(100);
    const last = (await received(page)).slice(-2);
    expect(last.map((m) => [m.from, m.origin])).toEqual([
      ['m1', hostOrigin],
      ['m1', hostOrigin],
    ]);
    expect(await frameHeight(page)).toBe(`${height}px`);
    await expectStrict(s, null);
  });

  test('invalid heights from the map frame itself change nothing; a valid one does', async () => {
    const { s, page, map } = await openHost();
    await map.locator('[role="button"][data-id]').first().waitFor({ timeout: 15_000 });
    const height = await settled(page, map);
    const before = (await received(page)).length;

    const heights: unknown[] = [Number.NaN, -1, '500', 1e9, Number.POSITIVE_INFINITY, 0, 99, 10_001, null, {}, [500], true, '9999px'];
    const invalid = heights.flatMap((h) => [
      { type: 'support-map:height', height: h, id: 'm1' },
      { sentinel: 'amp', type: 'embed-size', height: h },
    ]);
    // Other shapes: an unknown type, a string message, a message that asks for navigation or HTML.
    const odd: unknown[] = [
      'support-map:height:500',
      { type: 'support-map:navigate', url: 'javascript:alert(1)' },
      { type: 'support-map:html', html: '<img src=x onerror=alert(1)>' },
      { height: 500 },
      null,
    ];
    // Posted from inside the map's own frame: right source, right origin; only the values are wrong.
    await map.evaluate((messages) => messages.forEach((m) => parent.postMessage(m, '*')), [...invalid, ...odd]);
    await receivedCount(page, before + invalid.length + odd.length);
    await page.waitForTimeout(100);
    expect(await frameHeight(page)).toBe(`${height}px`);
    expect(await page.evaluate(() => location.href)).toBe(`${hostOrigin}/host.html`);
    expect(await page.locator('img').count()).toBe(0);

    // Control: the same channel with a valid height does resize (own format, then AMP's).
    await map.evaluate(() => parent.postMessage({ type: 'support-map:height', height: 777, id: 'm1' }, '*'));
    await expect.poll(() => frameHeight(page)).toBe('777px');
    await map.evaluate(() => parent.postMessage({ sentinel: 'amp', type: 'embed-size', height: 654.4 }, '*'));
    await expect.poll(() => frameHeight(page)).toBe('654px');
    await expectStrict(s, map);

    // Control: a CSP violation inside the cross-origin frame does reach the shared assertion.
    await map.evaluate(() => document.head.append(Object.assign(document.createElement('style'), { textContent: 'p{}' })));
    await expect.poll(() => s.problems.join('\n')).toContain(`CSP violation in ${appOrigin()}: style-src-elem`);
    s.problems.length = 0;
  });

  test('sandbox="allow-scripts allow-popups" (origin "null"): without Access-Control-Allow-Origin the app cannot load', async () => {
    const { s, page, map } = await openHost('name="m1" data-support-map sandbox="allow-scripts allow-popups"');
    // The preview server, like many static hosts, sends no Access-Control-Allow-Origin: the
    // frame's origin is opaque, so its module script (crossorigin) is refused by CORS.
    await expect
      .poll(() => s.problems.some((line) => /from origin 'null' has been blocked by CORS policy/.test(line)), { timeout: 10_000 })
      .toBe(true);
    await page.waitForTimeout(500);
    // Only the static first view of index.html: the app's script never ran.
    expect(await map.locator('.load-status--loading').count()).toBe(1);
    expect(await map.locator('.map, .embed').count()).toBe(0);
    // Not a spinner for ever: 8 s after the page loaded, without any script, a way out appears.
    const stuck = map.locator('.load-status__stuck');
    await stuck.waitFor({ state: 'visible', timeout: 12_000 });
    expect(await stuck.getByRole('link', { name: 'open it in a new tab' }).getAttribute('target')).toBe('_blank');
    expect(await frameHeight(page)).toBe('');
    const blocked = s.problems.filter((line) => /blocked by CORS policy|Failed to load resource: net::ERR_FAILED/.test(line));
    expect(blocked.length).toBeGreaterThan(0);
    s.problems.splice(0, s.problems.length, ...s.problems.filter((line) => !blocked.includes(line)));
    await expectStrict(s, map);
  });

  test('sandbox="allow-scripts allow-popups" with Access-Control-Allow-Origin: * (README deploy): the map draws and resizes, origin "null"', async () => {
    const s = await sessions.open({ alsoAllow: [hostOrigin] });
    // What the README's deploy section asks of the static host.
    await s.context.route(`${appOrigin()}/**`, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'access-control-allow-origin': '*' } });
    });
    await s.page.goto(
      `${hostOrigin}/host.html?frame=${encodeURIComponent('name="m1" data-support-map sandbox="allow-scripts allow-popups"')}`,
    );
    const map = await mapFrame(s.page);
    await map.locator('[role="button"][data-id]').first().waitFor({ timeout: 15_000 });
    const height = await settled(s.page, map);
    expect(height).toBeGreaterThan(300);
    const fromMap = (await received(s.page)).filter((m) => m.from === 'm1');
    expect(new Set(fromMap.map((m) => m.origin))).toEqual(new Set(['null']));
    // The full-map link opens a new tab and cannot reach back.
    const link = map.locator('a.embed__full-link');
    expect(await link.getAttribute('target')).toBe('_blank');
    expect((await link.getAttribute('rel'))?.split(/\s+/).sort()).toEqual(['noopener', 'noreferrer']);
    expect(new URL((await link.getAttribute('href')) ?? '').protocol).toMatch(/^https?:$/);
    await expectStrict(s, map);
  });
});
