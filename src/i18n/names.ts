/**
 * Display names. An actor's name comes from the dataset (staff choose the wording, e.g.
 * "Saint Kitts and Nevis"); any other country is named by the browser's own Intl.DisplayNames
 * from its ISO alpha-2 code, so no list of names ships with the app.
 */
import type { Text } from '../data/schema.ts';
import type { Lang } from '../state/urlCodec.ts';

const displayNames = new Map<Lang, Intl.DisplayNames | null>();

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
  const chinese = text['zh-TW'];
  if (lang === 'zh-TW' && chinese) return { text: chinese, lang: 'zh-TW' };
  return { text: text.en, lang: 'en' };
}

/** The language to use: the URL's, else the browser's first language we have, else English. */
export function resolveLang(fromUrl: Lang | null, browserLanguages: readonly string[]): Lang {
  if (fromUrl) return fromUrl;
  for (const language of browserLanguages) {
    const lower = language.toLowerCase();
    if (lower.startsWith('zh')) return 'zh-TW';
    if (lower.startsWith('en')) return 'en';
  }
  return 'en';
}
