/**
 * What a reader sees in the first seconds, in a real browser: the title, the headline, the map and
 * its legend inside the first screen; a page that scrolls; controls that never cover a country; years
 * without a list said as such; a legend that names what it shows; a panel that leaves the map live.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { mapTarget, queryOf, useTestBrowser, type Viewport } from './browser.ts';

const browser = useTestBrowser();

const FIRST_SCREENS: [string, Viewport][] = [
  ['1280×800', { width: 1280, height: 800 }],
  ['1366×768', { width: 1366, height: 768 }],
  ['375×740', { width: 375, height: 740 }],
];

/** The element's box in the page, or null when it is not rendered. */
const boxOf = (page: Page, selector: string) => page.locator(selector).first().boundingBox();

describe('the first screen', () => {
  test.each(FIRST_SCREENS)('title, headline, map and legend are inside the first screen at %s', async (_name, viewport) => {
    const { page, errors } = await browser.openApp('/', { viewport });
    await page.locator('.legend__step').first().waitFor();
    for (const selector of ['.app__title', '.headline__title', '.headline__dek', '.map__svg', '.legend__title', '.legend__step']) {
      const box = await boxOf(page, selector);
      expect(box, selector).not.toBeNull();
      expect(box!.y, `${selector} starts inside the screen`).toBeGreaterThanOrEqual(0);
      expect(box!.y + box!.height, `${selector} ends inside the screen`).toBeLessThanOrEqual(viewport.height);
    }
    // On a phone the map uses the whole width.
    if (viewport.width < 600) expect((await boxOf(page, '.map__svg'))!.width).toBeGreaterThanOrEqual(viewport.width - 1);
    expect(errors).toEqual([]);
  });
});

describe('the map and the page', () => {
  test('the plain wheel over the map scrolls the page and leaves the zoom alone; Ctrl+wheel zooms in a small step', async () => {
    const { page, errors } = await browser.openApp('/', { viewport: { width: 1280, height: 700 } });
    const svg = page.locator('.map__svg');
    // d3-zoom is fetched in idle time after the map is drawn: until it is attached (it sets
    // `__zoom` on the svg) neither gesture would reach it, and on a busy machine that took longer
    // than the test's first steps.
    await page.waitForFunction(() => '__zoom' in (document.querySelector('.map__svg') ?? {}));
    const box = (await svg.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const transform = () => page.locator('.map__svg > g[transform]').getAttribute('transform');
    const before = await transform();
    // A first click on the map gives it focus: the wheel must still scroll the page after it.
    await page.mouse.click(box.x + 5, box.y + box.height - 5);
    await page.mouse.wheel(0, 300);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    expect(await transform()).toBe(before);

    await page.evaluate(() => window.scrollTo(0, 0));
    const svgBox = (await svg.boundingBox())!;
    await page.mouse.move(svgBox.x + svgBox.width / 2, svgBox.y + svgBox.height / 2);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -100);
    await page.keyboard.up('Control');
    await expect.poll(transform).not.toBe(before);
    const scale = Number(/scale\(([\d.]+)\)/.exec((await transform()) ?? '')?.[1]);
    // One notch is a small step (d3-zoom's default made it 4×).
    expect(scale).toBeGreaterThan(1);
    expect(scale).toBeLessThan(1.5);
    expect(errors).toEqual([]);
  });

  test.each([
    ['desktop', { width: 1280, height: 800 }],
    ['phone', { width: 375, height: 740 }],
    ['embed at 360 px', { width: 360, height: 800 }],
  ] as const)('no zoom control overlaps the map (%s)', async (name, viewport) => {
    const { page, errors } = await browser.openApp(name.startsWith('embed') ? '/?embed=1' : '/', { viewport });
    await page.locator('.map-controls__button').first().waitFor();
    const map = (await boxOf(page, '.map__svg'))!;
    for (const button of await page.locator('.map-controls__button').all()) {
      const b = (await button.boundingBox())!;
      const overlaps = b.x < map.x + map.width && map.x < b.x + b.width && b.y < map.y + map.height && map.y < b.y + b.height;
      expect(overlaps, `${await button.textContent()} over the map`).toBe(false);
    }
    expect(errors).toEqual([]);
  });

  test('on a wide screen the panel leaves the map live: hover shows a tooltip, a click opens the next country', async () => {
    const { page, errors } = await browser.openApp('/?edition=2024&country=USA', { viewport: { width: 1280, height: 800 } });
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('heading', { name: 'United States', exact: true }).waitFor();
    const australia = mapTarget(page, 'AUS');
    await australia.hover();
    await page.locator('.map-tooltip').waitFor();
    await australia.click();
    await dialog.getByRole('heading', { name: 'Australia', exact: true }).waitFor();
    await expect.poll(() => queryOf(page).country).toBe('AUS');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
  });

  test('a country focused by a click gets no tooltip of its own, also when Close gives the focus back; the keyboard gets one', async () => {
    const { page, errors } = await browser.openApp('/?edition=2024', { viewport: { width: 1280, height: 800 } });
    const australia = mapTarget(page, 'AUS');
    await australia.click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('heading', { name: 'Australia', exact: true }).waitFor();
    // The pointer leaves the map for the panel's Close: its hover tooltip goes with it.
    await dialog.locator('.detail-panel__close').click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-id'))).toBe('AUS');
    // Two frames for a tooltip that would follow the focus.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    expect(await page.locator('.map-tooltip').count()).toBe(0);
    // Out of the map and back with the keyboard: the country it lands on says what it did.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-id'))).toBe('AUS');
    await page.locator('.map-tooltip').waitFor();
    expect(errors).toEqual([]);
  });
});

describe('the filters stay put', () => {
  test('switching types off one by one and on again moves no filter on the page (1280×800)', async () => {
    const { page, errors } = await browser.openApp('/', { viewport: { width: 1280, height: 800 } });
    const buttons = page.locator('.filters__type');
    await buttons.first().waitFor();
    // Where each filter is on the page (not in the window: a click may scroll the page).
    const positions = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('.filters__type')].map((b) => Math.round(b.getBoundingClientRect().top + window.scrollY)),
      );
    const before = await positions();
    const count = await buttons.count();
    for (const index of [...Array(count).keys(), ...Array(count).keys()]) {
      await buttons.nth(index).click();
      expect(await positions(), `after clicking filter ${index + 1}`).toEqual(before);
    }
    expect(errors).toEqual([]);
  });
});

describe('years without a list', () => {
  test.each([
    [2017, 'No list of supporters was found for the 2017 Assembly.'],
    [2020, 'INTERPOL held no General Assembly in 2020.'],
  ])('%i says so on the map, with no legend and no filters, on the page and in the embed', async (year, notice) => {
    for (const path of [`/?edition=${year}`, `/?edition=${year}&embed=1`, `/?edition=${year}&embed=1&static=1`]) {
      const { page, errors } = await browser.openApp(path, { viewport: { width: 1280, height: 800 } });
      await expect.poll(() => page.locator('.map-notice').textContent()).toContain(notice);
      expect(await page.locator('.legend__step').count(), path).toBe(0);
      expect(await page.locator('.filters__type').count(), path).toBe(0);
      expect(await page.locator('body').textContent(), path).not.toMatch(/\(0\)/);
      expect(errors).toEqual([]);
    }
  });
});

describe('the legend names what it shows', () => {
  test.each([
    ['/', 'Strongest kind of support each country showed in 2025'],
    ['/?types=legislature,legislators', 'Strongest kind of support in 2025, among Legislative resolution, Individual legislators'],
    ['/?embed=1&static=1&edition=2019', 'Strongest kind of support each country showed in 2019'],
    ['/?embed=1&plain=1&types=delegation&edition=2024', 'Strongest kind of support in 2024, among Delegation at the Assembly'],
  ])('%s: the legend says "%s"', async (path, title) => {
    const { page, errors } = await browser.openApp(path, { viewport: { width: 1280, height: 800 } });
    await expect.poll(() => page.locator('.legend__title').textContent()).toBe(title);
    expect(errors).toEqual([]);
  });
});
