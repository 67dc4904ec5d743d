import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildTimePages, insertIntoMain, MISSING_SITE_URL } from '../../scripts/buildTimePages.ts';
import { oembedJson, renderViewPage, viewPagesOf } from '../../scripts/viewPages.ts';
import { SUPPORT_TYPE_IDS } from '../../src/data/schema.ts';
import { createDatasetIndex } from '../../src/filters/datasetIndex.ts';
import { loadLanguage } from '../../src/i18n/translate.ts';
import { filterEdition } from '../../src/filters/filterEdition.ts';
import { noscriptSupportersHtml } from '../../src/export/noscriptSupporters.ts';
import { socialMetaTags } from '../../src/export/socialMeta.ts';
import { loadDataset, REAL_DATASET, realDatasetProblem } from '../support/renderWithStore.tsx';

const minimal = createDatasetIndex(loadDataset());

describe('noscriptSupportersHtml', () => {
  it('noscriptSupportersHtml(minimal, 2024) lists each supporter with its types and https source links', () => {
    const html = noscriptSupportersHtml(minimal, 2024);
    for (const name of ['Belize', 'United States', 'G7']) expect(html).toContain(`<strong>${name}</strong>`);
    expect(html).toMatch(/<a href="https:\/\/[^"]+">[^<]+: [^<]+<\/a>/);
    expect(html).toContain('<span lang="zh-TW">(美國)</span>');
  });

  it('noscriptSupportersHtml escapes <, & and quotes in names, titles and URLs', () => {
    const index = createDatasetIndex(
      loadDataset(undefined, (dataset) => {
        const usa = dataset.actors.find((a) => a.id === 'USA');
        if (usa) usa.name.en = 'United <States> & "Co"';
        const source = dataset.sources[0];
        if (source) {
          source.title = '<script>alert(1)</script>';
          source.url = 'https://a.example/?a=1&b="2"';
        }
      }),
    );
    const html = noscriptSupportersHtml(index, 2024);
    expect(html).toContain('<strong>United &lt;States&gt; &amp; &quot;Co&quot;</strong>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script');
    expect(html).toContain('href="https://a.example/?a=1&amp;b=&quot;2&quot;"');
  });

  it.skipIf(realDatasetProblem() !== null).each([2024, 2025])(
    'noscriptSupportersHtml(real dataset, %s) names every supporter of the edition',
    (year) => {
      const index = createDatasetIndex(loadDataset(REAL_DATASET));
      const html = noscriptSupportersHtml(index, year);
      const supporters = filterEdition(index, year, SUPPORT_TYPE_IDS, 'any').matching;
      expect(supporters.length).toBeGreaterThan(0);
      for (const support of supporters) {
        const name = index.actorsById.get(support.id)?.name.en ?? support.id;
        expect(html).toContain(`<strong>${name.replace(/&/g, '&amp;')}</strong>`);
      }
      expect(html.match(/<li><strong>/g)).toHaveLength(supporters.length);
    },
  );
});

describe('socialMetaTags', () => {
  const content = (tags: ReturnType<typeof socialMetaTags>, key: string) =>
    tags.find((tag) => tag.attrs.property === key || tag.attrs.name === key)?.attrs.content;

  it('socialMetaTags without a site URL: relative og:image, no og:url, a large-image card', () => {
    const tags = socialMetaTags({ index: minimal, year: 2024 });
    expect(content(tags, 'og:image')).toBe('./og-image.png');
    expect(content(tags, 'og:url')).toBeUndefined();
    expect(content(tags, 'twitter:card')).toBe('summary_large_image');
    expect(content(tags, 'og:image:width')).toBe('1200');
    expect(content(tags, 'og:image:height')).toBe('630');
    expect(content(tags, 'og:image:alt')).toMatch(/Taiwan is hatched/);
  });

  it('socialMetaTags(siteUrl without a trailing slash) makes og:image and og:url absolute', () => {
    const tags = socialMetaTags({ index: minimal, year: 2024, siteUrl: 'https://maps.example.org/support' });
    expect(content(tags, 'og:image')).toBe('https://maps.example.org/support/og-image.png');
    expect(content(tags, 'og:url')).toBe('https://maps.example.org/support/');
  });

  it("socialMetaTags' description names the edition, the ministry's claim and the count named in sources", () => {
    const description = content(socialMetaTags({ index: minimal, year: 2024 }), 'og:description') ?? '';
    const claim = minimal.editionsByYear.get(2024)?.claim;
    expect(description).toMatch(/^\d+\w\w INTERPOL General Assembly \(.+, 2024\)\. /);
    if (claim?.countries) expect(description).toContain(`counted over ${claim.countries.value} countries`);
    else expect(description).toContain(claim?.text.en ?? '');
    expect(description).toMatch(/Sources name \d+ countr/);
  });
});

describe('insertIntoMain', () => {
  const shell = readFileSync(resolve(import.meta.dirname, '../../index.html'), 'utf8');

  it('puts the <noscript> list inside the shell’s <main>, after the site’s title', () => {
    const html = insertIntoMain(shell, '<noscript><p>list</p></noscript>');
    const main = html.indexOf('<main class="app__main">');
    expect(html.indexOf('<noscript><p>list</p></noscript>')).toBeGreaterThan(main);
    expect(html.indexOf('<h1')).toBeLessThan(main);
  });

  it('keeps $ sequences in the content as they are (no replacement patterns)', () => {
    expect(insertIntoMain(shell, '<p>$& $1 $$</p>')).toContain('<p>$& $1 $$</p>');
  });

  it('throws when the shell has no <main> to hold the list', () => {
    expect(() => insertIntoMain('<body></body>', 'x')).toThrow(/app__main/);
  });
});

const siteUrl = 'https://maps.example.org/support/';

describe('the pages of each view (scripts/viewPages.ts)', () => {
  const shell = readFileSync(resolve(import.meta.dirname, '../../index.html'), 'utf8');
  const attribute = (html: string, selector: RegExp) => selector.exec(html)?.[1];

  it('viewPagesOf: in each language, the root page shows the latest edition, and every edition has a page of its own', () => {
    const pages = viewPagesOf(minimal, 2024);
    const years = minimal.dataset.editions.map((edition) => edition.year);
    expect(pages.map((page) => page.path)).toEqual([
      '',
      ...years.map((year) => `interpol/${year}/`),
      'zh-TW/',
      ...years.map((year) => `zh-TW/interpol/${year}/`),
    ]);
    expect(pages[0]).toEqual({ path: '', year: 2024, editionPage: false, lang: 'en' });
    expect(pages.find((page) => page.path === 'zh-TW/')).toEqual({ path: 'zh-TW/', year: 2024, editionPage: false, lang: 'zh-TW' });
  });

  it('renderViewPage(Chinese edition page): the page, its shell and its card in Chinese, linked to its English twin', async () => {
    await loadLanguage('zh-TW');
    const html = renderViewPage(shell, {
      index: minimal,
      page: { path: 'zh-TW/interpol/2024/', year: 2024, editionPage: true, lang: 'zh-TW' },
      siteUrl,
    });
    expect(html).toContain('<html lang="zh-TW">');
    expect(html).toMatch(/<head>\s*<base href="\.\.\/\.\.\/\.\.\/" \/>/);
    expect(attribute(html, /<title>([^<]*)<\/title>/)).toMatch(/^誰支持臺灣參與國際刑警組織：.*2024/);
    expect(attribute(html, /<h1 class="app__title">([^<]*)<\/h1>/)).toBe('誰支持臺灣參與國際刑警組織');
    expect(attribute(html, /<meta property="og:locale" content="([^"]*)">/)).toBe('zh_TW');
    expect(attribute(html, /<meta property="og:image" content="([^"]*)">/)).toBe(`${siteUrl}zh-TW/interpol/2024/og-image.png`);
    expect(attribute(html, /<link rel="alternate" hreflang="en" href="([^"]*)">/)).toBe(`${siteUrl}interpol/2024/`);
    expect(html).toContain(`<noscript>${noscriptSupportersHtml(minimal, 2024, 'zh-TW')}</noscript>`);
    const json = JSON.parse(
      oembedJson({
        index: minimal,
        page: { path: 'zh-TW/interpol/2024/', year: 2024, editionPage: true, lang: 'zh-TW' },
        siteUrl,
        version: '1.0.0',
      }),
    ) as { html: string };
    expect(new URL(attribute(json.html, /<iframe src="([^"]*)"/)!.replaceAll('&amp;', '&')).searchParams.get('lang')).toBe('zh-TW');
  });

  it("renderViewPage(edition page): a <base> at the root first in <head>, the edition's title, card, canonical and oEmbed link, its list", () => {
    const html = renderViewPage(shell, {
      index: minimal,
      page: { path: 'interpol/2024/', year: 2024, editionPage: true, lang: 'en' as const },
      siteUrl,
    });
    expect(html).toMatch(/<head>\s*<base href="\.\.\/\.\.\/" \/>/);
    expect(attribute(html, /<title>([^<]*)<\/title>/)).toMatch(/^Who supports Taiwan's participation in INTERPOL: .*2024\)$/);
    expect(html.match(/<title>/g)).toHaveLength(1);
    expect(attribute(html, /<meta property="og:image" content="([^"]*)">/)).toBe(`${siteUrl}interpol/2024/og-image.png`);
    expect(attribute(html, /<meta property="og:url" content="([^"]*)">/)).toBe(`${siteUrl}interpol/2024/`);
    expect(attribute(html, /<link rel="canonical" href="([^"]*)">/)).toBe(`${siteUrl}interpol/2024/`);
    expect(attribute(html, /<link rel="alternate" type="application\/json\+oembed" href="([^"]*)"/)).toBe(
      `${siteUrl}interpol/2024/oembed.json`,
    );
    expect(html.match(/<meta name="description"/g)).toHaveLength(1);
    expect(html).toContain(`<noscript>${noscriptSupportersHtml(minimal, 2024)}</noscript>`);
  });

  it("renderViewPage(root page): the site's own title, a <base> of ./, the root's card", () => {
    const html = renderViewPage(shell, {
      index: minimal,
      page: { path: '', year: 2024, editionPage: false, lang: 'en' as const },
      siteUrl,
    });
    expect(html).toMatch(/<head>\s*<base href="\.\/" \/>/);
    expect(attribute(html, /<title>([^<]*)<\/title>/)).toBe("Who supports Taiwan's participation in INTERPOL");
    expect(attribute(html, /<meta property="og:image" content="([^"]*)">/)).toBe(`${siteUrl}og-image.png`);
  });

  it('renderViewPage escapes what the data says, and throws on a page without a title', () => {
    const index = createDatasetIndex(
      loadDataset(undefined, (dataset) => {
        const edition = dataset.editions.find((candidate) => candidate.year === 2024);
        if (edition?.city) edition.city.en = '<Glasgow> & "$&"';
      }),
    );
    const html = renderViewPage(shell, {
      index,
      page: { path: 'interpol/2024/', year: 2024, editionPage: true, lang: 'en' as const },
      siteUrl,
    });
    expect(attribute(html, /<title>([^<]*)<\/title>/)).toContain('&lt;Glasgow&gt; &amp; &quot;$&amp;&quot;');
    expect(html).not.toContain('<Glasgow>');
    expect(() =>
      renderViewPage('<html><head></head><body><main class="app__main"></main></body></html>', {
        index,
        page: { path: '', year: 2024, editionPage: false, lang: 'en' as const },
      }),
    ).toThrow(/<title>/);
  });

  it('oembedJson: a rich oEmbed whose iframe, with a title and a height, is pinned to the edition and the version', () => {
    const json = JSON.parse(
      oembedJson({
        index: minimal,
        page: { path: 'interpol/2024/', year: 2024, editionPage: true, lang: 'en' as const },
        siteUrl,
        version: '9.9.9',
      }),
    ) as Record<string, unknown>;
    expect(json).toMatchObject({
      version: '1.0',
      type: 'rich',
      provider_url: siteUrl,
      thumbnail_url: `${siteUrl}interpol/2024/og-image.png`,
    });
    expect(json.width).toBeTypeOf('number');
    expect(json.height).toBeTypeOf('number');
    const html = String(json.html);
    expect(html).not.toContain('<script');
    const src = new URL(attribute(html, /<iframe src="([^"]*)"/)!.replaceAll('&amp;', '&'));
    expect(src.href.startsWith(`${siteUrl}interpol/2024/?`)).toBe(true);
    expect(Object.fromEntries(src.searchParams)).toEqual({ edition: '2024', version: '9.9.9', embed: '1' });
    expect(attribute(html, /\btitle="([^"]*)"/)).toBe(json.title);
    expect(attribute(html, /\bheight="(\d+)"/)).toBe(String(json.height));
  });
});

describe('SITE_URL', () => {
  const configResolved = (plugin: ReturnType<typeof buildTimePages>, config: { command: string; mode: string }) =>
    (plugin.configResolved as (config: unknown) => void)({ ...config, envDir: resolve(import.meta.dirname, 'no-env-here') });

  it('a production build without SITE_URL fails with the fix in its message; tests, the dev server and a set SITE_URL pass', () => {
    const saved = process.env.SITE_URL;
    delete process.env.SITE_URL;
    try {
      expect(() => configResolved(buildTimePages(), { command: 'build', mode: 'production' })).toThrow(MISSING_SITE_URL);
      expect(() => configResolved(buildTimePages(), { command: 'serve', mode: 'development' })).not.toThrow();
      expect(() => configResolved(buildTimePages({ siteUrl }), { command: 'build', mode: 'production' })).not.toThrow();
      expect(() => configResolved(buildTimePages({ siteUrl: 'javascript:alert(1)' }), { command: 'build', mode: 'production' })).toThrow(
        /http/,
      );
    } finally {
      if (saved !== undefined) process.env.SITE_URL = saved;
    }
  });
});
