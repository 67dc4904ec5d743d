/**
 * Open Graph and Twitter card tags, so a shared link shows the map, the edition's claim and its
 * counts. Scrapers need an absolute og:image: with a site URL (SITE_URL at build time) the
 * image and og:url are absolute; without one the image path is relative, which browsers
 * resolve but most scrapers do not.
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

/** The shape of Vite's HtmlTagDescriptor (Vite escapes the attribute values). */
export interface MetaTag {
  tag: 'meta';
  attrs: Record<string, string>;
  injectTo: 'head';
}

export interface SocialMetaInput {
  index: DatasetIndex;
  year: number;
  lang?: Lang;
  /** Absolute URL of the deployed site, e.g. https://example.org/support-map/; undefined = relative image path. */
  siteUrl?: string;
}

export function socialMetaTags({ index, year, lang = 'en', siteUrl }: SocialMetaInput): MetaTag[] {
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
  const imageAlt = t('ogImageAlt', { edition: label, named });
  const title = t('appTitle');
  const description = t('ogDescription', { edition: label, claim });
  const base = siteUrl ? new URL(siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`) : null;
  const image = base ? new URL(OG_IMAGE.fileName, base).href : `./${OG_IMAGE.fileName}`;

  const property = (name: string, content: string): MetaTag => ({ tag: 'meta', attrs: { property: name, content }, injectTo: 'head' });
  const meta = (name: string, content: string): MetaTag => ({ tag: 'meta', attrs: { name, content }, injectTo: 'head' });
  return [
    property('og:type', 'website'),
    property('og:title', title),
    property('og:description', description),
    ...(base ? [property('og:url', base.href)] : []),
    property('og:locale', LANGUAGES.find((language) => language.code === lang)?.ogLocale ?? 'en_US'),
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
  ];
}
