/**
 * The built pages start from the part of their edition (scripts/editionParts.ts): the map waits
 * for one edition's acts, and the whole file comes after it. Read from dist/ and in Chromium.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { filledCountryIds, useTestBrowser } from './browser.ts';
import { EDITION_PART } from './strictPage.ts';

const browser = useTestBrowser();
const dist = new URL('../../dist/', import.meta.url);

/** Every page the build wrote, as paths below dist/. */
function pages(folder = ''): string[] {
  const here = new URL(folder, dist);
  return readdirSync(here).flatMap((name) => {
    if (name === 'assets' || name === 'package') return [];
    const path = `${folder}${name}`;
    if (statSync(new URL(path, dist)).isDirectory()) return pages(`${path}/`);
    return name === 'index.html' ? [path] : [];
  });
}

/** The data files the page fetched, in the order it asked for them, with when each began (ms). */
const dataRequests = (page: Page) =>
  page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((entry) => /\/assets\/[^/]*\.json$/.test(entry.name) && !entry.name.includes('world.shapes'))
      .map((entry) => ({ file: new URL(entry.name).pathname.split('/').pop() ?? '', start: entry.startTime })),
  );
const mapDrawnAt = (page: Page) => page.evaluate(() => performance.getEntriesByName('map-drawn')[0]?.startTime ?? null);

describe("each built page preloads its edition's part", () => {
  test('every page links the part of its body and edition, a file whose digest is the one the link gives', () => {
    const all = pages();
    expect(all.length).toBeGreaterThan(50);
    for (const path of all) {
      const html = readFileSync(new URL(path, dist), 'utf8');
      const links = html.match(/<link\b[^>]*data-resource="edition"[^>]*>/g) ?? [];
      expect(links, path).toHaveLength(1);
      const attribute = (name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(links[0]!)?.[1];
      expect(attribute('rel')).toBe('preload');
      const file = readFileSync(new URL(attribute('href')!.replace(/^\.\//, ''), dist), 'utf8');
      expect(createHash('sha256').update(file, 'utf8').digest('hex'), path).toBe(attribute('data-sha256'));
      const part = JSON.parse(file) as { campaign?: string; part: { edition: number } };
      expect(part.campaign ?? 'interpol', path).toBe(attribute('data-part-of'));
      // Not a campaign's whole file: the page lists those by `data-campaign` (main.tsx).
      expect(links[0], path).not.toContain('data-campaign');
      expect(String(part.part.edition), path).toBe(attribute('data-edition'));
      // An edition's page is that edition's; a body's own page its newest with a list.
      const year = /(\d{4})\/index\.html$/.exec(path)?.[1];
      if (year) expect(attribute('data-edition'), path).toBe(year);
      // The whole file is no longer a preload: it comes after the map.
      expect(html, path).not.toMatch(/<link rel="preload"[^>]*data-resource="dataset"/);
    }
  });

  test('the root page draws from the part, fetches the whole file after the map, and then shows another year', async () => {
    const { page, errors } = await browser.openApp('/?lang=en', { viewport: { width: 1280, height: 800 } });
    await expect.poll(async () => (await dataRequests(page)).some(({ file }) => file.startsWith('dataset-'))).toBe(true);
    const requests = await dataRequests(page);
    const drawn = await mapDrawnAt(page);
    expect(requests[0]?.file).toMatch(/^interpol-\d+\.\d+\.\d+-2025-[0-9a-f]{10}\.json$/);
    const whole = requests.find(({ file }) => file.startsWith('dataset-'));
    expect(drawn).not.toBeNull();
    expect(whole!.start).toBeGreaterThan(drawn!);

    await page.getByRole('radio', { name: /^2019/ }).click();
    await expect.poll(() => page.locator('h2').first().textContent()).toContain('2019');
    expect((await filledCountryIds(page)).length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  test("an edition's page starts from that edition's part", async () => {
    const { page, errors } = await browser.openApp('/wha/2019/?lang=en', { viewport: { width: 1280, height: 800 } });
    await page.locator('.map__country').first().waitFor();
    expect((await dataRequests(page))[0]?.file).toMatch(/^wha-\d+\.\d+\.\d+-2019-[0-9a-f]{10}\.json$/);
    expect(await page.locator('h2').first().textContent()).toContain('2019');
    expect(errors).toEqual([]);
  });

  test('a link to a panel on the root page loads the whole file at once and opens the panel', async () => {
    const { page, errors } = await browser.openApp('/?country=USA&lang=en', { viewport: { width: 1280, height: 800 } });
    await page.getByRole('dialog').waitFor();
    expect(await page.getByRole('dialog').textContent()).toContain('United States');
    const files = (await dataRequests(page)).map(({ file }) => file);
    expect(files.filter((file) => file.startsWith('dataset-'))).toHaveLength(1);
    expect(errors).toEqual([]);
  });

  test('a part that cannot be used (a server error, a damaged file) costs the reader nothing: the page draws from the whole file', async () => {
    for (const answer of [
      { status: 500, body: 'Internal Server Error' },
      { status: 200, body: '<html>oops</html>' },
    ]) {
      const { page } = await browser.openApp('/?lang=en', { viewport: { width: 1280, height: 800 } });
      let asked = 0;
      await page.route(EDITION_PART, (route) => {
        asked += 1;
        return route.fulfill({ ...answer, contentType: 'text/html' });
      });
      await page.reload();
      await page.locator('.map__country').first().waitFor();
      expect(asked).toBeGreaterThan(0);
      await expect.poll(async () => (await filledCountryIds(page)).length).toBeGreaterThan(0);
      expect(await page.locator('h2').first().textContent()).toContain('2025');
      expect(await page.getByRole('alert').count()).toBe(0);
    }
  });
});
