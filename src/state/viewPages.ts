/**
 * The pages a view lives on. Beside the site's own page (INTERPOL's latest edition), the build
 * writes a page per edition, `interpol/<year>/`; a page per other body and per its editions,
 * `wha/` and `wha/<year>/`; and all of them again in each other language (`zh-TW/…`): the same app
 * with that view's title, description, social card and oEmbed file in that language, so that a
 * link to WHA's 2019 in Chinese previews as WHA's 2019, in Chinese (scrapers read no query and run
 * no script). The query still holds the whole view: a link keeps its meaning on the root page, on a
 * host without these pages, and in every link handed out before them.
 *
 * The page says which pages the build wrote (a <meta>; scripts/viewPages.ts) and where the site's
 * root is (its <base>); without that <meta> (the tests' jsdom, an old build) every address stays the
 * page's own.
 */
import { CAMPAIGN_IDS, isCampaignId, LANGS, type CampaignId, type Lang } from '../data/vocabulary.ts';
import type { UrlState } from './urlParams.ts';

/** INTERPOL's edition pages' folder; INTERPOL's latest is the site's root page itself. */
export const VIEW_PAGES_FOLDER = 'interpol';

/** The <meta name> that lists the pages the build wrote, e.g. content="2016 2017 zh-TW wha:2016". */
export const VIEW_PAGES_META = 'support-map-view-pages';

/** The page's language when the address names none: its own pages have no language folder. */
const DEFAULT_LANG: Lang = 'en';
const DEFAULT_CAMPAIGN: CampaignId = 'interpol';

export interface SitePages {
  /** Absolute URL of the site's root folder, with a trailing slash. */
  siteRoot: string;
  /** INTERPOL's years that have a page of their own. */
  editions: ReadonlySet<number>;
  /** The languages other than English that have pages of their own (a folder each). */
  langs: ReadonlySet<Lang>;
  /** Each other body with pages: its root page, and its years with a page of their own. */
  campaigns?: ReadonlyMap<CampaignId, ReadonlySet<number>>;
}

/**
 * A page's place below the site's root: '' (the root), `interpol/2019/`, `wha/`, `wha/2019/`, and
 * the same below `zh-TW/`.
 */
export function viewPagePath(year: number | null, lang: Lang | null = null, campaign: CampaignId = DEFAULT_CAMPAIGN): string {
  const langFolder = lang !== null && lang !== DEFAULT_LANG ? `${lang}/` : '';
  if (campaign === DEFAULT_CAMPAIGN) return `${langFolder}${year === null ? '' : `${VIEW_PAGES_FOLDER}/${year}/`}`;
  return `${langFolder}${campaign}/${year === null ? '' : `${year}/`}`;
}

const LANG_FOLDERS = LANGS.filter((lang) => lang !== DEFAULT_LANG)
  .map((lang) => lang.replace(/[-]/g, '\\-'))
  .join('|');
const CAMPAIGN_FOLDERS = CAMPAIGN_IDS.join('|');
const VIEW_PAGE_PATH = new RegExp(`(?:^|/)(?:(${LANG_FOLDERS})/)?(?:(${CAMPAIGN_FOLDERS})/(?:(\\d{4})/)?)?(?:index\\.html)?$`);

export interface PathView {
  /** null: the path names no body (INTERPOL's pages, the root). */
  campaign: CampaignId | null;
  edition: number | null;
  lang: Lang | null;
}

/**
 * What a view page's path says: its body, edition and language (null when the path names none),
 * or null when the path is no page of a view (it does not end in a folder or index.html).
 */
export function viewOfPath(pathname: string): PathView | null {
  const match = VIEW_PAGE_PATH.exec(pathname);
  if (!match) return null;
  const campaign = (match[2] as CampaignId | undefined) ?? null;
  // INTERPOL's pages are the root and interpol/<year>/: a bare interpol/ is no page of ours.
  if (campaign === DEFAULT_CAMPAIGN && !match[3]) return { campaign: null, edition: null, lang: (match[1] as Lang | undefined) ?? null };
  return {
    campaign: campaign === DEFAULT_CAMPAIGN ? null : campaign,
    edition: match[3] ? Number(match[3]) : null,
    lang: (match[1] as Lang | undefined) ?? null,
  };
}

/** The edition an address's path names (`…/interpol/2019/`, `…/wha/2019/`), or null for any other path. */
export function editionOfViewPath(pathname: string): number | null {
  return viewOfPath(pathname)?.edition ?? null;
}

/** Whether the path is a page other than the root: an edition's, a body's or a language's. */
function isViewPage(pathname: string): boolean {
  const view = viewOfPath(pathname);
  return view !== null && (view.edition !== null || view.lang !== null || view.campaign !== null);
}

/**
 * The address (origin and path, no query) of the page for a view: the page of its body, edition
 * and language when the build wrote them, else the nearest one it wrote (the body's root, the
 * language's root), else the page's own address (a root page keeps its path, `index.html` included).
 */
export function viewPageAddress(
  pageUrl: string,
  view: Pick<UrlState, 'edition' | 'lang'> & { campaign?: CampaignId },
  pages: SitePages | null,
): string {
  const page = new URL(pageUrl);
  const own = `${page.origin}${page.pathname}`;
  if (pages === null) return own;
  const campaign = view.campaign ?? DEFAULT_CAMPAIGN;
  const lang = view.lang !== null && pages.langs.has(view.lang) ? view.lang : null;
  let path: string;
  if (campaign === DEFAULT_CAMPAIGN) {
    const edition = view.edition !== null && pages.editions.has(view.edition) ? view.edition : null;
    path = viewPagePath(edition, lang);
  } else {
    const years = pages.campaigns?.get(campaign);
    // A body without pages of its own lives on the root (of its language).
    path = years
      ? viewPagePath(view.edition !== null && years.has(view.edition) ? view.edition : null, lang, campaign)
      : viewPagePath(null, lang);
  }
  if (path === '' && !isViewPage(page.pathname)) return own;
  return new URL(path, pages.siteRoot).href;
}

/**
 * The URL state of an address: a view's page shows its body, edition and language unless the
 * query names others (`search`: the query as written, since a parsed state cannot tell INTERPOL
 * named from INTERPOL by default).
 */
export function withViewPageState(state: UrlState, pathname: string, search = ''): UrlState {
  const view = viewOfPath(pathname);
  if (view === null) return state;
  const namesCampaign = /(?:^\?|&)campaign=/.test(search.startsWith('?') ? search : `?${search}`);
  return {
    ...state,
    campaign: namesCampaign || view.campaign === null ? state.campaign : view.campaign,
    edition: state.edition ?? view.edition,
    lang: state.lang ?? view.lang,
  };
}

/** What the page's <meta> and <base> say about the site's pages; null when the build wrote none. */
export function readSitePages(doc: Document): SitePages | null {
  const meta = doc.querySelector<HTMLMetaElement>(`meta[name="${VIEW_PAGES_META}"]`);
  if (!meta) return null;
  const words = meta.content.split(/\s+/);
  const campaigns = new Map<CampaignId, Set<number>>();
  for (const word of words) {
    const match = /^([a-z]+):(\d{4})$/.exec(word);
    const campaign = match?.[1] as CampaignId | undefined;
    if (!match || !campaign || !isCampaignId(campaign) || campaign === DEFAULT_CAMPAIGN) continue;
    const years = campaigns.get(campaign) ?? new Set<number>();
    years.add(Number(match[2]));
    campaigns.set(campaign, years);
  }
  return {
    // Every page's <base> points at the root.
    siteRoot: new URL('./', doc.baseURI).href,
    editions: new Set(words.filter((word) => /^\d{4}$/.test(word)).map(Number)),
    langs: new Set(LANGS.filter((lang) => lang !== DEFAULT_LANG && words.includes(lang))),
    campaigns,
  };
}
