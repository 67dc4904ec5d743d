/**
 * Pinned data versions in the built app: a link with `version=` of an earlier release loads that
 * release's file (data/releases/, shipped beside the current data) and says so, with a quiet link
 * to the newest data; a version the site does not keep shows the newest data and says that; the
 * Embed and Cite dialogs hand out pinned links by default, naming the edition, or live ones.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { queryOf, useTestBrowser } from './browser.ts';

const browser = useTestBrowser();
const current = JSON.parse(readFileSync(new URL('../../data/dataset.json', import.meta.url), 'utf8')) as {
  version: string;
  editions: { year: number; listStatus: string }[];
};
const ARCHIVED = '1.0.1';

/** The dataset files the page fetched (the current one is preloaded by every page). */
const datasetRequests = (page: Page) =>
  page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => /dataset-[^/]*\.json$/.test(path)),
  );

describe('pinned data versions', () => {
  test(`an embed pinned to ${ARCHIVED} shows that release, says so, and links to the newest data in a new tab`, async () => {
    const { page, errors } = await browser.openApp(`/?edition=2024&version=${ARCHIVED}&embed=1`, { viewport: { width: 360, height: 900 } });
    await page.locator('.embed .source-line').waitFor();
    expect(await datasetRequests(page)).toEqual(
      expect.arrayContaining([expect.stringMatching(new RegExp(`/dataset-${ARCHIVED.replaceAll('.', '\\.')}-`))]),
    );
    const line = page.locator('.source-line');
    expect(await line.textContent()).toContain(`Data version ${ARCHIVED},`);
    expect(await line.textContent()).toContain(`This view is pinned to data version ${ARCHIVED}.`);
    const newer = line.getByRole('link', {
      name: new RegExp(`See the newest data \\(version ${current.version.replaceAll('.', '\\.')}\\)`),
    });
    expect(await newer.getAttribute('target')).toBe('_blank');
    const href = new URL((await newer.getAttribute('href')) as string);
    expect(Object.fromEntries(href.searchParams)).toEqual({ edition: '2024' });
    // The page keeps its pinned address.
    expect(queryOf(page)).toMatchObject({ version: ARCHIVED, edition: '2024', embed: '1' });
    expect(errors).toEqual([]);
  });

  test('a version the site does not keep: the newest data, said so, and the link keeps asking for it', async () => {
    const { page, errors } = await browser.openApp('/?edition=2024&version=0.0.9&lang=en', { viewport: { width: 1280, height: 800 } });
    const line = page.locator('.source-line');
    await line.waitFor();
    await expect.poll(() => line.textContent()).toContain('This link asks for data version 0.0.9, which this site does not keep');
    expect(await line.textContent()).toContain(`Data version ${current.version},`);
    expect(queryOf(page).version).toBe('0.0.9');
    expect(errors).toEqual([]);
  });

  test('a live view says nothing about versions; one pinned to the current version has no newer link', async () => {
    const { page } = await browser.openApp('/?edition=2024&lang=en', { viewport: { width: 1280, height: 800 } });
    await page.locator('.source-line').waitFor();
    expect(await page.locator('.source-line__version').count()).toBe(0);
    const pinned = await browser.openApp(`/?edition=2024&version=${current.version}&lang=en`, { viewport: { width: 1280, height: 800 } });
    await pinned.page.locator('.source-line__version').waitFor();
    expect(await pinned.page.locator('.source-line__version a').count()).toBe(0);
  });

  test('Cite and Embed hand out links pinned to the version shown and naming the edition; Live drops the version', async () => {
    // The default view shows the latest Assembly with a list; the links name it.
    const latestListed = Math.max(...current.editions.filter((edition) => edition.listStatus === 'listed').map((edition) => edition.year));
    const { page, errors } = await browser.openApp('/?lang=en', { viewport: { width: 1280, height: 800 } });
    await page.getByRole('button', { name: 'Cite' }).click();
    const cite = page.getByRole('dialog', { name: 'Cite this map' });
    await cite.waitFor();
    const citedUrl = async () =>
      new URL(/https?:\/\/\S+/.exec(await cite.locator('textarea').first().inputValue())![0].replace(/[.,]$/, ''));
    const pinnedUrl = await citedUrl();
    expect(pinnedUrl.searchParams.get('version')).toBe(current.version);
    expect(Number(pinnedUrl.searchParams.get('edition'))).toBe(latestListed);
    await cite.getByRole('radio', { name: /^Live/ }).check();
    const liveUrl = await citedUrl();
    expect(liveUrl.searchParams.get('version')).toBeNull();
    expect(Number(liveUrl.searchParams.get('edition'))).toBe(latestListed);
    await cite.getByRole('button', { name: 'Close' }).click();

    await page.getByRole('button', { name: 'Embed' }).click();
    const embed = page.getByRole('dialog', { name: 'Embed this map' });
    await embed.waitFor();
    const src = async () => new URL(/\bsrc="([^"]+)"/.exec(await embed.locator('textarea').inputValue())![1]!.replaceAll('&amp;', '&'));
    expect(Object.fromEntries((await src()).searchParams)).toEqual({
      edition: String(latestListed),
      version: current.version,
      lang: 'en',
      embed: '1',
    });
    await embed.getByRole('radio', { name: /^Live/ }).check();
    expect(Object.fromEntries((await src()).searchParams)).toEqual({ edition: String(latestListed), lang: 'en', embed: '1' });
    expect(errors).toEqual([]);
  });
});
