/**
 * Every campaign in the built app: each opens by its link and by the row of bodies (mouse and
 * keyboard), an old link without `campaign` opens INTERPOL, switching back to a body already
 * shown needs no fetch, a campaign whose file fails says which one and offers Retry while the
 * others keep working, and an embed of a WHA view links back to the same view.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import type { CampaignId, Dataset } from '../../src/data/schema.ts';
import { createDatasetIndex, type DatasetIndex } from '../../src/filters/datasetIndex.ts';
import { acrossBodies, acrossBodiesCounts } from '../../src/present/acrossBodies.ts';
import { queryOf, useTestBrowser } from './browser.ts';

const browser = useTestBrowser();
const desktop = { width: 1280, height: 800 };
const CAMPAIGNS = readdirSync(new URL('../../data/campaigns/', import.meta.url));
const datasetOf = (campaign: string) =>
  JSON.parse(
    readFileSync(new URL(`../../data/${campaign === 'interpol' ? '' : `campaigns/${campaign}/`}dataset.json`, import.meta.url), 'utf8'),
  ) as {
    editions: { year: number; listStatus: string }[];
    title: { en: string };
  };
const latestListed = (campaign: string) =>
  Math.max(
    ...datasetOf(campaign)
      .editions.filter((edition) => edition.listStatus === 'listed')
      .map((edition) => edition.year),
  );

const heading = (page: Page) => page.locator('h1').textContent();
const nav = (page: Page) => page.getByRole('navigation', { name: 'International bodies' });
const campaignFiles = (page: Page) =>
  page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => /\/assets\/(wha|icao|unfccc|unga)-[^/]*\.json$/.test(path)),
  );

describe('campaigns', () => {
  test('there is a data file for each of the four other bodies', () => {
    expect(CAMPAIGNS.sort()).toEqual(['icao', 'unfccc', 'unga', 'wha']);
  });

  test('a link without campaign opens INTERPOL exactly as before; the other bodies are fetched only after its data, in idle time', async () => {
    const { page, errors } = await browser.openApp('/?edition=2024&lang=en', { viewport: desktop });
    expect(await heading(page)).toBe("Who supports Taiwan's participation in INTERPOL");
    expect(queryOf(page)).toEqual({ edition: '2024', lang: 'en' });
    expect(await nav(page).getByRole('link', { name: 'INTERPOL General Assembly' }).getAttribute('aria-current')).toBe('page');
    // Never preloaded by the page, never competing with the first view's own data.
    expect(await page.locator('link[rel="preload"][href*="wha-"], link[rel="preload"][href*="unga-"]').count()).toBe(0);
    await expect.poll(() => campaignFiles(page), { timeout: 15_000 }).toHaveLength(4);
    const starts = await page.evaluate(() => {
      const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      const own = entries.find((entry) => /\/assets\/dataset-[^/]*\.json$/.test(entry.name));
      const others = entries.filter((entry) => /\/assets\/(wha|icao|unfccc|unga)-[^/]*\.json$/.test(entry.name));
      return { ownEnd: own?.responseEnd ?? Infinity, otherStarts: others.map((entry) => entry.startTime) };
    });
    for (const start of starts.otherStarts) expect(start).toBeGreaterThan(starts.ownEnd);
    expect(errors).toEqual([]);
  });

  test.each(CAMPAIGNS)('campaign=%s opens by its link: its own title, headline and latest listed edition', async (campaign) => {
    const { page, errors } = await browser.openApp(`/?campaign=${campaign}&lang=en`, { viewport: desktop });
    await expect.poll(() => heading(page)).not.toContain('INTERPOL');
    await expect.poll(() => page.locator('.headline__title').textContent()).toContain(String(latestListed(campaign)));
    expect(await page.locator('.headline__title').textContent()).not.toContain('INTERPOL');
    expect(await page.locator('.map__country').count()).toBeGreaterThan(100);
    expect(queryOf(page).campaign).toBe(campaign);
    // Its own file once (the other bodies may follow in idle time).
    expect((await campaignFiles(page)).filter((path) => path.includes(`/assets/${campaign}-`))).toHaveLength(1);
    expect(errors).toEqual([]);
  });

  test('the row of bodies switches by mouse and by keyboard; Back returns; a body already shown comes back without a fetch', async () => {
    const { page, errors } = await browser.openApp('/?edition=2023&lang=en', { viewport: desktop });
    await nav(page).getByRole('link', { name: 'WHA (World Health Assembly)' }).click();
    await expect.poll(() => heading(page)).toBe("Who supports Taiwan's participation in the World Health Assembly");
    // The address is written after the next paint, so it can trail the heading by a frame.
    await expect.poll(() => queryOf(page)).toMatchObject({ campaign: 'wha', edition: '2023' });
    // By keyboard: focus the next link and press Enter.
    await nav(page).getByRole('link', { name: 'ICAO Assembly' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => queryOf(page).campaign).toBe('icao');
    await expect.poll(() => page.locator('.headline__title').textContent()).toContain('ICAO');
    await page.goBack();
    await expect.poll(() => queryOf(page).campaign).toBe('wha');
    await expect.poll(() => heading(page)).toContain('World Health Assembly');
    // The other bodies are also fetched in idle time meanwhile: count WHA's file alone.
    const whaFetches = async () => (await campaignFiles(page)).filter((path) => path.includes('/assets/wha-')).length;
    const fetched = await whaFetches();
    expect(fetched).toBe(1);
    await nav(page).getByRole('link', { name: 'INTERPOL General Assembly' }).click();
    await expect.poll(() => heading(page)).toBe("Who supports Taiwan's participation in INTERPOL");
    await expect.poll(() => queryOf(page).campaign).toBeUndefined();
    await nav(page).getByRole('link', { name: 'WHA (World Health Assembly)' }).click();
    await expect.poll(() => heading(page)).toContain('World Health Assembly');
    expect(await whaFetches()).toBe(fetched);
    expect(errors).toEqual([]);
  });

  test('a body whose file fails says which one, offers Retry, keeps the URL, and the others still work', async () => {
    const { page } = await browser.openApp('/?lang=en', { viewport: desktop });
    let broken = true;
    await page.route(/\/assets\/unga-[^/]*\.json$/, (route) =>
      broken ? route.fulfill({ status: 200, body: '{"version": "1.0.0", "trunc' }) : route.continue(),
    );
    await nav(page).getByRole('link', { name: 'UNGA (UN General Assembly)' }).click();
    const status = page.getByRole('alert');
    await expect.poll(() => status.textContent()).toContain('The data of UNGA (UN General Assembly) could not be shown');
    await expect.poll(() => queryOf(page).campaign).toBe('unga');
    await nav(page).getByRole('link', { name: 'ICAO Assembly' }).click();
    await expect.poll(() => page.locator('.headline__title').textContent()).toContain('ICAO');
    await nav(page).getByRole('link', { name: 'UNGA (UN General Assembly)' }).click();
    await status.waitFor();
    broken = false;
    await status.getByRole('button', { name: 'Retry' }).click();
    await expect.poll(() => page.locator('.headline__title').textContent()).toContain('UN General Assembly');
    expect(await page.getByRole('alert').count()).toBe(0);
  });

  test.each(['USA', 'PLW'])(
    "%s's grid across bodies matches its actions in every body's data, and a cell opens that body's year",
    async (id) => {
      const { page, errors } = await browser.openApp(`/?edition=2024&country=${id}&lang=en`, { viewport: desktop });
      const grid = page.locator('.detail-panel__bodies-table');
      await expect.poll(() => grid.locator('tbody tr').count(), { timeout: 15_000 }).toBe(5);
      const order = ['interpol', 'wha', 'icao', 'unfccc', 'unga'];
      const years = (await grid.locator('thead th').allTextContents()).map((text) => 2000 + Number(text.replace(/\D/g, '')));
      for (const [row, campaign] of order.entries()) {
        const data = datasetOf(campaign) as unknown as {
          actions: { actor: string; edition: number }[];
          groups: { country?: string; edition: number }[];
        };
        const expected = new Set([
          ...data.actions.filter((action) => action.actor === id).map((action) => action.edition),
          ...data.groups.filter((group) => group.country === id).map((group) => group.edition),
        ]);
        const cells = grid.locator('tbody tr').nth(row).locator('td');
        const shown: number[] = [];
        for (const [i, year] of years.entries())
          if ((await cells.nth(i).locator('.detail-panel__body-cell--support').count()) > 0) shown.push(year);
        expect(shown, campaign).toEqual([...expected].filter((year) => years.includes(year)).sort((a, b) => a - b));
      }
      // A WHA year with support opens WHA's view of that year, with the panel still open.
      const link = grid.locator('tbody tr').nth(1).locator('a.detail-panel__year').first();
      const year = Number(/(\d{4})/.exec((await link.getAttribute('title')) ?? '')![1]);
      await link.click();
      await expect.poll(() => queryOf(page)).toMatchObject({ campaign: 'wha', edition: String(year), country: id });
      await expect.poll(() => page.locator('.headline__title').textContent()).toContain(`${year} World Health Assembly`);
      await page.getByRole('dialog').waitFor();
      expect(errors).toEqual([]);
    },
  );

  test('the map across bodies: each step of its legend counts the countries the bodies’ data name that year', async () => {
    const { page, errors } = await browser.openApp('/?edition=2024&view=bodies&lang=en', { viewport: desktop });
    const legend = page.locator('.legend--bodies');
    await expect.poll(() => legend.locator('.legend__note').textContent(), { timeout: 15_000 }).toContain('Of the bodies with a list');
    const indexes: Partial<Record<CampaignId, DatasetIndex>> = {};
    for (const campaign of ['interpol', ...CAMPAIGNS] as CampaignId[])
      indexes[campaign] = createDatasetIndex(datasetOf(campaign) as unknown as Dataset);
    const expected = acrossBodiesCounts(acrossBodies(indexes, 2024));
    const shown = (await legend.locator('.legend__step[data-level] .legend__count').allTextContents()).map(Number);
    expect(shown).toEqual(expected);
    // The map paints as many countries as the legend counts (its fills follow the legend by a frame).
    const paintedCount = () =>
      page.evaluate(() => document.querySelectorAll('.map__svg path.map__country[fill]:not(.map__country--taiwan)').length);
    await expect.poll(paintedCount).toBe(expected.reduce((a, b) => a + b, 0));
    const painted = await paintedCount();
    // Its headline is the year's across bodies, not one body's.
    expect(await page.locator('.headline__title').textContent()).toBe('Who backed Taiwan across international bodies in 2024');
    expect(await page.locator('.headline__dek').textContent()).toContain(`Sources name ${painted} countries and territories`);
    expect(errors).toEqual([]);
  });

  test('an embed of a WHA view shows it and links back to the same view on the full page', async () => {
    const { page, errors } = await browser.openApp('/?campaign=wha&edition=2022&embed=1&lang=en', {
      viewport: { width: 360, height: 900 },
    });
    await expect.poll(() => page.locator('.headline__title').textContent()).toContain('2022 World Health Assembly');
    const link = page.getByRole('link', { name: /full map/i }).first();
    const href = new URL((await link.getAttribute('href')) as string, page.url());
    expect(Object.fromEntries(href.searchParams)).toMatchObject({ campaign: 'wha', edition: '2022' });
    expect(errors).toEqual([]);
  });
});
