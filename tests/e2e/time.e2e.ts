/**
 * The timeline in a real browser: reached and moved by keyboard alone, its stop's name is what a
 * screen reader says, the map follows, and Back and Forward walk through the years shown.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { filledCountryIds, queryOf, useTestBrowser } from './browser.ts';

const browser = useTestBrowser();

describe('the timeline', () => {
  test('by keyboard alone: Tab to the timeline, Home, then right to 2019; its name is said, its map shown; Back and Forward follow', async () => {
    const { page, errors } = await browser.openApp('/', { viewport: { width: 1280, height: 800 } });
    await page.getByRole('radiogroup', { name: 'General Assembly' }).waitFor();
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.tagName ?? '');
    for (let presses = 0; presses < 40 && (await page.evaluate(() => document.activeElement?.getAttribute('role'))) !== 'radio'; presses++)
      await page.keyboard.press('Tab');
    expect(await focused()).toMatch(/^2025/);

    // At a reader's pace: each year is shown before the next key (keys faster than a frame show,
    // and write to history, only the last year: ui/common/useChoiceAfterPaint.ts).
    await page.keyboard.press('Home');
    await expect.poll(() => queryOf(page).edition).toBe('2016');
    for (const year of ['2017', '2018', '2019']) {
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => queryOf(page).edition).toBe(year);
    }
    // The accessible name of the focused stop is what is announced.
    expect(await focused()).toBe('2019 · Santiago');
    await expect.poll(() => page.locator('.headline__title').textContent()).toContain('2019');
    await expect.poll(() => queryOf(page).edition).toBe('2019');
    await expect.poll(async () => (await filledCountryIds(page)).length).toBeGreaterThan(5);

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

/**
 * 2024 against 2023, written from the sources (the INTERPOL research brief's tables for the 91st
 * and 92nd Assemblies, and data/relations.json for Nauru), not from the app's output:
 * - in 2024 and in no earlier Assembly: India (media), Guam (its legislature), Formosa Club;
 * - in 2024, not in 2023 but in an earlier one: European Parliament (its 2021 resolution);
 * - in 2023, not in 2024: Chile, South Africa, the Philippines (lawmakers), Lithuania (joint
 *   statement), New Zealand (media), the EU High Representative;
 * - Nauru ended relations with Taiwan on 15 January 2024, between the two Assemblies.
 */
const GROUPS_2024_VS_2023 = {
  'first-time': ['Formosa Club', 'Guam', 'India'],
  new: ['European Parliament'],
  'not-reported': [
    'Chile',
    'EU High Representative for Foreign Affairs and Security Policy',
    'Lithuania',
    'New Zealand',
    'Philippines',
    'South Africa',
  ],
  'relations-ended': ['Nauru'],
};

describe('the change view', () => {
  test('compare=2023 opens 2024 against 2023: the groups of the sources, a real list, links to both sides, colours on the map', async () => {
    const { page, errors } = await browser.openApp('/?edition=2024&compare=2023&lang=en', { viewport: { width: 1280, height: 800 } });
    const list = page.getByRole('region', { name: 'Who changed' });
    await list.getByRole('heading', { name: /Ended relations/ }).waitFor();
    for (const [change, names] of Object.entries(GROUPS_2024_VS_2023)) {
      const group = list.locator(`section[data-change="${change}"]`);
      // Drawn a few entries per frame: the whole group within moments.
      await expect.poll(() => group.locator('.change-list__name').allTextContents(), { message: change }).toEqual(names);
    }
    // Named in both: 30 supporters, folded until asked for.
    await expect.poll(() => list.locator('section[data-change="again"] h3').textContent()).toContain('(30)');
    // India: not named in 2023, sources for 2024; Nauru: the date and its sources.
    const india = list.locator('li[data-id="IND"]');
    expect(await india.textContent()).toContain('2023: not named');
    expect(await india.locator('a[href^="https://"]').count()).toBeGreaterThan(0);
    const nauru = list.locator('li[data-id="NRU"]');
    expect(await nauru.textContent()).toContain('15 January 2024');
    expect(await nauru.locator('a[href^="https://"]').count()).toBeGreaterThanOrEqual(2);
    // The map: Nauru's marker and India's shape in their change colours; the legend counts them.
    const legend = page.locator('.app__aside .legend--change');
    expect(await legend.locator('figcaption').textContent()).toBe('2024 compared with 2023');
    expect(await legend.locator('[data-change="first-time"] .legend__count').textContent()).toBe('2');
    await expect.poll(() => page.locator('path.map__country[data-id="IND"]').getAttribute('fill')).toBe('#00603d');
    // Ending the comparison goes back to the edition's map, and Back returns to the comparison.
    await page.getByRole('button', { name: 'End comparison' }).click();
    await expect.poll(() => queryOf(page).compare).toBeUndefined();
    await page.getByRole('heading', { name: 'Who changed' }).waitFor({ state: 'detached' });
    await page.goBack();
    await expect.poll(() => queryOf(page).compare).toBe('2023');
    await list.waitFor();
    expect(errors).toEqual([]);
  });

  test('a link without compare opens as before; the chooser adds it, and the timeline keeps it', async () => {
    const { page, errors } = await browser.openApp('/?edition=2024&lang=en', { viewport: { width: 1280, height: 800 } });
    const chooser = page.getByLabel('Compare with');
    await chooser.waitFor();
    expect(await page.locator('.legend--change').count()).toBe(0);
    await chooser.selectOption('2023');
    await expect.poll(() => queryOf(page).compare).toBe('2023');
    await page.getByRole('region', { name: 'Who changed' }).waitFor();
    await page.getByRole('radiogroup', { name: 'General Assembly' }).getByRole('radio', { name: /^2025/ }).click();
    await expect.poll(() => page.locator('.app__aside .legend--change figcaption').textContent()).toBe('2025 compared with 2023');
    expect(errors).toEqual([]);
  });

  test('the years table: its rows equal the data’s supporters, each row its years', async () => {
    const { page, errors } = await browser.openApp('/?view=years&lang=en', { viewport: { width: 1280, height: 800 } });
    const table = page.getByRole('table', { name: /Supporters named in sources at each INTERPOL General Assembly/ });
    await table.waitFor();
    const ids = await table.locator('tbody tr').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-id')));
    // The data the build shipped, read as a file: every actor with an act, or a group reported for its country.
    const dataset = JSON.parse(readFileSync(new URL('../../data/dataset.json', import.meta.url), 'utf8')) as {
      actions: { actor: string }[];
      groups: { country?: string }[];
    };
    const expected = new Set([...dataset.actions.map((a) => a.actor), ...dataset.groups.flatMap((g) => (g.country ? [g.country] : []))]);
    expect(new Set(ids)).toEqual(expected);
    expect(ids.length).toBe(new Set(ids).size);
    // The United States, named in every listed Assembly: its 2016 cell says what it did.
    const usa = table.locator('tr[data-id="USA"]');
    expect(await usa.locator('td').first().textContent()).toContain('Government / executive');
    expect(await usa.locator('td').nth(1).textContent()).toContain('no list');
    expect(errors).toEqual([]);
  });
});
