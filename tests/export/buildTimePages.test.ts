import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { insertIntoMain } from '../../scripts/buildTimePages.ts';
import { SUPPORT_TYPE_IDS } from '../../src/data/schema.ts';
import { createDatasetIndex } from '../../src/filters/datasetIndex.ts';
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
