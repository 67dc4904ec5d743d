/**
 * The timeline in a real browser: reached and moved by keyboard alone, its stop's name is what a
 * screen reader says, the map follows, and Back and Forward walk through the years shown.
 */
import { describe, expect, test } from 'vitest';
import { queryOf, useTestBrowser } from './browser.ts';

const browser = useTestBrowser();

describe('the timeline', () => {
  test('by keyboard alone: Tab to the timeline, Home, then right to 2019; its name is said, its map shown; Back and Forward follow', async () => {
    const { page, errors } = await browser.openApp('/', { viewport: { width: 1280, height: 800 } });
    await page.getByRole('radiogroup', { name: 'General Assembly' }).waitFor();
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.tagName ?? '');
    for (let presses = 0; presses < 40 && (await page.evaluate(() => document.activeElement?.getAttribute('role'))) !== 'radio'; presses++)
      await page.keyboard.press('Tab');
    expect(await focused()).toMatch(/^2025/);

    await page.keyboard.press('Home');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    // The accessible name of the focused stop is what is announced.
    expect(await focused()).toBe('2019 · Santiago');
    await expect.poll(() => page.locator('.headline__title').textContent()).toContain('2019');
    expect(queryOf(page).edition).toBe('2019');
    await expect.poll(() => page.locator('path.map__country[fill^="#"]').count()).toBeGreaterThan(5);

    await page.goBack();
    await expect.poll(() => queryOf(page).edition).toBe('2018');
    const timeline = page.getByRole('radiogroup', { name: 'General Assembly' });
    await expect.poll(() => timeline.getByRole('radio', { checked: true }).getAttribute('aria-label')).toMatch(/^2018/);
    await page.goForward();
    await expect.poll(() => page.locator('.headline__title').textContent()).toContain('2019');
    expect(errors).toEqual([]);
  });

  test('on a phone the timeline fits the screen width and every stop can be tapped', async () => {
    const { page, errors } = await browser.openApp('/?edition=2024', { viewport: { width: 375, height: 740 } });
    const stops = page.getByRole('radiogroup', { name: 'General Assembly' }).getByRole('radio');
    await stops.first().waitFor();
    for (const stop of await stops.all()) {
      const box = (await stop.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(375);
      // WCAG 2.5.8: a target of at least 24 × 24 CSS px.
      expect(box.width).toBeGreaterThanOrEqual(24);
      expect(box.height).toBeGreaterThanOrEqual(24);
    }
    await stops.nth(2).click();
    await expect.poll(() => queryOf(page).edition).toBe('2018');
    expect(errors).toEqual([]);
  });
});
