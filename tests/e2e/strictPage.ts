/**
 * The shared assertion of the resilience, hostile-URL and embed tests: the built app under its own
 * strict CSP (the <meta> in dist/index.html, with Trusted Types) has zero CSP violations, zero
 * uncaught errors, zero console errors, fires no JS dialog and requests nothing from a third party,
 * whatever the scenario. Violations are caught with a `securitypolicyviolation` listener added to
 * every frame before any of the page's own code runs (an init script), and reported to the test
 * through a binding, so they survive navigations.
 *
 * Unlike browser.ts's openApp, a strict session lets a test route requests before the first
 * navigation (to fail, delay or damage the data) and does not wait for the map.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../scripts/securityHeaders.ts';
import { launchChromium, type Viewport } from './browser.ts';

const ACTION_TIMEOUT_MS = 5_000;

export const DESKTOP: Viewport = { width: 1280, height: 800 };

export interface StrictSession {
  context: BrowserContext;
  page: Page;
  /** The app's origin, e.g. "http://127.0.0.1:41234". */
  origin: string;
  /** One line per problem: CSP violation, page error, console error, JS dialog, third-party request. */
  problems: string[];
  /** Console errors about these URLs are expected (the test fails that request on purpose). */
  expectFailedRequests(pattern: RegExp): void;
}

export interface StrictOptions {
  viewport?: Viewport;
  /** Origins other than the app's that the page may load from (the embed test's host page). */
  alsoAllow?: readonly string[];
}

export interface StrictSessions {
  /** The file's Chromium (launched in beforeAll), for a session a describe block shares. */
  browser(): Browser;
  /** A fresh strict session for the running test, closed after it. */
  open(options?: StrictOptions): Promise<StrictSession>;
}

/**
 * Registers a test file's hooks: one Chromium for the file, launched before its tests and closed
 * after them, and a strict session per test (open), closed after each test.
 */
export function useStrictSessions(): StrictSessions {
  let browser: Browser | undefined;
  let session: StrictSession | null = null;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterEach(async () => {
    await session?.context.close();
    session = null;
  });
  afterAll(async () => {
    await browser?.close();
  });
  const launched = (): Browser => {
    if (!browser) throw new Error('Chromium is launched in beforeAll: call this from a hook or a test');
    return browser;
  };
  return {
    browser: launched,
    open: async (options) => (session = await strictSession(launched(), options)),
  };
}

export function appOrigin(): string {
  return new URL(inject('baseUrl')).origin;
}

export async function strictSession(browser: Browser, options: StrictOptions = {}): Promise<StrictSession> {
  const origin = appOrigin();
  const allowed = new Set([origin, ...(options.alsoAllow ?? [])]);
  const context = await browser.newContext({ viewport: options.viewport ?? DESKTOP, locale: 'en-US', colorScheme: 'light' });
  context.setDefaultTimeout(ACTION_TIMEOUT_MS);
  const problems: string[] = [];
  const expectedFailures: RegExp[] = [];

  await context.route('**/*', (route) => {
    const url = route.request().url();
    const parsed = new URL(url);
    if (parsed.protocol === 'data:' || parsed.protocol === 'blob:' || allowed.has(parsed.origin)) return route.fallback();
    problems.push(`third-party request: ${url}`);
    return route.abort('blockedbyclient');
  });
  await context.exposeBinding('__strictPageReport', (_source, line: unknown) => {
    problems.push(String(line));
  });
  await context.addInitScript(() => {
    const report = (line: string) => (window as unknown as { __strictPageReport(line: string): void }).__strictPageReport(line);
    document.addEventListener('securitypolicyviolation', (event) => {
      report(
        `CSP violation in ${location.origin}: ${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber} ${event.sample}`,
      );
    });
  });

  const page = await context.newPage();
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    const at = message.location().url;
    if (text.startsWith('Failed to load resource') && expectedFailures.some((pattern) => pattern.test(at))) return;
    problems.push(`console.error: ${text}${at ? ` (${at})` : ''}`);
  });
  page.on('dialog', (dialog) => {
    problems.push(`JS dialog (${dialog.type()}): ${dialog.message()}`);
    void dialog.dismiss();
  });
  return { context, page, origin, problems, expectFailedRequests: (pattern) => expectedFailures.push(pattern) };
}

/**
 * The shared assertion: the app runs under its strict CSP (the meta is there and is the policy of
 * scripts/securityHeaders.ts) and nothing went wrong in any frame. `app` is the page or frame
 * holding the app (the page by default; null when it is gone, e.g. navigated away).
 */
export async function expectStrict(session: StrictSession, app: Pick<Page, 'evaluate'> | null = session.page): Promise<void> {
  if (app !== null) {
    const policy = await app.evaluate(
      () => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? null,
    );
    expect(policy, 'the CSP <meta> of the built index.html').toBe(CONTENT_SECURITY_POLICY);
  }
  // Violation reports are events: let any pending one arrive before judging.
  await session.page.waitForTimeout(50);
  expect(session.problems).toEqual([]);
}

/** The resources the app fetches (hashed names in dist/assets). */
export const DATASET = /\/assets\/dataset-[^/]*\.json$/;
/** An edition's part of a body's data, which each built page preloads (scripts/editionParts.ts). */
export const EDITION_PART = /\/assets\/[a-z]+-\d+\.\d+\.\d+-\d{4}-[0-9a-f]{10}\.json$/;
export const SHAPES = /\/assets\/world\.shapes-[^/]*\.json$/;

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
