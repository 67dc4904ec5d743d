/**
 * The keyboard-only journey, at a desktop and a phone viewport, with page.keyboard and nothing
 * else: from page load, Tab into the map (one tab stop), arrow to Palau, open its panel, follow
 * a source link (a new tab, served an empty page: nothing leaves the machine), close the panel
 * and land back on Palau, then reach the filters beside the map and change one. The page records every pointer
 * event, and the test ends by asserting there was none. Also: the skip link, Escape on a
 * tooltip, and a focus indicator on every stop.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { mapTarget, queryOf, useTestBrowser, VIEWPORTS } from './browser.ts';

const browser = useTestBrowser();

/** What has focus: its data-id, else its class and text, for messages. */
interface Focused {
  id: string | null;
  describe: string;
  /** The browser shows a focus indicator: :focus-visible and an outline, or a stroke on SVG. */
  visible: boolean;
}

function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { id: null, describe: 'body', visible: false };
    const style = getComputedStyle(el);
    const indicator =
      el instanceof SVGElement
        ? style.stroke !== 'none' && parseFloat(style.strokeWidth) >= 2
        : style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    const cls = typeof el.className === 'string' ? el.className : el.getAttribute('class');
    return {
      id: el.getAttribute('data-id'),
      describe: `<${el.tagName.toLowerCase()} class="${cls ?? ''}"> ${el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40) ?? ''}`,
      visible: el.matches(':focus-visible') && indicator,
    };
  });
}

/** Presses Tab until `selector` has focus; every stop on the way must show where focus is. */
async function tabTo(page: Page, selector: string, limit = 40): Promise<void> {
  const path: string[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    path.push(now.describe);
    expect(now.visible, `focus indicator on ${now.describe}`).toBe(true);
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}; it went through:\n${path.join('\n')}`);
}

/** Counts pointer and mouse events from now on (a keyboard's Enter fires click, never these). */
async function recordPointerEvents(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const w = window as unknown as { pointerEvents: number };
    w.pointerEvents = 0;
    for (const type of ['pointerdown', 'pointerup', 'pointermove', 'mousedown', 'mouseup', 'mousemove', 'touchstart', 'wheel'])
      window.addEventListener(type, () => (w.pointerEvents += 1), { capture: true });
  });
  return () => page.evaluate(() => (window as unknown as { pointerEvents: number }).pointerEvents);
}

describe.each(Object.entries(VIEWPORTS))('keyboard at %s size', (_size, viewport) => {
  const label = `${viewport.width}×${viewport.height}`;

  test(`filters, the map, Palau's panel and a source link by keyboard alone (${label})`, async () => {
    const { page, errors } = await browser.openApp('/?edition=2024', { viewport });
    const context = page.context();
    // A source opens in a new tab: answer every request that leaves the app with an empty page
    // (registered after openApp's route, so it runs first), and keep the URLs to assert on.
    const origin = new URL(page.url()).origin;
    const leaving: string[] = [];
    await context.route(
      (url) => url.origin !== origin,
      (route) => {
        leaving.push(route.request().url());
        return route.fulfill({ status: 200, contentType: 'text/html', body: '' });
      },
    );
    await page.waitForFunction(() => performance.getEntriesByName('map-drawn').length > 0);
    // The filters are a chunk of their own, fetched as the page starts.
    await page.locator('.filters__type').first().waitFor({ state: 'attached' });
    const pointerEvents = await recordPointerEvents(page);

    // The first stop is the skip link, shown when focused.
    await page.keyboard.press('Tab');
    expect((await focused(page)).describe).toContain('Skip to the table');
    expect(await page.locator('.skip-link').evaluate((a) => a.getBoundingClientRect().top >= 0)).toBe(true);

    // The map is one tab stop: one supporter in the tab order, the others reached by arrows.
    await tabTo(page, '.map__svg [role="button"][data-id]');
    // The tab stop moves to a supporter still shown (a frame after the toggle's paint).
    await expect.poll(() => page.locator('.map__svg [tabindex="0"]:visible').count()).toBe(1);
    expect(await page.locator('.map__svg [tabindex="0"]').count()).toBe(1);
    const supporters = await page.locator('.map__svg [role="button"][data-id]').count();
    for (let i = 0; i < supporters && (await focused(page)).id !== 'PLW'; i++) await page.keyboard.press('ArrowRight');
    const palau = await focused(page);
    expect(palau.id, 'ArrowRight reaches Palau').toBe('PLW');
    expect(palau.visible).toBe(true);
    // Its accessible name carries its support, and the tooltip shows it; Escape hides the tooltip.
    expect(await mapTarget(page, 'PLW').getAttribute('aria-label')).toBe('Palau: Delegation at the Assembly; 1 action');
    await page.locator('.map-tooltip').waitFor();
    await page.keyboard.press('Escape');
    await page.locator('.map-tooltip').waitFor({ state: 'detached' });
    expect((await focused(page)).id).toBe('PLW');

    // Enter opens the panel.
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Palau' });
    await dialog.waitFor();
    await expect.poll(() => queryOf(page).country).toBe('PLW');

    // A source link opens the source in a new tab.
    await tabTo(page, 'dialog .detail-panel__source-link');
    const href = (await page.evaluate(() => document.activeElement?.getAttribute('href'))) ?? '';
    expect(href).toMatch(/^https:\/\//);
    const [tab] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('Enter')]);
    await tab.waitForURL(href);
    expect(tab.url()).toBe(href);
    expect(leaving).toEqual([href]);
    await tab.close();

    // Escape closes the panel and focus lands back on Palau.
    expect((await focused(page)).describe).toContain('detail-panel__source-link');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect((await focused(page)).id).toBe('PLW');
    // Closing replaces the history entry after the next paint.
    await expect.poll(() => queryOf(page).country).toBeUndefined();

    // Then the filters, beside the map (after it in the page): on a phone, behind the sheet's button.
    const sheetToggle = page.locator('.filter-sheet__toggle');
    const phone = await sheetToggle.isVisible();
    if (phone) {
      await tabTo(page, '.filter-sheet__toggle');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => document.activeElement?.matches('.filters__type') ?? false)).toBe(true);
    } else {
      await tabTo(page, '.filters__type');
    }
    const filter = page.locator('.filters__type:focus');
    expect(await filter.getAttribute('data-type')).toBe('executive');
    const summary = page.locator('.map-summary');
    const summaryBefore = await summary.textContent();
    await page.keyboard.press('Space');
    await expect.poll(() => filter.getAttribute('aria-pressed')).toBe('false');
    // The polite live region says what the map now shows.
    expect(await summary.getAttribute('aria-live')).toBe('polite');
    await expect.poll(() => summary.textContent()).not.toBe(summaryBefore);
    if (phone) {
      await page.keyboard.press('Escape');
      await expect.poll(() => sheetToggle.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await sheetToggle.getAttribute('aria-expanded')).toBe('false');
    }

    expect(await pointerEvents()).toBe(0);
    expect(errors).toEqual([]);
  });

  test(`the skip link moves focus to the table (${label})`, async () => {
    const { page, errors } = await browser.openApp('/?edition=2024', { viewport });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('support-table');
    await page.locator('.table-view__table').waitFor();
    // The next Tab goes into the table, not back to the top of the page.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('#support-table') !== null)).toBe(true);
    expect(errors).toEqual([]);
  });
});

test('the map stays in the tab order when a filter removes the supporter last focused', async () => {
  const { page, errors } = await browser.openApp('/?edition=2024', { viewport: VIEWPORTS.desktop });
  await page.waitForFunction(() => performance.getEntriesByName('map-drawn').length > 0);
  await page.locator('.filters__type').first().waitFor({ state: 'attached' });
  await tabTo(page, '.map__svg [role="button"][data-id]');
  // Palau shows only "delegation" in 2024: after focusing it, show only the other types.
  for (let i = 0; i < 60 && (await focused(page)).id !== 'PLW'; i++) await page.keyboard.press('ArrowRight');
  expect((await focused(page)).id).toBe('PLW');
  await page.locator('.filters__type[data-type="delegation"]').focus();
  await page.keyboard.press('Space');
  await mapTarget(page, 'PLW').waitFor({ state: 'hidden' });
  // The tab stop moves to a supporter still shown (a frame after the toggle's paint).
  await expect.poll(() => page.locator('.map__svg [tabindex="0"]:visible').count()).toBe(1);
  expect(await page.locator('.map__svg [tabindex="0"]').count()).toBe(1);
  // The map is before the filters: back to the top, then into it.
  await page.locator('.skip-link').focus();
  await tabTo(page, '.map__svg [role="button"][data-id]');
  expect(errors).toEqual([]);
});

test('on a phone, Tab out of the open filter sheet closes it, so it never covers the focused control', async () => {
  const { page, errors } = await browser.openApp('/?edition=2024', { viewport: VIEWPORTS.phone });
  await page.locator('.filter-sheet__toggle').waitFor();
  const toggle = page.locator('.filter-sheet__toggle');
  await tabTo(page, '.filter-sheet__toggle');
  await page.keyboard.press('Enter');
  await page.locator('.filter-sheet--open').waitFor();
  await tabTo(page, '.filter-sheet__done');
  await page.keyboard.press('Tab');
  await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('false');
  expect(await page.locator('.filter-sheet--open').count()).toBe(0);
  // What has focus now is on top at its centre, not under the sheet (WCAG 2.4.11).
  const onTop = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    el.scrollIntoView({ block: 'center' });
    const box = el.getBoundingClientRect();
    const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return top !== null && (top === el || el.contains(top));
  });
  expect(onTop).toBe(true);
  expect(errors).toEqual([]);
});
