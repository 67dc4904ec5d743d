import { describe, expect, it } from 'vitest';
import { bibtexUrl, citationBibtex, citationText, escapeBibtex, type CitationInput } from '../../src/share/citation.ts';
import { correctionHref } from '../../src/share/correctionLink.ts';

const input: CitationInput = {
  title: "Support for Taiwan's participation in INTERPOL",
  site: "Who supports Taiwan's participation in INTERPOL",
  version: '1.0.0',
  updated: '2026-11-29',
  url: 'https://maps.example.org/?edition=2024&types=delegation,legislature&country=PLW',
  accessed: '2026-12-01',
  lang: 'en',
};

describe('citationText', () => {
  it('citationText(en) names the dataset, its version and date, the view URL and the access date', () => {
    expect(citationText(input)).toBe(
      "“Support for Taiwan's participation in INTERPOL”, dataset version 1.0.0 (2026-11-29). In: Who supports Taiwan's participation in INTERPOL. " +
        'https://maps.example.org/?edition=2024&types=delegation,legislature&country=PLW (accessed 2026-12-01).',
    );
  });

  it('citationText(zh-TW) is in Chinese and keeps the URL whole', () => {
    const text = citationText({ ...input, title: '國際支持臺灣參與國際刑警組織', lang: 'zh-TW' });
    expect(text).toContain('〈國際支持臺灣參與國際刑警組織〉');
    expect(text).toContain(input.url);
  });
});

describe('citationBibtex', () => {
  it.each([
    ['50% & more', '50\\% \\& more'],
    ['a_b #1 $2', 'a\\_b \\#1 \\$2'],
    ['{x} \\ ^ ~', '\\{x\\} \\textbackslash{} \\textasciicircum{} \\textasciitilde{}'],
    ['臺灣 "quoted"', '臺灣 "quoted"'],
  ])('escapeBibtex(%j) is %j', (text, expected) => {
    expect(escapeBibtex(text)).toBe(expected);
  });

  it('bibtexUrl keeps & and % (read verbatim) and percent-encodes braces and backslashes', () => {
    expect(bibtexUrl('https://a.example/?a=1&b=%20{x}\\')).toBe('https://a.example/?a=1&b=%20%7Bx%7D%5C');
  });

  it('citationBibtex is a @misc entry with the view URL verbatim and escaped text fields', () => {
    const bib = citationBibtex({ ...input, title: 'Support & 100% {data}' });
    expect(bib).toMatch(/^@misc\{supportmap_1_0_0,\n/);
    expect(bib).toContain('  title        = {{Support \\& 100\\% \\{data\\}}},');
    expect(bib).toContain(`  url          = {${input.url}},`);
    expect(bib).toContain('  year         = {2026},');
    expect(bib).toContain('  urldate      = {2026-12-01},');
    expect(bib.trimEnd().endsWith('}')).toBe(true);
    // Braces balance, or BibTeX reads the rest of the file as this entry.
    const unescaped = bib.replace(/\\[{}]/g, '');
    expect(unescaped.split('{').length).toBe(unescaped.split('}').length);
  });
});

describe('correctionHref', () => {
  const context = { actorId: 'PLW', actorName: 'Palau', edition: 2024, url: 'https://maps.example.org/?country=PLW', lang: 'en' } as const;

  it('correctionHref(undefined) is null: no target, no link', () => {
    expect(correctionHref(undefined, context)).toBeNull();
  });

  it('correctionHref(mailto) prefills subject and body with encodeURIComponent (spaces as %20, not +)', () => {
    const href = correctionHref('mailto:corrections@example.org', context) as string;
    expect(href.startsWith('mailto:corrections@example.org?subject=')).toBe(true);
    const params = new URLSearchParams(href.slice(href.indexOf('?') + 1));
    expect(params.get('subject')).toBe('Correction: Palau (PLW), 2024');
    expect(params.get('body')).toContain('General Assembly: 2024');
    expect(params.get('body')).toContain('View: https://maps.example.org/?country=PLW');
    expect(href).not.toContain('+');
  });

  it('correctionHref(https form) adds actor and edition query parameters', () => {
    expect(correctionHref('https://forms.example.org/fix?lang=en', context)).toBe(
      'https://forms.example.org/fix?lang=en&actor=PLW&edition=2024',
    );
  });

  it('correctionHref(https form) without an open actor sends only the edition', () => {
    expect(correctionHref('https://forms.example.org/fix', { ...context, actorId: null, actorName: null })).toBe(
      'https://forms.example.org/fix?edition=2024',
    );
  });

  it('correctionHref(javascript:) is null', () => {
    expect(correctionHref('javascript:alert(1)', context)).toBeNull();
  });
});
