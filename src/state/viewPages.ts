/**
 * The pages a view lives on. The build writes one page per edition, `interpol/<year>/`, beside
 * the site's own page: the same app with that edition's title, description, social card and
 * oEmbed file, so that a link to a view of 2019 previews as 2019 (scrapers read no query and run
 * no script). The query still holds the whole view, edition included: a link keeps its meaning on
 * the root page, on a host without the edition pages, and in every link handed out before them.
 *
 * The page says which edition pages the build wrote (a <meta> the build writes; scripts/viewPages.ts)
 * and where the site's root is (its <base>, on an edition page); without that <meta> (the tests'
 * jsdom, an old build) every address stays the page's own.
 */

import type { UrlState } from './urlParams.ts';

/** The folder of the edition pages: the campaign's slug, so that other campaigns get folders of their own. */
export const VIEW_PAGES_FOLDER = 'interpol';

/** The <meta name> that lists the edition pages the build wrote, e.g. content="2016 2017 2018". */
export const VIEW_PAGES_META = 'support-map-view-pages';

export interface SitePages {
  /** Absolute URL of the site's root folder, with a trailing slash. */
  siteRoot: string;
  /** The years that have a page of their own. */
  editions: ReadonlySet<number>;
}

/** The edition page's path below the site root: `interpol/2019/`. */
export function viewPagePath(year: number): string {
  return `${VIEW_PAGES_FOLDER}/${year}/`;
}

const VIEW_PAGE_PATH = new RegExp(`(?:^|/)${VIEW_PAGES_FOLDER}/(\\d{4})/(?:index\\.html)?$`);

/** The edition an address's path names (`…/interpol/2019/`), or null for any other path. */
export function editionOfViewPath(pathname: string): number | null {
  const match = VIEW_PAGE_PATH.exec(pathname);
  return match ? Number(match[1]) : null;
}

/**
 * The address (origin and path, no query) of the page for a view of `edition`: its edition page
 * when the build wrote one, else the site's root when the page is an edition page, else the
 * page's own address (a root page keeps its path, `index.html` included).
 */
export function viewPageAddress(pageUrl: string, edition: number | null, pages: SitePages | null): string {
  const page = new URL(pageUrl);
  const own = `${page.origin}${page.pathname}`;
  if (pages === null) return own;
  if (edition !== null && pages.editions.has(edition)) return new URL(viewPagePath(edition), pages.siteRoot).href;
  return editionOfViewPath(page.pathname) === null ? own : pages.siteRoot;
}

/** The URL state of an address: an edition page shows its edition unless the query names another. */
export function withViewPageEdition(state: UrlState, pathname: string): UrlState {
  if (state.edition !== null) return state;
  const edition = editionOfViewPath(pathname);
  return edition === null ? state : { ...state, edition };
}

/** What the page's <meta> and <base> say about the site's pages; null when the build wrote no edition pages. */
export function readSitePages(doc: Document): SitePages | null {
  const meta = doc.querySelector<HTMLMetaElement>(`meta[name="${VIEW_PAGES_META}"]`);
  if (!meta) return null;
  const editions = new Set(
    meta.content
      .split(/\s+/)
      .filter((word) => /^\d{4}$/.test(word))
      .map(Number),
  );
  // An edition page's <base> points at the root; the root page is its own base.
  return { siteRoot: new URL('./', doc.baseURI).href, editions };
}
