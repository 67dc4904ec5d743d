/**
 * The edition pages' addresses (src/state/viewPages.ts): which path names an edition, which page a
 * view lives on, what the page's <meta> and <base> declare, and the address bar following the
 * edition shown (startUrlSync with the site's pages).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/state/store.ts';
import { parseUrlState } from '../../src/state/urlCodec.ts';
import { DEFAULT_URL_STATE } from '../../src/state/urlParams.ts';
import { startUrlSync, type Defer } from '../../src/state/urlSync.ts';
import {
  editionOfViewPath,
  readSitePages,
  viewPageAddress,
  viewOfPath,
  viewPagePath,
  withViewPageState,
  type SitePages,
} from '../../src/state/viewPages.ts';
import { shareUrl } from '../../src/share/viewUrls.ts';
import { fullMapUrl } from '../../src/embed/fullMapUrl.ts';

const pages: SitePages = {
  siteRoot: 'https://maps.example.org/support/',
  editions: new Set([2018, 2019, 2024]),
  langs: new Set(['zh-TW']),
};
const view = (edition: number | null, lang: 'en' | 'zh-TW' | null = null) => ({ edition, lang });

describe('editionOfViewPath', () => {
  it.each([
    ['/interpol/2019/', 2019],
    ['/interpol/2019/index.html', 2019],
    ['/support/interpol/2024/', 2024],
    ['//support/interpol/2024/', 2024],
    ['interpol/2018/', 2018],
  ])('editionOfViewPath(%j) is %j', (path, year) => {
    expect(editionOfViewPath(path)).toBe(year);
  });

  it.each([
    '/',
    '/index.html',
    '/interpol/2019',
    '/interpol/20190/',
    '/interpol/19/',
    '/interpol/2019/x/',
    '/xinterpol/2019/',
    '/interpol/2019/other.html',
    '/who/2019/',
  ])('editionOfViewPath(%j) is null', (path) => {
    expect(editionOfViewPath(path)).toBeNull();
  });

  it('viewPagePath(year, lang) is a path that viewOfPath reads back', () => {
    for (const year of [2016, 2020, 2025, null])
      for (const lang of ['zh-TW', null] as const) {
        const path = viewPagePath(year, lang);
        expect(viewOfPath(`/support/${path}`)).toEqual({ campaign: null, edition: year, lang });
      }
    expect(viewPagePath(2019, 'en')).toBe('interpol/2019/');
    expect(viewPagePath(null, 'zh-TW')).toBe('zh-TW/');
    expect(viewOfPath('/zh-TW/interpol/2019/index.html')).toEqual({ campaign: null, edition: 2019, lang: 'zh-TW' });
    expect(viewOfPath('/fr/interpol/2019/')).toEqual({ campaign: null, edition: 2019, lang: null });
    // Another body's pages: its root and its years, in each language; INTERPOL has no bare folder.
    for (const [year, lang] of [
      [null, null],
      [2020, null],
      [2024, 'zh-TW'],
    ] as const)
      expect(viewOfPath(`/s/${viewPagePath(year, lang, 'wha')}`)).toEqual({ campaign: 'wha', edition: year, lang });
    expect(viewPagePath(null, 'zh-TW', 'unga')).toBe('zh-TW/unga/');
    expect(viewOfPath('/interpol/')).toEqual({ campaign: null, edition: null, lang: null });
    expect(viewOfPath('/zh-TW/interpol/2019')).toBeNull();
  });
});

describe('viewPageAddress', () => {
  it('a view of an edition with a page lives on that page, from the root or from another edition page', () => {
    expect(viewPageAddress('https://maps.example.org/support/?edition=2019', view(2019), pages)).toBe(
      'https://maps.example.org/support/interpol/2019/',
    );
    expect(viewPageAddress('https://maps.example.org/support/interpol/2018/?x=1#a', view(2024), pages)).toBe(
      'https://maps.example.org/support/interpol/2024/',
    );
  });

  it('the latest edition (null) and an edition without a page live on the root; the root page keeps its own path', () => {
    expect(viewPageAddress('https://maps.example.org/support/interpol/2019/', view(null), pages)).toBe('https://maps.example.org/support/');
    expect(viewPageAddress('https://maps.example.org/support/interpol/2019/', view(2017), pages)).toBe('https://maps.example.org/support/');
    expect(viewPageAddress('https://maps.example.org/support/index.html?edition=2017', view(2017), pages)).toBe(
      'https://maps.example.org/support/index.html',
    );
  });

  it('a view in Chinese lives on the Chinese page of its edition, or the Chinese root; English and the browser language on the plain pages', () => {
    expect(viewPageAddress('https://maps.example.org/support/', view(2019, 'zh-TW'), pages)).toBe(
      'https://maps.example.org/support/zh-TW/interpol/2019/',
    );
    expect(viewPageAddress('https://maps.example.org/support/interpol/2019/', view(null, 'zh-TW'), pages)).toBe(
      'https://maps.example.org/support/zh-TW/',
    );
    expect(viewPageAddress('https://maps.example.org/support/zh-TW/', view(null, 'en'), pages)).toBe('https://maps.example.org/support/');
    expect(viewPageAddress('https://maps.example.org/support/zh-TW/interpol/2019/', view(2019), pages)).toBe(
      'https://maps.example.org/support/interpol/2019/',
    );
    expect(viewPageAddress('https://maps.example.org/support/', view(2019, 'zh-TW'), { ...pages, langs: new Set() })).toBe(
      'https://maps.example.org/support/interpol/2019/',
    );
  });

  it("another body's view lives on its own pages when the build wrote them: its year's, else its root", () => {
    const withBodies: SitePages = { ...pages, campaigns: new Map([['wha', new Set([2019, 2020])]]) };
    expect(
      viewPageAddress('https://maps.example.org/support/interpol/2019/', { edition: 2019, lang: null, campaign: 'wha' }, withBodies),
    ).toBe('https://maps.example.org/support/wha/2019/');
    expect(viewPageAddress('https://maps.example.org/support/', { edition: 2016, lang: 'zh-TW', campaign: 'wha' }, withBodies)).toBe(
      'https://maps.example.org/support/zh-TW/wha/',
    );
    expect(
      viewPageAddress('https://maps.example.org/support/wha/2019/', { edition: 2019, lang: null, campaign: 'interpol' }, withBodies),
    ).toBe('https://maps.example.org/support/interpol/2019/');
    expect(withViewPageState(parseUrlState('?edition=2020').state, '/wha/2019/', '?edition=2020')).toMatchObject({
      campaign: 'wha',
      edition: 2020,
    });
    expect(withViewPageState(parseUrlState('?campaign=interpol').state, '/wha/2019/', '?campaign=interpol')).toMatchObject({
      campaign: 'interpol',
      edition: 2019,
    });
  });

  it("without pages of its own, another body's view lives on the root of its language", () => {
    expect(viewPageAddress('https://maps.example.org/support/interpol/2019/', { edition: 2019, lang: null, campaign: 'wha' }, pages)).toBe(
      'https://maps.example.org/support/',
    );
    expect(viewPageAddress('https://maps.example.org/support/', { edition: 2019, lang: 'zh-TW', campaign: 'unga' }, pages)).toBe(
      'https://maps.example.org/support/zh-TW/',
    );
  });

  it('without the site pages (an old build, the tests) every address is the page its own', () => {
    expect(viewPageAddress('https://maps.example.org/support/index.html?edition=2019', view(2019), null)).toBe(
      'https://maps.example.org/support/index.html',
    );
  });

  it('the links handed out follow the edition: Share and the full map link from an embed', () => {
    const url = { ...DEFAULT_URL_STATE, edition: 2019, types: ['executive' as const] };
    expect(shareUrl(url, 'https://maps.example.org/support/', pages)).toBe(
      'https://maps.example.org/support/interpol/2019/?edition=2019&types=executive',
    );
    expect(fullMapUrl({ ...url, embed: true }, 'https://maps.example.org/support/interpol/2019/?embed=1', pages)).toBe(
      'https://maps.example.org/support/interpol/2019/?edition=2019&types=executive',
    );
  });
});

describe('withViewPageState', () => {
  it("a view's page shows its edition and language when the query names none, and the query wins when it names them", () => {
    const none = parseUrlState('?types=executive').state;
    expect(withViewPageState(none, '/interpol/2019/').edition).toBe(2019);
    expect(withViewPageState(none, '/').edition).toBeNull();
    expect(withViewPageState(none, '/zh-TW/interpol/2019/')).toMatchObject({ edition: 2019, lang: 'zh-TW' });
    expect(withViewPageState(parseUrlState('?edition=2018&lang=en').state, '/zh-TW/interpol/2019/')).toMatchObject({
      edition: 2018,
      lang: 'en',
    });
  });
});

describe('readSitePages', () => {
  const documentWith = (head: string, url: string) => {
    const doc = document.implementation.createHTMLDocument('');
    // jsdom resolves a relative <base> against the document's URL, which a created document takes from here.
    Object.defineProperty(doc, 'URL', { value: url });
    doc.head.innerHTML = head;
    return doc;
  };

  it('reads the edition years from the <meta> and the site root from the <base>', () => {
    const doc = documentWith(
      '<base href="https://maps.example.org/support/"><meta name="support-map-view-pages" content="2016 2017  2019 x 20190 zh-TW fr">',
      'https://maps.example.org/support/interpol/2019/',
    );
    const read = readSitePages(doc);
    expect(read?.siteRoot).toBe('https://maps.example.org/support/');
    expect([...(read?.editions ?? [])]).toEqual([2016, 2017, 2019]);
    expect([...(read?.langs ?? [])]).toEqual(['zh-TW']);
  });

  it('is null without the <meta>', () => {
    expect(readSitePages(documentWith('<base href="https://maps.example.org/">', 'https://maps.example.org/'))).toBeNull();
  });
});

describe('startUrlSync with the site pages', () => {
  const stops: (() => void)[] = [];
  afterEach(() => {
    for (const stop of stops.splice(0)) stop();
  });
  // Writes wait for the next "paint": paint() runs them.
  let queue: (() => void)[] = [];
  const later: Defer = (task) => {
    queue.push(task);
    return () => {
      queue = queue.filter((queued) => queued !== task);
    };
  };
  const paint = () => {
    const due = queue;
    queue = [];
    for (const task of due) task();
  };
  const origin = window.location.origin;
  const sitePages: SitePages = { siteRoot: `${origin}/`, editions: new Set([2018, 2019]), langs: new Set(['zh-TW']) };
  const start = (url: string) => {
    window.history.replaceState(null, '', url);
    const store = createAppStore(withViewPageState(parseUrlState(window.location.search).state, window.location.pathname));
    stops.push(startUrlSync(store, window, later, sitePages));
    return store;
  };

  it('an old link to the root naming an edition moves to that edition page, keeping its query', () => {
    start('/?edition=2019&types=executive');
    expect(window.location.pathname).toBe('/interpol/2019/');
    expect(window.location.search).toBe('?edition=2019&types=executive');
  });

  it('an edition page without edition= shows its edition and writes it; a change of edition moves the page', () => {
    const store = start('/interpol/2018/?types=media');
    expect(store.getState().url.edition).toBe(2018);
    expect(window.location.pathname + window.location.search).toBe('/interpol/2018/?edition=2018&types=media');
    store.getState().setEdition(2019);
    paint();
    expect(window.location.pathname + window.location.search).toBe('/interpol/2019/?edition=2019&types=media');
    // An edition without a page of its own lives on the root.
    store.getState().setEdition(2016);
    paint();
    expect(window.location.pathname + window.location.search).toBe('/?edition=2016&types=media');
  });

  it('choosing Chinese moves to the Chinese page of the edition; English back to the plain one', () => {
    const store = start('/interpol/2019/?edition=2019');
    store.getState().setLang('zh-TW');
    paint();
    expect(window.location.pathname + window.location.search).toBe('/zh-TW/interpol/2019/?edition=2019&lang=zh-TW');
    store.getState().setLang('en');
    paint();
    expect(window.location.pathname + window.location.search).toBe('/interpol/2019/?edition=2019&lang=en');
  });

  it('a path that begins with two slashes stays on this host', () => {
    window.history.replaceState(null, '', `${origin}//support-map/?edition=2024`);
    const store = createAppStore(parseUrlState(window.location.search).state);
    stops.push(startUrlSync(store, window, later, { siteRoot: `${origin}//support-map/`, editions: new Set([2019]), langs: new Set() }));
    store.getState().setEdition(2019);
    paint();
    expect(window.location.href).toBe(`${origin}//support-map/interpol/2019/?edition=2019`);
  });
});
