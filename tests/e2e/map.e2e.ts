import { readFileSync } from 'node:fs';
/**
 * The map in a real browser, at a desktop and a phone viewport: clicking supporters (markers
 * included), the detail panel, filters and history in the URL, and hostile URLs.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import type { Dataset, SupportTypeId } from '../../src/data/schema.ts';
import { SUPPORT_TYPE_IDS } from '../../src/data/vocabulary.ts';
import { createDatasetIndex } from '../../src/filters/datasetIndex.ts';
import { filterEdition, type Match } from '../../src/filters/filterEdition.ts';
import { supporterFills } from '../../src/present/legend.ts';
import { appReady, mapTarget, queryOf, useTestBrowser, VIEWPORTS } from './browser.ts';

const browser = useTestBrowser();

const EDITIONS = [2024, 2025] as const;

describe.each(Object.entries(VIEWPORTS))('map at %s size', (_name, viewport) => {
  const label = `${viewport.width}×${viewport.height}`;

  test(`clicking Palau's marker opens its panel (${label})`, async () => {
    const { page, errors } = await browser.openApp('/?edition=2024', { viewport });
    await clickTarget(page, 'PLW');

    const dialog = page.getByRole('dialog');
    await dialog.getByRole('heading', { name: 'Palau', exact: true }).waitFor();
    // The name answers the click; the years and their sources follow in the next frame.
    await dialog.locator('.detail-panel__history').waitFor();
    const links = dialog.locator('a[target="_blank"]');
    expect(await links.count()).toBeGreaterThan(0);
    for (const rel of await links.evaluateAll((as) => as.map((a) => a.getAttribute('rel') ?? ''))) {
      expect(rel.split(/\s+/)).toContain('noopener');
    }
    await expect.poll(() => queryOf(page).country).toBe('PLW');
    expect(errors).toEqual([]);
  });

  test.each(EDITIONS)(`every supporting country of edition %i can be clicked (${label})`, async (edition) => {
    const { page, errors } = await browser.openApp(`/?edition=${edition}`, { viewport });
    const ids = await page.locator('[role="button"][data-id]').evaluateAll((els) => els.map((el) => el.getAttribute('data-id') ?? ''));
    expect(ids.length).toBeGreaterThan(0);

    const dialog = page.getByRole('dialog');
    const unclickable: string[] = [];
    for (const id of ids) {
      // A trial click runs every check of a real one; collecting the failures names all covered targets at once.
      const problem = await clickTarget(page, id, { trial: true, timeout: 1_000 }).then(
        () => null,
        (error: unknown) => whyNotClickable(id, error),
      );
      if (problem !== null) {
        unclickable.push(problem);
        continue;
      }
      await clickTarget(page, id);
      await dialog.waitFor();
      const heading = (await dialog.getByRole('heading', { level: 2 }).textContent()) ?? '';
      expect(heading.trim(), `heading of the panel opened by ${id}`).not.toBe('');
      // The entry is pushed after the next paint.
      await expect.poll(() => queryOf(page).country, { message: `country in the URL after clicking ${id}` }).toBe(id);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      // Closing the panel replaces the history entry after the next paint, not within the key press.
      await expect.poll(() => queryOf(page).country).toBeUndefined();
    }
    // Soft: the count check below still runs and reports.
    expect.soft(unclickable.join('; '), 'map targets a real click cannot reach').toBe('');

    // The table lists the same countries and territories as the map.
    await page.goto(new URL(`/?view=table&edition=${edition}`, page.url()).href);
    await page.locator('.table-view__table').waitFor();
    const kinds = await page.locator('.table-view__row .table-view__kind').allTextContents();
    const painted = kinds.filter((kind) => kind === 'Country' || kind === 'Territory');
    expect(ids.length).toBe(painted.length);
    expect(errors).toEqual([]);
  });

  test(`a filter survives reload (${label})`, async () => {
    const { page, errors } = await browser.openApp('/?edition=2024', { viewport });
    const buttons = page.locator('.filters__type');
    // The filters are a chunk of their own, fetched as the page starts.
    await buttons.first().waitFor({ state: 'attached' });
    const pressedStates = () => buttons.evaluateAll((els) => els.map((el) => el.getAttribute('aria-pressed')));
    const before = await pressedStates();
    expect(before.every((state) => state === 'true')).toBe(true);
    const historyLength = await page.evaluate(() => history.length);
    const typesBefore = queryOf(page).types;

    // On phones the filters sit in a sheet behind a button; wider screens show them directly.
    const sheetToggle = page.locator('.filter-sheet__toggle');
    if (await sheetToggle.isVisible()) await sheetToggle.click();
    const button = buttons.first();
    const type = await button.getAttribute('data-type');
    await button.click();
    await expect.poll(() => button.getAttribute('aria-pressed')).toBe('false');

    // A filter change replaces the history entry after the next paint, not within the click.
    await expect.poll(() => queryOf(page).types).not.toBe(typesBefore);
    const types = queryOf(page).types;
    expect(types).not.toBe(typesBefore);
    expect(types?.split(',')).not.toContain(type);
    expect(await page.evaluate(() => history.length)).toBe(historyLength);

    const after = await pressedStates();
    const url = page.url();
    await page.reload();
    await page.locator('.map__country').first().waitFor();
    await buttons.first().waitFor({ state: 'attached' });
    expect(await pressedStates()).toEqual(after);
    expect(page.url()).toBe(url);
    expect(errors).toEqual([]);
  });

  test(`Back closes the panel (${label})`, async () => {
    const { page, errors } = await browser.openApp('/?edition=2024', { viewport });
    await clickTarget(page, 'PLW');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    // The entry is pushed after the next paint.
    await expect.poll(() => queryOf(page).country).toBe('PLW');

    await page.goBack();
    await dialog.waitFor({ state: 'detached' });
    expect(queryOf(page)).toEqual({ edition: '2024' });
    expect(errors).toEqual([]);
  });

  test.skipIf(viewport.width < 900)(`one Back leaves the panels however many were opened (${label})`, async () => {
    const { page, errors } = await browser.openApp('/?edition=2024', { viewport });
    const dialog = page.getByRole('dialog');
    // Beside the map the panel leaves the map live: the reader clicks from country to country.
    for (const id of ['PLW', 'AUS', 'USA', 'BRA', 'JPN']) {
      await clickTarget(page, id);
      await expect.poll(() => queryOf(page).country).toBe(id);
    }
    await dialog.waitFor();
    await page.goBack();
    await dialog.waitFor({ state: 'detached' });
    expect(queryOf(page)).toEqual({ edition: '2024' });
    // The view of 2024 lives on its edition's page (state/viewPages.ts).
    expect(new URL(page.url()).pathname).toBe('/interpol/2024/');
    expect(errors).toEqual([]);
  });

  test(`a malformed URL falls back to defaults (${label})`, async () => {
    const { page, errors } = await browser.openApp('/?edition=abc&types=bogus&match=x&country=<script>alert(1)</script>&zz=1', {
      viewport,
    });
    await page.locator('path.map__country').first().waitFor();
    await expect.poll(() => new URL(page.url()).search).toBe('');
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await page.locator('dialog').count()).toBe(0);
    expect(await page.evaluate(() => document.body.innerHTML.includes('alert(1)'))).toBe(false);
    // openApp records every JS dialog (alert, confirm, prompt) as an error.
    expect(errors).toEqual([]);
  });
});

/**
 * A real mouse click on a supporter's target, with Playwright's actionability checks (visible,
 * stable, and the element under the pointer is the target itself). A marker is clicked at its
 * centre, as a visitor would. An outline is clicked at a visible point inside it: the middle of
 * its bounding box can be sea (the United States with Alaska and Hawaii).
 */
async function clickTarget(page: Page, id: string, options: { trial?: boolean; timeout?: number } = {}): Promise<void> {
  const target = mapTarget(page, id);
  await target.scrollIntoViewIfNeeded();
  const marker = await target.evaluate((el) => el.classList.contains('map__target--marker'));
  if (marker) {
    await target.click(options);
    return;
  }
  const point = await visiblePointInside(target);
  if (point === null) throw new Error(`no point of ${id}'s outline can be clicked: something covers all of it`);
  // Playwright measures positions from its own box of the element, which for SVG shapes is not
  // getBoundingClientRect's (2 px larger on each side in Chromium): convert through page coordinates.
  const box = await target.boundingBox();
  if (box === null) throw new Error(`${id}'s outline has no box`);
  await target.click({ ...options, position: { x: point.x - box.x, y: point.y - box.y } });
}

/** "GTM: covered by BLZ" from Playwright's call log, or the first line of any other error. */
function whyNotClickable(id: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const line = message.split('\n').find((l) => l.includes('intercepts pointer events'));
  if (line === undefined) return `${id}: ${message.split('\n')[0]}`;
  const by = /from <[^>]*data-id="([^"]+)"/.exec(line)?.[1] ?? /<(\w+)/.exec(line)?.[1] ?? 'another element';
  return `${id}: covered by ${by}`;
}

/**
 * A visible point of an element, as deep inside it as possible: the grid point with the most
 * visible neighbours (so a click a pixel or two off still lands on the element — a thin island or
 * French Guiana's edge would not), the one nearest the centroid among equals. In page coordinates.
 */
function visiblePointInside(target: Locator): Promise<{ x: number; y: number } | null> {
  return target.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const steps = 32;
    const visible: boolean[][] = [];
    const hits: [number, number, number, number][] = [];
    for (let i = 0; i < steps; i++) {
      visible.push([]);
      for (let j = 0; j < steps; j++) {
        const x = box.left + ((i + 0.5) * box.width) / steps;
        const y = box.top + ((j + 0.5) * box.height) / steps;
        const under = document.elementFromPoint(x, y);
        const hit = under !== null && (under === el || el.contains(under));
        visible[i]?.push(hit);
        if (hit) hits.push([x, y, i, j]);
      }
    }
    if (hits.length === 0) return null;
    const depth = (i: number, j: number) => {
      let count = 0;
      for (let di = -1; di <= 1; di++) for (let dj = -1; dj <= 1; dj++) if (visible[i + di]?.[j + dj]) count++;
      return count;
    };
    const cx = hits.reduce((sum, [x]) => sum + x, 0) / hits.length;
    const cy = hits.reduce((sum, [, y]) => sum + y, 0) / hits.length;
    const score = ([x, y, i, j]: [number, number, number, number]) => depth(i, j) * 1e9 - ((x - cx) ** 2 + (y - cy) ** 2);
    const [x, y] = hits.reduce((best, point) => (score(point) > score(best) ? point : best));
    return { x, y };
  });
}

test('a 3,000-character name without a space wraps: the table, the years table and the panel stay within the screen', async () => {
  const { page, errors } = await browser.openApp('/?lang=en', { viewport: { width: 1280, height: 800 } });
  const dataset = JSON.parse(readFileSync(new URL('../../data/dataset.json', import.meta.url), 'utf8')) as {
    actors: { id: string; name: { en: string } }[];
  };
  dataset.actors.find((actor) => actor.id === 'PLW')!.name.en = 'Palau'.repeat(600);
  await page.route(/\/assets\/dataset-[^/]*\.json$/, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(dataset) }),
  );
  for (const path of ['/?edition=2024&view=table&lang=en', '/?view=years&lang=en', '/?edition=2024&country=PLW&lang=en']) {
    await page.goto(new URL(path, page.url()).href);
    await page.getByText('PalauPalauPalau').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(1280);
  }
  expect(errors).toEqual([]);
});

test('a path that begins with two slashes (servers merge them) draws the view, opens panels and Back stays in the app', async () => {
  const origin = new URL(inject('baseUrl')).origin;
  const { page, errors } = await browser.openApp(`${origin}//?edition=2024&utm_source=x&lang=en`, {
    viewport: { width: 1280, height: 800 },
  });
  // The view moves to its edition's page, on this host, below the same doubled slash.
  await expect.poll(() => page.url()).toBe(`${origin}//interpol/2024/?edition=2024&lang=en`);
  await clickTarget(page, 'PLW');
  await page.getByRole('dialog').getByRole('heading', { name: 'Palau', exact: true }).waitFor();
  await expect.poll(() => page.url()).toBe(`${origin}//interpol/2024/?edition=2024&country=PLW&lang=en`);
  await page.goBack();
  await page.getByRole('dialog').waitFor({ state: 'detached' });
  expect(page.url()).toBe(`${origin}//interpol/2024/?edition=2024&lang=en`);
  // The address it moved to is a page of the site.
  await page.reload();
  await appReady(page);
  expect(page.url()).toBe(`${origin}//interpol/2024/?edition=2024&lang=en`);
  expect(errors).toEqual([]);
});

test('the stylesheet colours and shows the supporters that supporterFills names, for selections in both match modes and themes', async () => {
  const dataset = JSON.parse(readFileSync(new URL('../../data/dataset.json', import.meta.url), 'utf8')) as Dataset;
  const index = createDatasetIndex(dataset);
  const rgb = (hex: string) => `rgb(${[1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16)).join(', ')})`;
  const cases: { types: SupportTypeId[]; match: Match; theme: 'light' | 'dark' }[] = [
    { types: [...SUPPORT_TYPE_IDS], match: 'any', theme: 'light' },
    { types: ['delegation'], match: 'any', theme: 'dark' },
    { types: ['mission', 'legislators'], match: 'any', theme: 'light' },
    { types: ['executive', 'legislature'], match: 'all', theme: 'dark' },
  ];
  for (const { types, match, theme } of cases) {
    const search = `?edition=2024&types=${types.join(',')}&match=${match}&theme=${theme}&lang=en`;
    const { page, errors } = await browser.openApp(`/${search}`, { viewport: { width: 1280, height: 800 } });
    const drawn = await page.evaluate(() => {
      const land = getComputedStyle(document.querySelector('.map__country:not(.map__supporter):not([fill])')!).fill;
      const fills = [...document.querySelectorAll('path.map__country.map__supporter')].map((path) => {
        const fill = getComputedStyle(path).fill;
        return [path.getAttribute('data-id'), fill === land ? null : fill] as const;
      });
      const shown = [...document.querySelectorAll('.map__target[data-id]')]
        .filter((target) => getComputedStyle(target).display !== 'none')
        .map((target) => target.getAttribute('data-id'));
      return { fills, shown: shown.sort() };
    });
    const expected = supporterFills(filterEdition(index, 2024, types, match), theme);
    expect(drawn.fills.length, search).toBeGreaterThan(0);
    expect(Object.fromEntries(drawn.fills), search).toEqual(
      Object.fromEntries(drawn.fills.map(([id]) => [id, expected.has(id!) ? rgb(expected.get(id!)!) : null])),
    );
    expect(drawn.shown, search).toEqual([...expected.keys()].filter((id) => drawn.fills.some(([drawnId]) => drawnId === id)).sort());
    expect(errors).toEqual([]);
  }
});
