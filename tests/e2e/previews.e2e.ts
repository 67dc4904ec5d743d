/**
 * The pages the build writes for link previews and oEmbed (scripts/viewPages.ts), read from dist/
 * and opened in Chromium: every page's card is an absolute URL of an image in the build, its
 * oEmbed file parses and its iframe, pasted into a host page as a CMS would, opens the same view;
 * an edition page opens its edition, and the address bar follows the edition shown.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { COMPILE_HINT } from '../../scripts/compileHints.ts';
import { launchChromium, queryOf, useTestBrowser } from './browser.ts';
import { DATASET, EDITION_PART } from './strictPage.ts';

const browser = useTestBrowser();
const dist = new URL('../../dist/', import.meta.url);
/** The placeholder address the test build was made with (vite build --mode staging). */
const SITE_URL = /^SITE_URL=(.+)$/m.exec(readFileSync(new URL('../../.env.staging', import.meta.url), 'utf8'))![1]!.trim();
const dataset = JSON.parse(readFileSync(new URL('../../data/dataset.json', import.meta.url), 'utf8')) as {
  version: string;
  editions: { year: number; listStatus: string }[];
};

const BODIES = ['wha', 'icao', 'unfccc', 'unga'];
/** Every page of a view in the build: INTERPOL's root and editions, each other body's root and editions, in English and in Chinese. */
const pages = ['', 'zh-TW/'].flatMap((lang) => [
  lang,
  ...readdirSync(new URL(`${lang}interpol/`, dist)).map((year) => `${lang}interpol/${year}/`),
  ...BODIES.flatMap((body) => [
    `${lang}${body}/`,
    ...readdirSync(new URL(`${lang}${body}/`, dist))
      .filter((name) => /^\d{4}$/.test(name))
      .map((year) => `${lang}${body}/${year}/`),
  ]),
]);
const editionPages = pages.filter((path) => /\/\d{4}\/$/.test(path));
const bodyEditions = (body: string) =>
  (JSON.parse(readFileSync(new URL(`../../data/campaigns/${body}/dataset.json`, import.meta.url), 'utf8')) as { editions: unknown[] })
    .editions.length;

const attribute = (html: string, pattern: RegExp) => pattern.exec(html)?.[1]?.replaceAll('&amp;', '&');
/** The file in dist/ that an absolute URL on the site names, or null when it is not on the site. */
const fileOf = (url: string) => (url.startsWith(SITE_URL) ? new URL(url.slice(SITE_URL.length) || 'index.html', dist) : null);
/** The same URL on the test server. */
const local = (url: string) => new URL(url.slice(SITE_URL.length), inject('baseUrl')).href;

describe('the pages of each view in the build', () => {
  test('there is a page for every edition of the data, and the root page, in each language', () => {
    for (const lang of ['', 'zh-TW/'])
      expect(pages).toEqual(expect.arrayContaining([lang, ...dataset.editions.map((edition) => `${lang}interpol/${edition.year}/`)]));
    for (const body of BODIES)
      expect(pages.filter((path) => path.replace(/^zh-TW\//, '').startsWith(`${body}/`))).toHaveLength(2 * (bodyEditions(body) + 1));
    expect(pages).toHaveLength(2 * (dataset.editions.length + 1) + 2 * BODIES.reduce((sum, body) => sum + bodyEditions(body) + 1, 0));
  });

  test.each(pages)("page '%s': og:image and twitter:image are absolute URLs of a 1200×630 PNG in the build; og:url is the page", (path) => {
    const html = readFileSync(new URL(`${path}index.html`, dist), 'utf8');
    const image = attribute(html, /<meta property="og:image" content="([^"]*)">/)!;
    expect(image).toBe(`${SITE_URL}${path}og-image.png`);
    expect(attribute(html, /<meta name="twitter:image" content="([^"]*)">/)).toBe(image);
    const png = readFileSync(fileOf(image)!);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    expect(attribute(html, /<meta property="og:url" content="([^"]*)">/)).toBe(`${SITE_URL}${path}`);
    const oembed = attribute(html, /<link rel="alternate" type="application\/json\+oembed" href="([^"]*)"/)!;
    expect(oembed).toBe(`${SITE_URL}${path}oembed.json`);
    expect(existsSync(fileOf(oembed)!)).toBe(true);
  });

  test('the edition pages have titles and descriptions of their own, in their language', () => {
    const read = (path: string) => readFileSync(new URL(`${path}index.html`, dist), 'utf8');
    const titles = editionPages.map((path) => attribute(read(path), /<title>([^<]*)<\/title>/) ?? '');
    const descriptions = editionPages.map((path) => attribute(read(path), /<meta name="description" content="([^"]*)">/));
    expect(new Set(titles).size).toBe(editionPages.length);
    // INTERPOL's years each say their own claim (another body's years without a meeting may share one sentence).
    const interpolDescriptions = descriptions.filter((_, i) => editionPages[i]!.includes('interpol/'));
    expect(new Set(interpolDescriptions).size).toBe(interpolDescriptions.length);
    for (const [i, path] of editionPages.entries()) {
      expect(titles[i]).toContain(/\/(\d{4})\/$/.exec(`/${path}`)![1]);
      expect(/[\u4e00-\u9fff]/.test(titles[i]!)).toBe(path.startsWith('zh-TW/'));
      expect(read(path)).toContain(`<html lang="${path.startsWith('zh-TW/') ? 'zh-TW' : 'en'}">`);
      if (path.replace(/^zh-TW\//, '').startsWith('wha/')) expect(titles[i]).toMatch(/World Health Assembly|世界衛生大會/);
    }
  });
});

describe('oEmbed', () => {
  let host: Server;
  let hostOrigin = '';
  let hostPage = '';
  beforeAll(async () => {
    // A CMS's article page: the oEmbed response's HTML, as it stores it, pointed at the test server.
    host = createServer((_request, response) => {
      response.setHeader('content-type', 'text/html; charset=utf-8');
      response.end(`<!doctype html><html><body><h1>An article</h1>${hostPage}<p>After the map.</p></body></html>`);
    });
    await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
    hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => host?.close(resolve));
  });

  test.each(['interpol/2019/', '', 'zh-TW/interpol/2020/', 'wha/2020/'])(
    "page '%s': the oEmbed file parses, and its iframe in a host page opens the same view",
    async (path) => {
      const json = JSON.parse(readFileSync(new URL(`${path}oembed.json`, dist), 'utf8')) as Record<string, unknown>;
      expect(json).toMatchObject({ version: '1.0', type: 'rich' });
      expect(json.width).toBeTypeOf('number');
      expect(json.height).toBeTypeOf('number');
      const html = String(json.html);
      const src = attribute(html, /<iframe src="([^"]*)"/)!;
      const named = /\/(\d{4})\/$/.exec(`/${path}`);
      const year = named ? Number(named[1]) : Math.max(...dataset.editions.filter((e) => e.listStatus === 'listed').map((e) => e.year));
      const chinese = path.startsWith('zh-TW/');
      const body = BODIES.find((candidate) => path.replace(/^zh-TW\//, '').startsWith(`${candidate}/`));
      const version = body
        ? (JSON.parse(readFileSync(new URL(`../../data/campaigns/${body}/dataset.json`, import.meta.url), 'utf8')) as { version: string })
            .version
        : dataset.version;
      expect(Object.fromEntries(new URL(src).searchParams)).toEqual({
        ...(body ? { campaign: body } : {}),
        edition: String(year),
        version,
        ...(chinese ? { lang: 'zh-TW' } : {}),
        embed: '1',
      });
      hostPage = html.replace(src.replaceAll('&', '&amp;'), local(src).replaceAll('&', '&amp;'));
      expect(hostPage).toContain(inject('baseUrl'));

      const chromium = await launchChromium();
      try {
        const page = await chromium.newPage({ viewport: { width: 700, height: 1000 } });
        await page.goto(`${hostOrigin}/article.html`);
        const frameElement = page.locator('iframe');
        expect(await frameElement.getAttribute('title')).toBe(json.title);
        expect(Number(await frameElement.getAttribute('height'))).toBe(json.height);
        const frame = page.frameLocator('iframe');
        await frame.locator('.map__country').first().waitFor({ timeout: 15_000 });
        await expect.poll(() => frame.locator('.headline__title').textContent()).toContain(String(year));
        if (body === 'wha') expect(await frame.locator('.headline__title').textContent()).toContain('World Health Assembly');
        await expect.poll(() => frame.locator('.source-line').textContent()).toContain(version);
        if (chinese) expect(await frame.locator('html').getAttribute('lang')).toBe('zh-TW');
      } finally {
        await chromium.close();
      }
    },
  );
});

describe("the edition's headline, written into each page", () => {
  // Every INTERPOL edition in English (each kind of year: listed, without a list, without an
  // Assembly), each body's root page, and Chinese pages of each body.
  const sample = [
    '',
    'zh-TW/',
    ...pages.filter((path) => /^interpol\/\d{4}\/$/.test(path)),
    'zh-TW/interpol/2017/',
    ...BODIES.flatMap((body) => [`${body}/`, pages.find((path) => path.startsWith(`zh-TW/${body}/`) && /\d{4}\/$/.test(path)) ?? '']),
  ];

  test.each(sample)("page '%s': the page's own headline is the app's, word for word", async (path) => {
    const { page, errors } = await browser.openApp(`/${path}`, { viewport: { width: 1280, height: 800 } });
    const html = readFileSync(new URL(`${path}index.html`, dist), 'utf8');
    expect(html).toContain('id="shell-headline"');
    await expect.poll(() => page.locator('.headline').count()).toBe(1);
    // Each line's element, class, language and words, as the reader gets them.
    const parts = (root: Element | null) =>
      [...(root?.children ?? [])].map(
        (part) => `${part.tagName} ${part.className} ${part.getAttribute('lang') ?? ''}: ${part.textContent}`,
      );
    const drawn = await page.locator('.headline').evaluate(parts);
    // Parsed in a blank page: the app's own has Trusted Types, which refuses a parse of text.
    const blank = await page.context().newPage();
    const written = await blank.evaluate(
      ([source, toParts]) =>
        (new Function(`return ${toParts}`)() as (root: Element | null) => string[])(
          new DOMParser().parseFromString(source, 'text/html').getElementById('shell-headline'),
        ),
      [html, parts.toString()] as const,
    );
    expect(written.length).toBeGreaterThanOrEqual(3);
    expect(drawn).toEqual(written);
    expect(errors).toEqual([]);
  });

  test('while the data load, the headline is there from the first paint and stays, in its place, until the app draws its own', async () => {
    const chromium = await launchChromium();
    try {
      const context = await chromium.newContext({ viewport: { width: 412, height: 823 }, locale: 'en-US' });
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      // The page's data: its edition's part, or the whole file for another edition.
      for (const data of [DATASET, EDITION_PART])
        await context.route(data, async (route) => {
          await held;
          await route.continue();
        });
      const page = await context.newPage();
      await page.addInitScript(() => {
        const w = window as unknown as { shifts: number };
        w.shifts = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) w.shifts += (entry as unknown as { value: number }).value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      const written = readFileSync(new URL('interpol/2019/index.html', dist), 'utf8');
      const title = />([^<]*)<\/h2>/.exec(written.slice(written.indexOf('id="shell-headline"')))?.[1];
      await page.goto(`${inject('baseUrl')}interpol/2019/`);
      // React has drawn its first view (its language menu is live), the data are still held.
      await page.locator('.language__select:not([disabled])').waitFor();
      expect(await page.locator('.load-status--loading').count()).toBe(1);
      expect(await page.locator('.headline__title').textContent()).toBe(title);
      const box = await page.locator('.headline').boundingBox();
      release();
      await page.locator('.map__country').first().waitFor();
      expect(await page.locator('.headline__title').textContent()).toBe(title);
      expect(await page.locator('.headline').boundingBox()).toEqual(box);
      expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBe(0);

      // Another edition asked for on that page: no headline until that edition's own.
      const other = await context.newPage();
      const seen: string[] = [];
      await other.exposeFunction('sawHeadline', (text: string) => seen.push(text));
      await other.addInitScript(() => {
        const look = () => {
          const title = document.querySelector('.headline__title');
          if (title && getComputedStyle(title).display !== 'none' && title.getClientRects().length > 0)
            void (window as unknown as { sawHeadline: (text: string) => void }).sawHeadline(title.textContent ?? '');
          else requestAnimationFrame(look);
        };
        requestAnimationFrame(look);
      });
      await other.goto(`${inject('baseUrl')}interpol/2019/?edition=2018`);
      await other.locator('.map__country').first().waitFor();
      await expect.poll(() => seen.length).toBeGreaterThan(0);
      expect(seen[0]).toContain('2018');
    } finally {
      await chromium.close();
    }
  });
});

describe('an edition page in the browser', () => {
  test('opens its edition; the address follows the edition shown, Back returns; every file it loads is found', async () => {
    const { page, errors } = await browser.openApp('/interpol/2019/?types=executive', { viewport: { width: 1280, height: 800 } });
    const failed: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    });
    const timeline = page.getByRole('radiogroup', { name: 'General Assembly' });
    await expect.poll(() => timeline.getByRole('radio', { checked: true }).getAttribute('aria-label')).toMatch(/^2019/);
    await expect.poll(() => new URL(page.url()).pathname).toBe('/interpol/2019/');
    expect(queryOf(page)).toEqual({ edition: '2019', types: 'executive' });

    await timeline.getByRole('radio', { name: /^2018/ }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/interpol/2018/');
    expect(queryOf(page)).toEqual({ edition: '2018', types: 'executive' });
    // The icon and the data package link still point at the site's root.
    const packageLink = await page.locator('.source-line__download').evaluate((link) => (link as HTMLAnchorElement).href);
    expect(packageLink).toBe(new URL('package/datapackage.json', inject('baseUrl')).href);
    await page.goBack();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/interpol/2019/');
    await expect.poll(() => timeline.getByRole('radio', { checked: true }).getAttribute('aria-label')).toMatch(/^2019/);
    expect(failed).toEqual([]);
    expect(errors).toEqual([]);
  });

  test("a body's page links to that body's data package, which the build wrote", async () => {
    const { page, errors } = await browser.openApp('/wha/2024/', { viewport: { width: 1280, height: 800 } });
    const link = page.locator('.source-line__download');
    await link.waitFor();
    const href = await link.evaluate((anchor) => (anchor as HTMLAnchorElement).href);
    expect(href).toBe(new URL('package/wha/datapackage.json', inject('baseUrl')).href);
    const descriptor = (await (await page.request.get(href)).json()) as { name: string; title: string; resources: { path: string }[] };
    expect(descriptor.name).toBe('support-map-wha');
    expect(descriptor.title).toMatch(/World Health Assembly/);
    for (const resource of descriptor.resources) expect((await page.request.get(new URL(resource.path, href).href)).status()).toBe(200);
    expect(errors).toEqual([]);
  });

  test('a Chinese edition page opens in Chinese; choosing English moves to the English page of the same edition', async () => {
    const { page, errors } = await browser.openApp('/zh-TW/interpol/2019/', { viewport: { width: 1280, height: 800 } });
    await expect.poll(() => page.locator('h1').textContent()).toBe('誰支持臺灣參與國際刑警組織');
    expect(queryOf(page)).toEqual({ edition: '2019', lang: 'zh-TW' });
    expect(new URL(page.url()).pathname).toBe('/zh-TW/interpol/2019/');
    await page.locator('.language__select').selectOption('en');
    await expect.poll(() => new URL(page.url()).pathname).toBe('/interpol/2019/');
    await expect.poll(() => page.locator('h1').textContent()).toBe("Who supports Taiwan's participation in INTERPOL");
    expect(errors).toEqual([]);
  });

  test("an old link to the root naming an edition moves to the edition's page, and Cite hands out that page", async () => {
    const { page, errors } = await browser.openApp('/?edition=2018&types=legislature', { viewport: { width: 1280, height: 800 } });
    await expect.poll(() => new URL(page.url()).pathname).toBe('/interpol/2018/');
    expect(queryOf(page)).toEqual({ edition: '2018', types: 'legislature' });
    await page.getByRole('button', { name: 'Cite' }).click();
    const cite = page.getByRole('dialog', { name: 'Cite this map' });
    const cited = new URL(/https?:\/\/\S+/.exec(await cite.locator('textarea').first().inputValue())![0].replace(/[.,]$/, ''));
    expect(cited.pathname).toBe('/interpol/2018/');
    expect(cited.searchParams.get('edition')).toBe('2018');
    expect(errors).toEqual([]);
  });
});

describe("the build's scripts", () => {
  test("every chunk starts with V8's compile hint, so Chromium compiles it while it downloads", () => {
    const assets = new URL('assets/', dist);
    const scripts = readdirSync(assets).filter((file) => file.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(10);
    const without = scripts.filter((file) => !readFileSync(new URL(file, assets), 'utf8').startsWith(`${COMPILE_HINT}\n`));
    expect(without).toEqual([]);
  });
});
