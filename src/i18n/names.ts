/**
 * Display names. An actor's name comes from the dataset (staff choose the wording, e.g.
 * "Saint Kitts and Nevis"); any other country is named by the browser's own Intl.DisplayNames
 * from its ISO alpha-2 code, so no list of names ships with the app.
 */
import { LANGS } from '../data/vocabulary.ts';
import type { Lang, Text } from '../data/schema.ts';

const displayNames = new Map<Lang, Intl.DisplayNames | null>();

/**
 * Makes the language's region names ahead of their first use: the first Intl.DisplayNames of a
 * page loads the browser's locale data (~25 ms at 4× CPU), which would otherwise land in the
 * render of the first view that names a country outside the dataset (the change view's map).
 */
export function prepareRegionNames(lang: Lang): void {
  regionNames(lang);
}

function regionNames(lang: Lang): Intl.DisplayNames | null {
  if (!displayNames.has(lang)) {
    try {
      displayNames.set(lang, new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' }));
    } catch {
      // Very old browsers lack Intl.DisplayNames; the id is shown instead.
      displayNames.set(lang, null);
    }
  }
  return displayNames.get(lang) ?? null;
}

export function regionName(a2: string | undefined, lang: Lang): string | undefined {
  if (!a2) return undefined;
  try {
    return regionNames(lang)?.of(a2) ?? undefined;
  } catch {
    return undefined;
  }
}

export interface LocalizedText {
  text: string;
  /** The language the text is actually in: English when a Chinese version is missing. */
  lang: Lang;
}

export function localize(text: Text, lang: Lang): LocalizedText {
  const own = text[lang];
  return own ? { text: own, lang } : { text: text.en, lang: 'en' };
}

/**
 * The language to use: the URL's, else the browser's first language we have (by its primary
 * subtag: any Chinese gets our Traditional Chinese, any English our English), else English.
 */
export function resolveLang(fromUrl: Lang | null, browserLanguages: readonly string[]): Lang {
  if (fromUrl) return fromUrl;
  for (const language of browserLanguages) {
    const primary = language.toLowerCase().split('-')[0];
    const known = LANGS.find((lang) => lang.toLowerCase().split('-')[0] === primary);
    if (known) return known;
  }
  return 'en';
}
