/**
 * The pages a view lives on. Beside the site's own page, the build writes one page per edition,
 * `interpol/<year>/`, and the same pages in each other language, `zh-TW/` and
 * `zh-TW/interpol/<year>/`: the same app with that view's title, description, social card and
 * oEmbed file in that language, so that a link to a view of 2019 in Chinese previews as 2019, in
 * Chinese (scrapers read no query and run no script). The query still holds the whole view: a link
 * keeps its meaning on the root page, on a host without these pages, and in every link handed out
 * before them.
 *
 * The page says which pages the build wrote (a <meta>; scripts/viewPages.ts) and where the site's
 * root is (its <base>); without that <meta> (the tests' jsdom, an old build) every address stays the
 * page's own.
 */
import { LANGS, type CampaignId, type Lang } from '../data/vocabulary.ts';
import type { UrlState } from './urlParams.ts';

/** The folder of the edition pages: the campaign's slug, so that other campaigns get folders of their own. */
export const VIEW_PAGES_FOLDER = 'interpol';

/** The <meta name> that lists the pages the build wrote, e.g. content="2016 2017 zh-TW". */
export const VIEW_PAGES_META = 'support-map-view-pages';

/** The page's language when the address names none: its own pages have no language folder. */
const DEFAULT_LANG: Lang = 'en';

export interface SitePages {
  /** Absolute URL of the site's root folder, with a trailing slash. */
  siteRoot: string;
  /** The years that have a page of their own. */
  editions: ReadonlySet<number>;
  /** The languages other than English that have pages of their own (a folder each). */
  langs: ReadonlySet<Lang>;
}

/** A page's place below the site's root: '' (the root), `interpol/2019/`, `zh-TW/`, `zh-TW/interpol/2019/`. */
export function viewPagePath(year: number | null, lang: Lang | null = null): string {
  const langFolder = lang !== null && lang !== DEFAULT_LANG ? `${lang}/` : '';
  return `${langFolder}${year === null ? '' : `${VIEW_PAGES_FOLDER}/${year}/`}`;
}

const LANG_FOLDERS = LANGS.filter((lang) => lang !== DEFAULT_LANG)
  .map((lang) => lang.replace(/[-]/g, '\\-'))
  .join('|');
const VIEW_PAGE_PATH = new RegExp(`(?:^|/)(?:(${LANG_FOLDERS})/)?(?:${VIEW_PAGES_FOLDER}/(\\d{4})/)?(?:index\\.html)?$`);

/**
 * What a view page's path says: its edition and its language (null when the path names none), or
 * null when the path is no page of a view (it does not end in a folder or index.html).
 */
export function viewOfPath(pathname: string): { edition: number | null; lang: Lang | null } | null {
  const match = VIEW_PAGE_PATH.exec(pathname);
  if (!match) return null;
  return { edition: match[2] ? Number(match[2]) : null, lang: (match[1] as Lang | undefined) ?? null };
}

/** The edition an address's path names (`…/interpol/2019/`), or null for any other path. */
export function editionOfViewPath(pathname: string): number | null {
  return viewOfPath(pathname)?.edition ?? null;
}

/** Whether the path is a page other than the root: an edition's or a language's. */
function isViewPage(pathname: string): boolean {
  const view = viewOfPath(pathname);
  return view !== null && (view.edition !== null || view.lang !== null);
}

/**
 * The address (origin and path, no query) of the page for a view: the page of its edition and its
 * language when the build wrote them, else the site's root when the page is another view's page,
 * else the page's own address (a root page keeps its path, `index.html` included).
 */
export function viewPageAddress(
  pageUrl: string,
  view: Pick<UrlState, 'edition' | 'lang'> & { campaign?: CampaignId },
  pages: SitePages | null,
): string {
  const page = new URL(pageUrl);
  const own = `${page.origin}${page.pathname}`;
  if (pages === null) return own;
  // The edition pages are INTERPOL's: another campaign's view lives on the root (of its language).
  const ownsPages = (view.campaign ?? 'interpol') === 'interpol';
  const edition = ownsPages && view.edition !== null && pages.editions.has(view.edition) ? view.edition : null;
  const lang = view.lang !== null && pages.langs.has(view.lang) ? view.lang : null;
  const path = viewPagePath(edition, lang);
  if (path === '' && !isViewPage(page.pathname)) return own;
  return new URL(path, pages.siteRoot).href;
}

/** The URL state of an address: a view's page shows its edition and its language unless the query names others. */
export function withViewPageState(state: UrlState, pathname: string): UrlState {
  const view = viewOfPath(pathname);
  if (view === null) return state;
  return {
    ...state,
    edition: state.edition ?? view.edition,
    lang: state.lang ?? view.lang,
  };
}

/** What the page's <meta> and <base> say about the site's pages; null when the build wrote none. */
export function readSitePages(doc: Document): SitePages | null {
  const meta = doc.querySelector<HTMLMetaElement>(`meta[name="${VIEW_PAGES_META}"]`);
  if (!meta) return null;
  const words = meta.content.split(/\s+/);
  return {
    // Every page's <base> points at the root.
    siteRoot: new URL('./', doc.baseURI).href,
    editions: new Set(words.filter((word) => /^\d{4}$/.test(word)).map(Number)),
    langs: new Set(LANGS.filter((lang) => lang !== DEFAULT_LANG && words.includes(lang))),
  };
}
