/**
 * The pages the build writes for link previews and oEmbed (src/state/viewPages.ts says why): the
 * root page and one page per edition, `interpol/<year>/index.html`, each the same app with its own
 * title, description, social card, <noscript> list and oEmbed file. Every page is made from the
 * one built index.html by renderViewPage, so the pages can never differ in what they load.
 */
import { LANGS, type CampaignId, type Lang } from '../src/data/schema.ts';
import { coreWords } from '../src/i18n/words/core.ts';
import type { DatasetIndex } from '../src/filters/datasetIndex.ts';
import { translator } from '../src/i18n/translate.ts';
import { noscriptSupportersHtml } from '../src/export/noscriptSupporters.ts';
import { OG_IMAGE, siteBase, socialMetaTags, viewPageText, type MetaTag } from '../src/export/socialMeta.ts';
import { exportWords } from '../src/export/words.ts';
import { datasetJsonLd } from '../src/export/dataPackage.ts';
import { escapeXml } from '../src/present/escapeXml.ts';
import { buildEmbedCode, suggestedHeight } from '../src/share/embedCode.ts';
import { dataState, embedUrl, loaderUrl } from '../src/share/viewUrls.ts';
import { DEFAULT_URL_STATE } from '../src/state/urlParams.ts';
import { VIEW_PAGES_META, viewPagePath, type SitePages } from '../src/state/viewPages.ts';
import { SHELL_HEADLINE_VIEW_ID, shellViewAttributes } from '../src/state/shellHeadline.ts';
import { SHELL_HEADLINE_SCRIPT, shellHeadlineHtml } from './shellHeadline.ts';

export interface ViewPage {
  /** The page's folder below the site's root: '', 'interpol/2019/', 'wha/', 'wha/2019/', 'zh-TW/…'. */
  path: string;
  /** The edition the page shows: its own, or the latest for a root page. */
  year: number;
  /** Whether the page is an edition's own (its title names the edition) or a root page. */
  editionPage: boolean;
  lang: Lang;
  /** The body whose view it is; INTERPOL when absent. */
  campaign?: CampaignId;
}

/** Another body's checked data, for its pages. */
export interface OtherCampaign {
  campaign: CampaignId;
  index: DatasetIndex;
}

const latestOf = (index: DatasetIndex) => index.latestListedYear ?? Math.max(...index.years);

/**
 * Every page of a view, in every language: INTERPOL's root (its latest edition) and one per edition;
 * each other body's root (its latest) and one per edition.
 */
export function viewPagesOf(index: DatasetIndex, latestYear: number, others: readonly OtherCampaign[] = []): ViewPage[] {
  return LANGS.flatMap((lang) => [
    { path: viewPagePath(null, lang), year: latestYear, editionPage: false, lang },
    ...index.dataset.editions.map((edition) => ({ path: viewPagePath(edition.year, lang), year: edition.year, editionPage: true, lang })),
    ...others.flatMap(({ campaign, index: own }) => [
      { path: viewPagePath(null, lang, campaign), year: latestOf(own), editionPage: false, lang, campaign },
      ...own.dataset.editions.map((edition) => ({
        path: viewPagePath(edition.year, lang, campaign),
        year: edition.year,
        editionPage: true,
        lang,
        campaign,
      })),
    ]),
  ]);
}

/** The site's pages as the app reads them from the <meta> (src/state/viewPages.ts). */
export function sitePagesOf(index: DatasetIndex, siteRoot: string, others: readonly OtherCampaign[] = []): SitePages {
  return {
    siteRoot,
    editions: new Set(index.dataset.editions.map((edition) => edition.year)),
    langs: new Set(LANGS.filter((lang) => lang !== 'en')),
    campaigns: new Map(others.map(({ campaign, index: own }) => [campaign, new Set(own.dataset.editions.map((edition) => edition.year))])),
  };
}

/** The <meta> that tells the app which pages exist: the years, the languages, each other body's years. */
export function viewPagesMeta(index: DatasetIndex, others: readonly OtherCampaign[] = []): MetaTag {
  const { editions, langs } = sitePagesOf(index, '/');
  const years = others.flatMap(({ campaign, index: own }) => own.dataset.editions.map((edition) => `${campaign}:${edition.year}`));
  return { tag: 'meta', attrs: { name: VIEW_PAGES_META, content: [...editions, ...langs, ...years].join(' ') }, injectTo: 'head' };
}

/** ` name="value"` for each attribute, the values escaped. */
function attributesHtml(attrs: Record<string, string>): string {
  return Object.entries(attrs)
    .map(([name, value]) => ` ${name}="${escapeXml(value)}"`)
    .join('');
}

function serializeTag({ tag, attrs }: MetaTag): string {
  return `<${tag}${attributesHtml(attrs)}>`;
}

const TITLE = /<title>[^<]*<\/title>/;
const HEAD_OPENING = /<head>/;
const HEAD_CLOSING = /<\/head>/;
const MAIN_OPENING = /<main class="app__main">/;
const VIEWPORT_META = /<meta name="viewport"[^>]*>/;

/** `html` with `content` put where `pattern` matches, by `place`; throws with `what` when the page has no such place. */
function insertAt(html: string, pattern: RegExp, what: string, place: (match: string, ...groups: string[]) => string): string {
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
  siteUrl?: string;
}

/**
 * The static shell (what paints before the script runs) in `lang`: the page's language, the site's
 * title and subtitle, and the loading line, so that a reader of a Chinese page sees Chinese first.
 */
function inLanguage(html: string, lang: Lang): string {
  const t = translator(coreWords, lang);
  let out = insertAt(html, /<html lang="en">/, '<html lang="en">', () => `<html lang="${lang}">`);
  // The title of the page's body (the words in use are its own: scripts/buildTimePages.ts sets them).
  out = insertAt(
    out,
    /(<h1 class="app__title">)[^<]*(<\/h1>)/,
    "the shell's title",
    (_m) => `<h1 class="app__title">${escapeXml(t('appTitle'))}</h1>`,
  );
  out = insertAt(
    out,
    /(<p class="app__subtitle">)[^<]*(<\/p>)/,
    "the shell's subtitle",
    () => `<p class="app__subtitle">${escapeXml(t('appSubtitle'))}</p>`,
  );
  return insertAt(
    out,
    /(<span class="load-status__spinner" aria-hidden="true"><\/span>)[^<]*/,
    "the shell's loading line",
    (_m, spinner: string) => `${spinner}${escapeXml(t('loading'))}`,
  );
}

/**
 * The built index.html made into the page for `page`: its title, description and social tags, its
 * <noscript> list, and a <base> at the site's root, so that every relative URL of the app (its
 * scripts, data, links) means what it means on the root page.
 */
export function renderViewPage(html: string, { index, page, siteUrl }: ViewPageInput): string {
  const { lang } = page;
  const campaign = page.campaign ?? 'interpol';
  const { title } = viewPageText(index, page.year, lang, page.editionPage);
  const alternates = LANGS.map((other) => ({ lang: other, path: viewPagePath(page.editionPage ? page.year : null, other, campaign) }));
  const tags = socialMetaTags({
    index,
    year: page.year,
    lang,
    pagePath: page.path,
    editionPage: page.editionPage,
    alternates,
    ...(siteUrl ? { siteUrl } : {}),
  });
  const depth = page.path.split('/').filter(Boolean).length;
  let out = insertAt(html, TITLE, '<title>', () => `<title>${escapeXml(title)}</title>`);
  // Another body's page, or another language's: the shell (what paints first) says so too.
  if (lang !== 'en' || campaign !== 'interpol') out = inLanguage(out, lang);
  // On the root page too: the app moves its address between the pages (state/urlSync.ts), and
  // a relative URL (the icon, a link) must keep meaning the root's after such a move.
  out = insertAt(out, HEAD_OPENING, '<head>', (opening) => `${opening}\n    <base href="${'../'.repeat(depth) || './'}" />`);
  // The data's description for dataset search engines: the package of the page's body. Data, not a
  // script: the CSP's script-src does not apply to it.
  const jsonLd = `<script type="application/ld+json">${datasetJsonLd(index.dataset, siteUrl)}</script>`;
  out = insertAt(
    out,
    HEAD_CLOSING,
    '</head>',
    (closing) => `    ${jsonLd}\n${tags.map((tag) => `    ${serializeTag(tag)}\n`).join('')}  ${closing}`,
  );
  out = insertIntoMain(out, `<noscript>${noscriptSupportersHtml(index, page.year, lang)}</noscript>`);
  // First in <main>, where the app draws it: the largest text of a phone's first screen, painted with the page.
  const headline = shellHeadlineHtml({ index, year: page.year, lang });
  if (!headline) return out;
  // Before the stylesheets, which would hold up a script after them, and after the CSP, which allows
  // it; its data-* attributes say the view the headline is of.
  const view = { campaign, year: page.year, rootPage: !page.editionPage, lang, version: index.dataset.version };
  out = insertAt(
    out,
    VIEWPORT_META,
    'the viewport <meta>',
    (meta) =>
      `${meta}\n    <script id="${SHELL_HEADLINE_VIEW_ID}"${attributesHtml(shellViewAttributes(view))}>${SHELL_HEADLINE_SCRIPT}</script>`,
  );
  return insertIntoMain(out, headline);
}

/** Where the map is embedded from a pasted link: the width and height an oEmbed consumer reserves. */
export const OEMBED_SIZE = { width: 640, height: suggestedHeight(640, { plain: false, static: false }) } as const;

export interface OembedInput {
  index: DatasetIndex;
  page: ViewPage;
  siteUrl: string;
  /** The data version the iframe is pinned to: the one the page was built with. */
  version: string;
  /** The site's pages (sitePagesOf with INTERPOL's index and the other bodies); INTERPOL's alone by default. */
  pages?: SitePages;
}

/**
 * The page's oEmbed response (https://oembed.com, type "rich"): the iframe alone, without the
 * loader script (the CMSs that take oEmbed strip scripts), at the height that shows the whole map in
 * an article's column, pinned to the edition and the data version the page shows, as the Embed
 * dialog's default is: a story's map never changes under it.
 */
export function oembedJson({ index, page, siteUrl, version, pages: sitePages }: OembedInput): string {
  const { lang } = page;
  const t = translator(exportWords, lang);
  const base = siteBase(siteUrl);
  const pageUrl = new URL(page.path, base).href;
  const campaign = page.campaign ?? 'interpol';
  const pages = sitePages ?? sitePagesOf(index, base.href);
  const { title } = viewPageText(index, page.year, lang, true);
  const state = { ...dataState(DEFAULT_URL_STATE, page.year, version), lang: lang === 'en' ? null : lang, campaign };
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
