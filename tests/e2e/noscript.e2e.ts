/**
 * The built page with JavaScript off: the site's title, then the latest edition's supporters with
 * their sources where the map would be, and no "Loading…" that never ends.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { launchChromium } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

test('without JavaScript the page shows its title and the list of supporters, and no endless loading', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto(new URL('/', inject('baseUrl')).href);
    const list = page.locator('main .noscript-list');
    await expect.poll(() => list.isVisible()).toBe(true);
    expect(await list.locator('li').count()).toBeGreaterThan(5);
    expect(await list.locator('li a[href^="https://"]').count()).toBeGreaterThan(5);
    // The title reads first, the list where the map would be.
    const titleBox = (await page.locator('.app__title').boundingBox())!;
    const listBox = (await list.boundingBox())!;
    expect(listBox.y).toBeGreaterThan(titleBox.y + titleBox.height);
    expect(listBox.y).toBeLessThan(300);
    expect(await page.locator('.load-status').isVisible()).toBe(false);
    expect(await page.locator('.language').isVisible()).toBe(false);
  } finally {
    await context.close();
  }
});
