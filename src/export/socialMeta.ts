/**
 * Open Graph and Twitter card tags, so a shared link shows the map, the edition's claim and its
 * counts. Scrapers need an absolute og:image: with a site URL (SITE_URL at build time) the
 * image and og:url are absolute; without one the image path is relative, which browsers
 * resolve but most scrapers do not.
 */
import { SUPPORT_TYPE_IDS } from '../data/schema.ts';
import type { DatasetIndex } from '../filters/datasetIndex.ts';
import { computeEditionView } from '../filters/editionView.ts';
import { translate } from '../i18n/messages.ts';
import { localize } from '../i18n/names.ts';
import type { Lang } from '../state/urlCodec.ts';
import { editionProse } from './exportInput.ts';
// Registers the words this feature uses with translate().
import '../i18n/shareMessages.ts';

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
  const edition = index.editionsByYear.get(year);
  const view = computeEditionView(index, year, SUPPORT_TYPE_IDS, 'any');
  const named = view.namedCountries === 1 ? translate(lang, 'countriesCountOne') : translate(lang, 'countriesCount', { count: view.namedCountries });
  const label = edition ? editionProse(edition, lang) : String(year);
  const claim = edition?.claim ? translate(lang, 'claimLine', { claim: localize(edition.claim.text, lang).text, named }) : translate(lang, 'noClaim', { named });
  const title = translate(lang, 'appTitle');
  const description = translate(lang, 'ogDescription', { edition: label, claim });
  const base = siteUrl ? new URL(siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`) : null;
  const image = base ? new URL(OG_IMAGE.fileName, base).href : `./${OG_IMAGE.fileName}`;

  const property = (name: string, content: string): MetaTag => ({ tag: 'meta', attrs: { property: name, content }, injectTo: 'head' });
  const meta = (name: string, content: string): MetaTag => ({ tag: 'meta', attrs: { name, content }, injectTo: 'head' });
  return [
    property('og:type', 'website'),
    property('og:title', title),
    property('og:description', description),
    ...(base ? [property('og:url', base.href)] : []),
    property('og:locale', lang === 'zh-TW' ? 'zh_TW' : 'en_US'),
    property('og:image', image),
    property('og:image:type', 'image/png'),
    property('og:image:width', String(OG_IMAGE.width)),
    property('og:image:height', String(OG_IMAGE.height)),
    property('og:image:alt', translate(lang, 'ogImageAlt', { edition: label, named })),
    meta('twitter:card', 'summary_large_image'),
    meta('twitter:title', title),
    meta('twitter:description', description),
    meta('twitter:image', image),
    meta('twitter:image:alt', translate(lang, 'ogImageAlt', { edition: label, named })),
  ];
}
