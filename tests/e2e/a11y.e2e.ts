/**
 * axe-core (the installed copy, node_modules/axe-core) in Chromium on every view a visitor can
 * reach: the map, the table, an open detail panel, the embed, dark mode (by link and by system
 * preference) and zh-TW, each at a desktop and a phone viewport. Any violation of a WCAG 2.2
 * A/AA rule fails the test and is listed as "rule: target (help)".
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, test } from 'vitest';
import { appReady, launchChromium, VIEWPORTS, type Viewport } from './browser.ts';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
// The same browser and flags as browser.ts.

interface Scene {
  name: string;
  path: string;
  colorScheme?: 'light' | 'dark';
  /** What must be on screen before axe runs. */
  ready: (page: Page) => Promise<unknown>;
}

const mapDrawn = (page: Page) =>
  page.waitForFunction(() => performance.getEntriesByName('map-drawn').length > 0 && document.querySelector('.map-controls') !== null);
const SCENES: Scene[] = [
  { name: 'the map', path: '/', ready: mapDrawn },
  { name: 'the table', path: '/?view=table', ready: (page) => page.locator('.table-view__table').waitFor() },
  {
    name: "Palau's detail panel",
    path: '/?edition=2024&country=PLW',
    ready: (page) => page.getByRole('dialog').getByRole('heading', { name: 'Palau', exact: true }).waitFor(),
  },
  {
    name: 'the change view (2024 against 2023), its list opened',
    path: '/?edition=2024&compare=2023',
    ready: async (page) => {
      await page.locator('.change-list__more > summary').click();
      await page.locator('li[data-id="NRU"] a').first().waitFor();
    },
  },
  {
    name: 'the change view in dark mode, in Chinese',
    path: '/?edition=2024&compare=2023&theme=dark&lang=zh-TW',
    ready: (page) => page.locator('li[data-id="NRU"] a').first().waitFor(),
  },
  { name: 'the years table and trend', path: '/?view=years', ready: (page) => page.locator('.matrix-view__table').waitFor() },
  { name: 'the years table in dark mode', path: '/?view=years&theme=dark', ready: (page) => page.locator('.matrix-view__table').waitFor() },
  { name: 'the embed', path: '/?embed=1', ready: mapDrawn },
  {
    name: 'the static embed',
    path: '/?embed=1&static=1',
    ready: (page) => page.waitForFunction(() => performance.getEntriesByName('map-drawn').length > 0),
  },
  { name: 'dark mode (theme=dark)', path: '/?theme=dark', ready: mapDrawn },
  { name: 'dark mode (system preference)', path: '/', colorScheme: 'dark', ready: mapDrawn },
  { name: 'zh-TW (lang=zh-TW)', path: '/?lang=zh-TW', ready: mapDrawn },
  {
    name: 'zh-TW table in dark mode',
    path: '/?lang=zh-TW&theme=dark&view=table',
    ready: (page) => page.locator('.table-view__table').waitFor(),
  },
];

let browser: Browser;
const contexts = new Set<BrowserContext>();
beforeAll(async () => {
  browser = await launchChromium();
});
afterEach(async () => {
  await Promise.all([...contexts].map((context) => context.close()));
  contexts.clear();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(Object.entries(VIEWPORTS))('axe at %s size', (_size, viewport) => {
  const label = `${viewport.width}×${viewport.height}`;

  test.each(SCENES)(`$name has no WCAG 2.2 A/AA violation (${label})`, async (scene) => {
    const page = await openForAxe(scene, viewport);
    await scene.ready(page);
    expect(await runAxe(page)).toEqual([]);
  });
});

test('axe: the filter sheet, open on a phone, has no WCAG 2.2 A/AA violation (375×667)', async () => {
  const page = await openForAxe(SCENES[0] as Scene, VIEWPORTS.phone);
  await mapDrawn(page);
  await page.locator('.filter-sheet__toggle').press('Enter');
  await page.locator('.filter-sheet--open').waitFor();
  expect(await runAxe(page)).toEqual([]);
});

async function openForAxe(scene: Scene, viewport: Viewport): Promise<Page> {
  // bypassCSP for these tests only: the page's CSP (script-src 'self', Trusted Types) would block
  // the injected axe script. Every other e2e test runs under the real policy.
  const context = await browser.newContext({
    viewport,
    locale: 'en-US',
    colorScheme: scene.colorScheme ?? 'light',
    bypassCSP: true,
  });
  contexts.add(context);
  context.setDefaultTimeout(5_000);
  const baseUrl = inject('baseUrl');
  const origin = new URL(baseUrl).origin;
  // Nothing leaves the machine: the app is third-party-free, and axe must not fetch anything either.
  await context.route('**/*', (route) =>
    new URL(route.request().url()).origin === origin ? route.continue() : route.abort('blockedbyclient'),
  );
  const page = await context.newPage();
  await page.goto(new URL(scene.path, baseUrl).href);
  await appReady(page);
  return page;
}

/** One line per violating node: "rule-id: target (help)". */
async function runAxe(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  const violations = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } }).axe;
    const results = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    // The first reason axe gives is enough to find the problem; the rest repeat it for other fixes.
    return results.violations.flatMap((v) =>
      v.nodes.map((node) => `${v.id}: ${node.target.join(' ')} (${v.help}: ${node.failureSummary?.split('\n')[1]?.trim() ?? ''})`),
    );
  }, WCAG_TAGS);
  return violations;
}

interface AxeResults {
  violations: { id: string; help: string; nodes: { target: string[]; failureSummary?: string }[] }[];
}
