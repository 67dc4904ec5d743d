import { describe, expect, it } from 'vitest';
import { buildEmbedCode, normalizeHeight, suggestedHeight } from '../../src/share/embedCode.ts';
import { embedUrl, loaderUrl, shareUrl } from '../../src/share/viewUrls.ts';
import { parseUrlState } from '../../src/state/urlCodec.ts';

const PAGE = 'https://maps.example.org/support-map/?edition=2024&types=delegation,legislature&country=PLW&debug=1';
const view = parseUrlState(new URL(PAGE).search).state;
const noFlags = { theme: 'auto', plain: false, static: false, transparent: false } as const;

describe('embedUrl / loaderUrl / shareUrl', () => {
  it('embedUrl(view, page, no flags) keeps the view and adds embed=1, dropping debug', () => {
    expect(embedUrl(view, PAGE, noFlags)).toBe(
      'https://maps.example.org/support-map/?edition=2024&types=delegation,legislature&country=PLW&embed=1',
    );
  });

  it('embedUrl(view, page, every flag) writes theme, plain, static and transparent', () => {
    const url = new URL(embedUrl(view, PAGE, { theme: 'dark', plain: true, static: true, transparent: true }));
    expect(Object.fromEntries(url.searchParams)).toMatchObject({ theme: 'dark', embed: '1', plain: '1', static: '1', transparent: '1' });
  });

  it('embedUrl of a table view embeds the map', () => {
    const table = parseUrlState('?view=table').state;
    expect(embedUrl(table, 'https://a.example/', noFlags)).toBe('https://a.example/?embed=1');
  });

  it('loaderUrl(page in a folder) is embed.js beside the page, absolute', () => {
    expect(loaderUrl(PAGE)).toBe('https://maps.example.org/support-map/embed.js');
    expect(loaderUrl('https://a.example/x/index.html?embed=1#top')).toBe('https://a.example/x/embed.js');
  });

  it('shareUrl(view with embed flags) is the full page without render or debug flags', () => {
    const embedded = parseUrlState('?edition=2024&embed=1&plain=1&static=1&transparent=1&debug=1&theme=dark').state;
    expect(shareUrl(embedded, 'https://a.example/map/?embed=1')).toBe('https://a.example/map/?edition=2024&theme=dark');
  });
});

describe('buildEmbedCode', () => {
  const src = embedUrl(view, PAGE, noFlags);
  const loader = loaderUrl(PAGE);

  it('buildEmbedCode(auto) is an iframe marked data-support-map plus the async loader', () => {
    const code = buildEmbedCode({ src, loader, title: 'Support map', height: 'auto' });
    const [iframe, script] = code.split('\n');
    expect(iframe).toBe(
      '<iframe src="https://maps.example.org/support-map/?edition=2024&amp;types=delegation,legislature&amp;country=PLW&amp;embed=1"' +
        ' title="Support map" name="support-map" data-support-map loading="lazy" style="border:0;width:100%" height="650"></iframe>',
    );
    expect(script).toBe('<script src="https://maps.example.org/support-map/embed.js" async></script>');
  });

  it('buildEmbedCode(fixed 575) has no script and the height as given', () => {
    const code = buildEmbedCode({ src, loader, title: 'Support map', height: 575 });
    expect(code).not.toContain('<script');
    expect(code).not.toContain('data-support-map');
    expect(code).toMatch(/ height="575"><\/iframe>$/);
  });

  it('buildEmbedCode escapes quotes, angle brackets and ampersands in every attribute', () => {
    const code = buildEmbedCode({
      src: 'https://a.example/?x="><script>alert(1)</script>&y=1',
      loader: 'https://a.example/embed.js?"a"',
      title: 'Map "A" & <B> 臺灣',
      height: 'auto',
      name: 'm"1',
    });
    expect(code).toContain('src="https://a.example/?x=&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&amp;y=1"');
    expect(code).toContain('title="Map &quot;A&quot; &amp; &lt;B&gt; 臺灣"');
    expect(code).toContain('name="m&quot;1"');
    expect(code).toContain('<script src="https://a.example/embed.js?&quot;a&quot;" async></script>');
    expect(code.match(/<script/g)).toHaveLength(1);
  });

  it.each([
    [Number.NaN, 650],
    [20, 100],
    [99999, 10000],
    [612.4, 612],
  ])('normalizeHeight(%s) is %s', (input, expected) => {
    expect(normalizeHeight(input)).toBe(expected);
  });

  it.each([
    [1000, false, false, 850],
    [720, false, false, 850],
    [600, false, false, 900],
    [360, false, false, 1050],
    [800, false, true, 650],
    [600, false, true, 600],
    [800, true, true, 475],
    [320, true, true, 400],
  ])('suggestedHeight(column %s px, plain %s, static %s) is %s px', (width, plain, isStatic, expected) => {
    expect(suggestedHeight(width, { plain, static: isStatic })).toBe(expected);
  });

  it('buildEmbedCode(auto, initialHeight 475) sizes the frame until the loader resizes it', () => {
    expect(buildEmbedCode({ src, loader, title: 'm', height: 'auto', initialHeight: 475 })).toContain(' height="475"></iframe>');
  });
});
