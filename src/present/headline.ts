/** The edition's headline: the ministry's claim beside what the sources name. */
import type { Edition, Lang } from '../data/schema.ts';
import type { EditionActor, KindCounts } from '../filters/filterEdition.ts';
import { localize, type LocalizedText } from '../i18n/names.ts';
import type { Translate } from '../i18n/translate.ts';
import { countriesText, throughOnlyText, throughOrganisations, type CountWords } from './counts.ts';

export interface NamedInSources {
  counts: KindCounts;
  actors: Iterable<EditionActor>;
  nameOf: (id: string) => string;
}

/** "31 countries and territories; 2 more only as members of G7, which no source names". */
export function namedCountriesText({ counts, actors, nameOf }: NamedInSources, t: CountWords): string {
  const named = countriesText(counts.countries, t);
  const through = throughOnlyText(counts.throughOnly, throughOrganisations(actors, nameOf), t);
  return through ? `${named}${t('listSeparator')}${through}` : named;
}

/**
 * "The ministry reported: “Over 70 countries”. Named in sources: 30 countries and territories.",
 * in the language of the claim's text (English when the claim has no translation).
 */
export function claimSentence(
  edition: Edition,
  named: NamedInSources,
  lang: Lang,
  t: CountWords & Translate<'claimLine' | 'noClaim'>,
): LocalizedText {
  const namedText = namedCountriesText(named, t);
  if (!edition.claim) return { text: t('noClaim', { named: namedText }), lang };
  const claim = localize(edition.claim.text, lang);
  return { text: t('claimLine', { claim: claim.text, named: namedText }), lang: claim.lang };
}
