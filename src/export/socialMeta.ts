/**
 * What a page says about its view to a link scraper: its title and description, Open Graph and
 * Twitter card tags with the view's card image, and the oEmbed discovery link. The root page shows
 * the latest edition; each edition page (state/viewPages.ts) its own. Scrapers need absolute URLs:
 * with a site URL (SITE_URL at build time) the image, the page and the oEmbed file are absolute;
 * without one (the dev server) the image path is relative and there is no og:url or oEmbed link.
 */
import { LANGUAGES, SUPPORT_TYPE_IDS } from '../data/vocabulary.ts';
import type { Lang } from '../data/schema.ts';
import type { DatasetIndex } from '../filters/datasetIndex.ts';
import { filterEdition } from '../filters/filterEdition.ts';
import { translator } from '../i18n/translate.ts';
import { editionProse } from '../present/editionNames.ts';
import { editionHeadline, namedCountriesText } from '../present/headline.ts';
import { exportWords } from './words.ts';

export const OG_IMAGE = { fileName: 'og-image.png', width: 1200, height: 630 } as const;

/** Each page's oEmbed file, beside its index.html. */
export const OEMBED_FILE = 'oembed.json';

/** The shape of Vite's HtmlTagDescriptor (Vite escapes the attribute values). */
export interface MetaTag {
  tag: 'meta' | 'link';
  attrs: Record<string, string>;
  injectTo: 'head';
}

export interface SocialMetaInput {
  index: DatasetIndex;
  year: number;
  lang?: Lang;
  /** Absolute URL of the deployed site, e.g. https://example.org/support-map/; undefined = relative image path. */
  siteUrl?: string;
  /** The page's folder below the site's root: '' for the root page, 'interpol/2019/' for an edition page. */
  pagePath?: string;
  /** An edition's own page (its title names the edition), not a root page. */
  editionPage?: boolean;
  /** The same view's page in each language, for the hreflang links and og:locale:alternate. */
  alternates?: readonly { lang: Lang; path: string }[];
}

export interface ViewPageText {
  title: string;
  description: string;
  imageAlt: string;
  /** The edition in words ("the 88th General Assembly, Santiago, 2019"). */
  edition: string;
}

/** The title, description and image text of the page for `year` (the root page's title is the site's own). */
export function viewPageText(index: DatasetIndex, year: number, lang: Lang, editionPage: boolean): ViewPageText {
  const t = translator(exportWords, lang);
  const edition = index.editionsByYear.get(year);
  const view = filterEdition(index, year, SUPPORT_TYPE_IDS, 'any');
  const namedInSources = {
    counts: view.named,
    actors: view.actors.values(),
    nameOf: (id: string) => index.actorsById.get(id)?.name[lang] ?? id,
  };
  const named = namedCountriesText(namedInSources, lang, t);
  const label = edition ? editionProse(edition, lang, t) : String(year);
  const claim = edition ? editionHeadline(edition, namedInSources, lang, t).dek.text : t('noClaim', { named });
  return {
    title: editionPage ? t('viewPageTitle', { title: t('appTitle'), edition: label }) : t('appTitle'),
    // An edition's page names the edition in its title already.
    description: editionPage ? claim : t('ogDescription', { edition: label, claim }),
    imageAlt: t('ogImageAlt', { edition: label, named }),
    edition: label,
  };
}

/** The site's root as a URL with a trailing slash. */
export function siteBase(siteUrl: string): URL {
  return new URL(siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`);
}

export function socialMetaTags({
  index,
  year,
  lang = 'en',
  siteUrl,
  pagePath = '',
  editionPage = pagePath !== '',
  alternates = [],
}: SocialMetaInput): MetaTag[] {
  const { title, description, imageAlt } = viewPageText(index, year, lang, editionPage);
  const base = siteUrl ? siteBase(siteUrl) : null;
  const imagePath = `${pagePath}${OG_IMAGE.fileName}`;
  const image = base ? new URL(imagePath, base).href : `./${OG_IMAGE.fileName}`;
  const pageUrl = base ? new URL(pagePath, base).href : null;

  const property = (name: string, content: string): MetaTag => ({ tag: 'meta', attrs: { property: name, content }, injectTo: 'head' });
  const meta = (name: string, content: string): MetaTag => ({ tag: 'meta', attrs: { name, content }, injectTo: 'head' });
  const link = (attrs: Record<string, string>): MetaTag => ({ tag: 'link', attrs, injectTo: 'head' });
  const ogLocale = (code: Lang) => LANGUAGES.find((language) => language.code === code)?.ogLocale ?? 'en_US';
  return [
    meta('description', description),
    property('og:type', 'website'),
    property('og:title', title),
    property('og:description', description),
    ...(pageUrl ? [property('og:url', pageUrl)] : []),
    property('og:locale', ogLocale(lang)),
    ...alternates
      .filter((alternate) => alternate.lang !== lang)
      .map((alternate) => property('og:locale:alternate', ogLocale(alternate.lang))),
    property('og:image', image),
    property('og:image:type', 'image/png'),
    property('og:image:width', String(OG_IMAGE.width)),
    property('og:image:height', String(OG_IMAGE.height)),
    property('og:image:alt', imageAlt),
    meta('twitter:card', 'summary_large_image'),
    meta('twitter:title', title),
    meta('twitter:description', description),
    meta('twitter:image', image),
    meta('twitter:image:alt', imageAlt),
    ...(base && pageUrl
      ? [
          link({ rel: 'canonical', href: pageUrl }),
          ...alternates.map((alternate) => link({ rel: 'alternate', hreflang: alternate.lang, href: new URL(alternate.path, base).href })),
          link({ rel: 'alternate', type: 'application/json+oembed', href: new URL(OEMBED_FILE, pageUrl).href, title }),
        ]
      : []),
  ];
}
