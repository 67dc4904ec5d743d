/**
 * The pages the build writes for link previews and oEmbed (src/state/viewPages.ts says why): the
 * root page and one page per edition, `interpol/<year>/index.html`, each the same app with its own
 * title, description, social card, <noscript> list and oEmbed file. Every page is made from the
 * one built index.html by renderViewPage, so the pages can never differ in what they load.
 */
import type { Lang } from '../src/data/schema.ts';
import type { DatasetIndex } from '../src/filters/datasetIndex.ts';
import { translator } from '../src/i18n/translate.ts';
import { noscriptSupportersHtml } from '../src/export/noscriptSupporters.ts';
import { OG_IMAGE, siteBase, socialMetaTags, viewPageText, type MetaTag } from '../src/export/socialMeta.ts';
import { exportWords } from '../src/export/words.ts';
import { escapeXml } from '../src/present/escapeXml.ts';
import { buildEmbedCode, suggestedHeight } from '../src/share/embedCode.ts';
import { dataState, embedUrl, loaderUrl } from '../src/share/viewUrls.ts';
import { DEFAULT_URL_STATE } from '../src/state/urlParams.ts';
import { VIEW_PAGES_META, viewPagePath, type SitePages } from '../src/state/viewPages.ts';

export interface ViewPage {
  /** The page's folder below the site's root: '' for the root page, 'interpol/2019/' for an edition page. */
  path: string;
  /** The edition the page shows: its own, or the latest for the root page. */
  year: number;
}

/** The root page (the latest edition) and a page for every edition of the data. */
export function viewPagesOf(index: DatasetIndex, latestYear: number): ViewPage[] {
  return [
    { path: '', year: latestYear },
    ...index.dataset.editions.map((edition) => ({ path: viewPagePath(edition.year), year: edition.year })),
  ];
}

/** The <meta> that tells the app which edition pages exist (src/state/viewPages.ts reads it). */
export function viewPagesMeta(index: DatasetIndex): MetaTag {
  return {
    tag: 'meta',
    attrs: { name: VIEW_PAGES_META, content: index.dataset.editions.map((edition) => edition.year).join(' ') },
    injectTo: 'head',
  };
}

function serializeTag({ tag, attrs }: MetaTag): string {
  const attributes = Object.entries(attrs)
    .map(([name, value]) => ` ${name}="${escapeXml(value)}"`)
    .join('');
  return `<${tag}${attributes}>`;
}

const TITLE = /<title>[^<]*<\/title>/;
const HEAD_OPENING = /<head>/;
const HEAD_CLOSING = /<\/head>/;
const MAIN_OPENING = /<main class="app__main">/;

/** `html` with `content` put where `pattern` matches, by `place`; throws with `what` when the page has no such place. */
function insertAt(html: string, pattern: RegExp, what: string, place: (match: string) => string): string {
  if (!pattern.test(html)) throw new Error(`index.html has no ${what}`);
  // A function, so that `$` in the content is never read as a replacement pattern.
  return html.replace(pattern, place);
}

/** index.html with `content` at the start of the static shell's <main>; throws if the shell has none. */
export function insertIntoMain(html: string, content: string): string {
  return insertAt(html, MAIN_OPENING, '<main class="app__main"> to hold the <noscript> list', (opening) => `${opening}\n${content}`);
}

export interface ViewPageInput {
  index: DatasetIndex;
  page: ViewPage;
  lang?: Lang;
  siteUrl?: string;
}

/**
 * The built index.html made into the page for `page`: its title, description and social tags, its
 * <noscript> list, and a <base> at the site's root, so that every relative URL of the app (its
 * scripts, data, links) means what it means on the root page.
 */
export function renderViewPage(html: string, { index, page, lang = 'en', siteUrl }: ViewPageInput): string {
  const { title } = viewPageText(index, page.year, lang, page.path !== '');
  const tags = socialMetaTags({ index, year: page.year, lang, pagePath: page.path, ...(siteUrl ? { siteUrl } : {}) });
  const depth = page.path.split('/').filter(Boolean).length;
  let out = insertAt(html, TITLE, '<title>', () => `<title>${escapeXml(title)}</title>`);
  // On the root page too: the app moves its address between the pages (state/urlSync.ts), and
  // a relative URL (the icon, a link) must keep meaning the root's after such a move.
  out = insertAt(out, HEAD_OPENING, '<head>', (opening) => `${opening}\n    <base href="${'../'.repeat(depth) || './'}" />`);
  out = insertAt(out, HEAD_CLOSING, '</head>', (closing) => `${tags.map((tag) => `    ${serializeTag(tag)}\n`).join('')}  ${closing}`);
  return insertIntoMain(out, `<noscript>${noscriptSupportersHtml(index, page.year, lang)}</noscript>`);
}

/** Where the map is embedded from a pasted link: the width and height an oEmbed consumer reserves. */
export const OEMBED_SIZE = { width: 640, height: suggestedHeight(640, { plain: false, static: false }) } as const;

export interface OembedInput {
  index: DatasetIndex;
  page: ViewPage;
  siteUrl: string;
  /** The data version the iframe is pinned to: the one the page was built with. */
  version: string;
}

/**
 * The page's oEmbed response (https://oembed.com, type "rich"): the iframe alone, without the
 * loader script (the CMSs that take oEmbed strip scripts), at the height that shows the whole map in
 * an article's column, pinned to the edition and the data version the page shows, as the Embed
 * dialog's default is: a story's map never changes under it.
 */
export function oembedJson({ index, page, siteUrl, version }: OembedInput): string {
  const t = translator(exportWords, 'en');
  const base = siteBase(siteUrl);
  const pageUrl = new URL(page.path, base).href;
  const pages: SitePages = { siteRoot: base.href, editions: new Set(index.dataset.editions.map((edition) => edition.year)) };
  const { title } = viewPageText(index, page.year, 'en', true);
  const state = dataState(DEFAULT_URL_STATE, page.year, version);
  const src = embedUrl(state, pageUrl, { theme: 'auto', plain: false, static: false, transparent: false }, pages);
  const html = buildEmbedCode({ src, loader: loaderUrl(pageUrl, pages), title, height: OEMBED_SIZE.height });
  return `${JSON.stringify(
    {
      version: '1.0',
      type: 'rich',
      title,
      provider_name: t('appTitle'),
      provider_url: base.href,
      html,
      width: OEMBED_SIZE.width,
      height: OEMBED_SIZE.height,
      thumbnail_url: new URL(`${page.path}${OG_IMAGE.fileName}`, base).href,
      thumbnail_width: OG_IMAGE.width,
      thumbnail_height: OG_IMAGE.height,
    },
    null,
    2,
  )}\n`;
}
