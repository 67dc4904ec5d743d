/** The edition's headline: the ministry's claim beside what the sources name. */
import type { Edition, Lang } from '../data/schema.ts';
import { localize, type LocalizedText } from '../i18n/names.ts';
import type { Translate } from '../i18n/translate.ts';

type NamedKeys = 'countriesCount' | 'countriesCountOne';

/** "30 countries and territories". */
export function namedCountriesText(count: number, t: Translate<NamedKeys>): string {
  return count === 1 ? t('countriesCountOne') : t('countriesCount', { count });
}

/**
 * "The ministry reported: “Over 70 countries”. Named in sources: 30 countries and territories.",
 * in the language of the claim's text (English when the claim has no translation).
 */
export function claimSentence(
  edition: Edition,
  namedCount: number,
  lang: Lang,
  t: Translate<NamedKeys | 'claimLine' | 'noClaim'>,
): LocalizedText {
  const named = namedCountriesText(namedCount, t);
  if (!edition.claim) return { text: t('noClaim', { named }), lang };
  const claim = localize(edition.claim.text, lang);
  return { text: t('claimLine', { claim: claim.text, named }), lang: claim.lang };
}
