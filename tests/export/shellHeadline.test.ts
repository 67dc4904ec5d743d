/**
 * The edition's headline the build writes into each view's page, and the <head> script that hides
 * it when the address asks for another view (scripts/shellHeadline.ts). The script runs here in
 * jsdom, as a browser runs it, and must never leave shown a headline the app would not draw.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHELL_HEADLINE_SCRIPT, SHELL_HEADLINE_SCRIPT_HASH, shellHeadlineHtml } from '../../scripts/shellHeadline.ts';
import { CONTENT_SECURITY_POLICY } from '../../scripts/securityHeaders.ts';
import { renderViewPage } from '../../scripts/viewPages.ts';
import { createDatasetIndex } from '../../src/filters/datasetIndex.ts';
import { computeEditionSupport } from '../../src/filters/filterEdition.ts';
import { resolveLang } from '../../src/i18n/names.ts';
import { translator } from '../../src/i18n/translate.ts';
import { coreWords } from '../../src/i18n/words/core.ts';
import { editionHeadline } from '../../src/present/headline.ts';
import { readShellHeadline, shellHeadlineFits } from '../../src/state/shellHeadline.ts';
import { parseUrlState } from '../../src/state/urlCodec.ts';
import { withViewPageState } from '../../src/state/viewPages.ts';
import { loadDataset } from '../support/renderWithStore.tsx';

const index = createDatasetIndex(loadDataset());
const shell = readFileSync(resolve(import.meta.dirname, '../../index.html'), 'utf8');
const version = index.dataset.version;

/**
 * A page as the build writes it, opened at `path + search` by a browser asking for `languages`:
 * the <head>'s script runs as a browser runs it, with the page as its document.
 */
function openPage(page: { path: string; year: number; editionPage: boolean }, search: string, languages: readonly string[]) {
  const html = renderViewPage(shell, { index, page: { ...page, lang: 'en' } });
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const script = doc.getElementById('shell-headline-view');
  const asDocument = { currentScript: script, documentElement: doc.documentElement };
  new Function('document', 'location', 'navigator', SHELL_HEADLINE_SCRIPT)(asDocument, { search }, { languages });
  return doc;
}

const root = { path: '', year: 2024, editionPage: false };
const edition2020 = { path: 'interpol/2020/', year: 2020, editionPage: true };

describe('the page headline (scripts/shellHeadline.ts)', () => {
  it("shellHeadlineHtml(2024) holds the app's headline for 2024, word for word, escaped", () => {
    const support = computeEditionSupport(index, 2024);
    const expected = editionHeadline(
      index.editionsByYear.get(2024)!,
      { counts: support.named, actors: support.actors.values(), nameOf: (id) => index.actorsById.get(id)?.name.en ?? id },
      'en',
      translator(coreWords, 'en'),
    );
    const html = shellHeadlineHtml({ index, year: 2024, lang: 'en' });
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.querySelector('.headline__kicker')?.textContent).toBe(expected.kicker);
    expect(doc.querySelector('.headline__title')?.textContent).toBe(expected.title);
    expect(doc.querySelector('.headline__dek')?.textContent).toBe(expected.dek.text);
    expect(doc.querySelector('.headline__note')?.textContent ?? null).toBe(expected.throughOnly);
    expect(shellHeadlineHtml({ index, year: 1999, lang: 'en' })).toBe('');
  });

  it('the CSP allows the script by the hash of its exact text, and no other inline script', () => {
    const hash = `'sha256-${createHash('sha256').update(SHELL_HEADLINE_SCRIPT).digest('base64')}'`;
    expect(SHELL_HEADLINE_SCRIPT_HASH).toBe(hash);
    expect(CONTENT_SECURITY_POLICY).toContain(`script-src 'self' ${hash};`);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline/);
    const html = renderViewPage(shell, { index, page: { ...root, lang: 'en' } });
    // Scripts the browser runs: not those it loads by src=, not the JSON-LD data block.
    const inline = [...html.matchAll(/<script(?![^>]*\b(?:src=|type="application\/ld\+json"))[^>]*>([\s\S]*?)<\/script>/g)].map(
      (match) => match[1],
    );
    expect(inline).toEqual([SHELL_HEADLINE_SCRIPT]);
    // In the <head>, before any stylesheet, which would hold it up.
    expect(html.indexOf('id="shell-headline-view"')).toBeLessThan(html.indexOf('rel="stylesheet"'));
  });

  it.each<[string, typeof root, string, readonly string[], boolean]>([
    ['the root page, nothing asked', root, '', ['en-GB'], true],
    ['the root page, its own latest edition by name', root, '?edition=2024', ['en'], true],
    ['the root page, another edition', root, '?edition=2020', ['en'], false],
    ['filters, a panel and a theme', root, '?types=media,executive&match=all&country=PLW&theme=dark', ['en'], true],
    ['the table', root, '?view=table', ['en'], true],
    ['the years table', root, '?view=years', ['en'], false],
    ['a comparison', edition2020, '?compare=2024', ['en'], false],
    ['an embed', edition2020, '?embed=1', ['en'], false],
    ['the data version it was built from', root, `?version=${version}`, ['en'], true],
    ['an earlier data version', root, '?version=0.0.1', ['en'], false],
    ['another body', root, '?campaign=wha', ['en'], false],
    ['its own body by name', edition2020, '?campaign=interpol&edition=2020&lang=en', ['en'], true],
    ['Chinese by the address', root, '?lang=zh-TW', ['en'], false],
    ['a browser asking for Chinese first', root, '', ['zh-TW', 'en'], false],
    ['a browser asking for French, then Chinese', edition2020, '', ['fr-FR', 'zh-CN'], false],
    ['a browser asking for French, then English', edition2020, '', ['fr-FR', 'en'], true],
    ['a browser asking only for German (English by default)', root, '', ['de'], true],
    ['a parameter it does not know', root, '?constructor=1', ['en'], false],
    ['an inherited property name as a parameter', root, '?hasOwnProperty=x&toString=y', ['en'], false],
    ['an edition given twice', edition2020, '?edition=2020&edition=2019', ['en'], false],
  ])('%s: shown %s', (_what, page, search, languages, shown) => {
    const doc = openPage(page, search, languages);
    expect(doc.documentElement.getAttribute('data-shell-headline') !== 'off').toBe(shown);
    const read = readShellHeadline(doc);
    expect(read !== null).toBe(shown);
    // Shown only where the app draws the same headline: React keeps it until then, never takes it back.
    const state = withViewPageState(parseUrlState(search).state, `/${page.path}`, search);
    const lang = resolveLang(state.lang, languages);
    if (read) expect(shellHeadlineFits(read.view, state, lang)).toBe(true);
    expect(read?.view ?? null).toEqual(
      shown ? { campaign: 'interpol', year: page.year, rootPage: !page.editionPage, lang: 'en', version } : null,
    );
  });
});
