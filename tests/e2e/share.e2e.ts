/**
 * Share and export, in the built app: the Embed dialog's code opens the view it was made from,
 * and the downloads are real files — an SVG that parses, a PNG that decodes at twice the map's
 * size, and a CSV (UTF-8 with a byte-order mark) whose rows are the table's rows.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { appReady, filledCountryIds, useTestBrowser, VIEWPORTS } from './browser.ts';

const VIEW = '/?edition=2019&types=mission,legislators';
const browser = useTestBrowser();

/** Ids of the countries the map fills, sorted. */

async function download(page: Page, format: RegExp): Promise<{ name: string; bytes: Buffer }> {
  await page.getByRole('button', { name: 'Download' }).click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: format }).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

/** RFC 4180: quoted fields may hold commas, quotes ("") and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

const CURRENT_VERSION = (JSON.parse(readFileSync(new URL('../../data/dataset.json', import.meta.url), 'utf8')) as { version: string })
  .version;

describe('share and export', () => {
  test("the Embed dialog's code opens the same view", async () => {
    const { page, errors } = await browser.openApp(VIEW, { viewport: VIEWPORTS.desktop });
    const full = await filledCountryIds(page);
    expect(full.length).toBeGreaterThan(0);

    await page.getByRole('button', { name: 'Embed' }).click();
    const dialog = page.getByRole('dialog', { name: 'Embed this map' });
    await dialog.waitFor();
    const code = await dialog.locator('textarea').inputValue();
    expect(code).toMatch(/<iframe\b[^>]*\btitle="[^"]+"/);
    expect(code).toMatch(/\bloading="lazy"/);
    const src = /<iframe\b[^>]*\bsrc="([^"]+)"/.exec(code)?.[1]?.replaceAll('&amp;', '&');
    expect(src).toBeDefined();
    const params = new URL(src as string).searchParams;
    // Pinned by default to the data version shown (tests/e2e/versions.e2e.ts has the rest).
    expect(Object.fromEntries(params)).toEqual({ edition: '2019', version: CURRENT_VERSION, types: 'legislators,mission', embed: '1' });

    const embed = await browser.openApp(new URL(src as string).pathname + new URL(src as string).search, {
      viewport: { width: 700, height: 900 },
    });
    await embed.page.locator('.embed').waitFor();
    expect(await filledCountryIds(embed.page)).toEqual(full);
    const pressed = await embed.page
      .locator('.filters__type[aria-pressed="true"]')
      .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-type')));
    expect(pressed.sort()).toEqual(['legislators', 'mission']);
    expect(errors).toEqual([]);
    expect(embed.errors).toEqual([]);
  });

  test('"Map as SVG" downloads an SVG that parses, with its title and a path per country', async () => {
    const { page, errors } = await browser.openApp(VIEW, { viewport: VIEWPORTS.desktop });
    const { name, bytes } = await download(page, /SVG/);
    expect(name).toMatch(/\.svg$/);
    const text = bytes.toString('utf8');
    // Parsed by the browser in a blank page: the app's own page forbids DOMParser (Trusted Types).
    const blank = await page.context().newPage();
    const parsed = await blank.evaluate((svg) => {
      const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        root: doc.documentElement.localName,
        paths: doc.querySelectorAll('path').length,
        text: doc.documentElement.textContent ?? '',
      };
    }, text);
    expect(parsed.error).toBeNull();
    expect(parsed.root).toBe('svg');
    expect(parsed.paths).toBeGreaterThan(200);
    expect(parsed.text).toContain('Who backed Taiwan at the 2019 INTERPOL General Assembly');
    expect(parsed.text).toContain('88th General Assembly · Santiago');
    expect(errors).toEqual([]);
  });

  test('"Map as PNG" downloads a PNG that decodes, at twice the size of the SVG', async () => {
    const { page, errors } = await browser.openApp(VIEW, { viewport: VIEWPORTS.desktop });
    const svg = (await download(page, /SVG/)).bytes.toString('utf8');
    const { name, bytes } = await download(page, /PNG/);
    expect(name).toMatch(/\.png$/);
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const svgWidth = Number(/<svg\b[^>]*\bwidth="([\d.]+)"/.exec(svg)?.[1]);
    // Decoded by the browser itself, in a blank page (the app's CSP is not the point here).
    const blank = await page.context().newPage();
    const size = await blank.evaluate(async (base64) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      return { width: image.naturalWidth, height: image.naturalHeight };
    }, bytes.toString('base64'));
    expect(size.width).toBe(Math.round(svgWidth * 2));
    expect(size.height).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  test('the square preset, without names and transparent, downloads a 2160×2160 PNG whose corners are see-through', async () => {
    const { page, errors } = await browser.openApp(VIEW, { viewport: VIEWPORTS.desktop });
    await page.getByRole('button', { name: 'Download' }).click();
    await page.getByRole('radio', { name: 'Square, 1080 × 1080' }).check();
    await page.getByRole('checkbox', { name: 'Names of small states' }).uncheck();
    await page.getByRole('checkbox', { name: 'Transparent background' }).check();
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /PNG/ }).click()]);
    expect(file.suggestedFilename()).toMatch(/-1080x1080\.png$/);
    const bytes = await readFile(await file.path());
    const blank = await page.context().newPage();
    const decoded = await blank.evaluate(async (base64) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = new OffscreenCanvas(image.naturalWidth, image.naturalHeight);
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      return { width: image.naturalWidth, height: image.naturalHeight, corner: context.getImageData(1, 1, 1, 1).data[3] };
    }, bytes.toString('base64'));
    expect(decoded).toEqual({ width: 2160, height: 2160, corner: 0 });
    // The menu keeps the choice for the next download.
    await page.getByRole('button', { name: 'Download' }).click();
    expect(await page.getByRole('radio', { name: 'Square, 1080 × 1080' }).isChecked()).toBe(true);
    expect(errors).toEqual([]);
  });

  test('"Table as CSV" downloads UTF-8 with a byte-order mark whose rows are the table rows', async () => {
    const { page, errors } = await browser.openApp(VIEW, { viewport: VIEWPORTS.desktop });
    const { name, bytes } = await download(page, /CSV/);
    expect(name).toMatch(/\.csv$/);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(bytes.subarray(3).toString('utf8'));
    const [header, ...data] = rows;
    expect(header?.[0]).toBe('Name');

    const table = await browser.openApp(`${VIEW}&view=table`, { viewport: VIEWPORTS.desktop });
    await appReady(table.page);
    const names = await table.page.locator('.table-view__row th .table-view__open').allTextContents();
    expect(data.map((row) => row[0])).toEqual(names.map((n) => n.trim()));
    const urls = header?.indexOf('Source URLs') ?? -1;
    expect(urls).toBeGreaterThan(0);
    for (const row of data) expect(row[urls]).toMatch(/^https:\/\//);
    expect(errors).toEqual([]);
    expect(table.errors).toEqual([]);
  });

  test('the footer\'s "All data" is a data package whose files all exist, and its supporters are the table downloads', async () => {
    const { page, errors } = await browser.openApp('/?edition=2024&lang=en', { viewport: VIEWPORTS.desktop });
    const link = page.getByRole('link', { name: /^All data/ });
    // Resolved as the browser does, against the page's <base> (the site's root).
    const descriptorUrl = new URL(await link.evaluate((anchor) => (anchor as HTMLAnchorElement).href));
    const descriptor = (await (await page.request.get(descriptorUrl.href)).json()) as { resources: { name: string; path: string }[] };
    expect(descriptor.resources.length).toBeGreaterThanOrEqual(8);
    for (const resource of descriptor.resources) {
      const response = await page.request.get(new URL(resource.path, descriptorUrl).href);
      expect(response.status(), resource.path).toBe(200);
    }
    const supporters = parseCsv(await (await page.request.get(new URL('supporters.csv', descriptorUrl).href)).text());
    const { bytes } = await download(page, /CSV/);
    const [header, ...table] = parseCsv(bytes.subarray(3).toString('utf8'));
    expect(supporters[0]).toEqual(['Edition', ...(header ?? [])]);
    expect(supporters.filter((row) => row[0] === '2024').map((row) => row.slice(1))).toEqual(table);
    expect(errors).toEqual([]);
  });
});
