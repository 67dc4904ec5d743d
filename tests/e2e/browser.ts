/**
 * Drives Debian's Chromium through playwright-core (which never downloads a browser). Every page
 * opened here records what a test must never see: uncaught errors, console errors, JS dialogs and
 * requests to any origin but the app's own (the app is third-party-free; such requests are aborted).
 */
import { chromium, type Browser, type BrowserContext, type Frame, type Locator, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import CHROMIUM_FLAGS from '../../scripts/chromium-flags.json';

/**
 * Debian's Chromium, and the flags that work on these machines (no sandbox as root, no network
 * chatter). The flags are a JSON file because the benchmark (plain Node, no TypeScript) uses them too.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Short, so a covered or missing target fails in seconds, not at the test timeout. */
const ACTION_TIMEOUT_MS = 5_000;

export interface Viewport {
  width: number;
  height: number;
}

export const VIEWPORTS = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 375, height: 667 },
} as const satisfies Record<string, Viewport>;

export interface OpenedApp {
  page: Page;
  /** One line per problem; every test ends with `expect(errors).toEqual([])`. */
  errors: string[];
}

export interface TestBrowser {
  /** Opens `path` (e.g. "/?edition=2024") in a fresh context and waits until the map or table is drawn. */
  openApp(path: string, options: { viewport: Viewport }): Promise<OpenedApp>;
  /** Closes every context opened so far (call it after each test). */
  closePages(): Promise<void>;
  close(): Promise<void>;
}

/** Debian's Chromium with the flags above: every e2e file launches it through this. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
}

async function launchBrowser(): Promise<TestBrowser> {
  const browser = await launchChromium();
  const baseUrl = inject('baseUrl');
  const origin = new URL(baseUrl).origin;
  const contexts = new Set<BrowserContext>();

  const openApp = async (path: string, { viewport }: { viewport: Viewport }): Promise<OpenedApp> => {
    // en-US and light: the language and theme follow the browser when the URL does not say.
    const context = await browser.newContext({ viewport, locale: 'en-US', colorScheme: 'light', hasTouch: false });
    contexts.add(context);
    context.setDefaultTimeout(ACTION_TIMEOUT_MS);
    const errors: string[] = [];
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (isOwn(url, origin)) return route.continue();
      errors.push(`third-party request: ${url}`);
      return route.abort('blockedbyclient');
    });
    const page = await context.newPage();
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
    });
    page.on('dialog', (dialog) => {
      errors.push(`JS dialog (${dialog.type()}): ${dialog.message()}`);
      void dialog.dismiss();
    });
    await page.goto(new URL(path, baseUrl).href);
    await appReady(page);
    return { page, errors };
  };

  return {
    openApp,
    async closePages() {
      await Promise.all([...contexts].map((context) => context.close()));
      contexts.clear();
    },
    close: () => browser.close(),
  };
}

/**
 * Registers a test file's hooks: one browser for the file, launched before its tests, every page
 * closed after each test, and the browser closed at the end. The object it returns is usable in
 * tests and hooks once beforeAll has run.
 */
export function useTestBrowser(): TestBrowser {
  let browser: TestBrowser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterEach(async () => {
    await browser?.closePages();
  });
  afterAll(async () => {
    await browser?.close();
  });
  const launched = (): TestBrowser => {
    if (!browser) throw new Error('the browser is launched in beforeAll: call this from a hook or a test');
    return browser;
  };
  return {
    openApp: (path, options) => launched().openApp(path, options),
    closePages: () => launched().closePages(),
    close: () => launched().close(),
  };
}

/** data: and blob: URLs never leave the page; everything else must come from the app's origin. */
function isOwn(url: string, origin: string): boolean {
  const parsed = new URL(url);
  return parsed.protocol === 'data:' || parsed.protocol === 'blob:' || parsed.origin === origin;
}

/** The data arrived and one of the two views is drawn. */
export async function appReady(page: Page): Promise<void> {
  await page.locator('.map__country, .table-view__table, .table-view__empty, .matrix-view__table').first().waitFor({ timeout: 15_000 });
}

/** A supporter's map target: the outline of a country, or the marker of a small state. */
export function mapTarget(page: Page, id: string): Locator {
  return page.locator(`[data-id="${id}"][role="button"]`);
}

/** The query of the page's current URL as a plain object, e.g. { edition: "2024", country: "PLW" }. */
/**
 * The countries coloured for support, as the browser draws them: a `fill` attribute (change view)
 * or the selection's stylesheet (present/selectionStyle.ts) give a fill other than the land's.
 */
export function filledCountryIds(scope: Page | Frame): Promise<string[]> {
  return scope.evaluate(() => {
    const countries = [...document.querySelectorAll('.map__svg path.map__country:not(.map__country--taiwan)')];
    const land = countries.find((path) => !path.hasAttribute('fill') && !path.classList.contains('map__supporter'));
    const landFill = land ? getComputedStyle(land).fill : '';
    return countries
      .filter((path) => getComputedStyle(path).fill !== landFill)
      .map((path) => path.getAttribute('data-id') ?? '')
      .sort();
  });
}

export function queryOf(page: Page): Record<string, string> {
  return Object.fromEntries(new URL(page.url()).searchParams);
}
