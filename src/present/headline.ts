/**
 * The edition's headline, as a journalist would print it: a kicker naming the Assembly, a title,
 * and a dek that sets the ministry's claim beside what the sources name ("Taiwan's foreign
 * ministry counted over 70 countries backing its participation. Sources name 30 countries and
 * territories, mapped below."), or says why the year has no map. Countries that appear only
 * through an organisation's joint act are counted apart, in their own sentence.
 */
import type { Edition, Lang } from '../data/schema.ts';
import type { EditionActor, KindCounts } from '../filters/filterEdition.ts';
import { localize, type LocalizedText } from '../i18n/names.ts';
import { countWords, type Translate } from '../i18n/translate.ts';
import { countriesText, joinWords, throughOnlyText, throughOrganisations, type CountKey, type CountWords } from './counts.ts';
import { ordinal } from './editionNames.ts';

export interface NamedInSources {
  counts: KindCounts;
  actors: Iterable<EditionActor>;
  nameOf: (id: string) => string;
}

/** "31 countries and territories, 2 more only as members of G7, whom no source names". */
export function namedCountriesText({ counts, actors, nameOf }: NamedInSources, lang: Lang, t: CountWords): string {
  const named = countriesText(counts.countries, lang, t);
  const through = throughOnlyText(counts.throughOnly, throughOrganisations(actors, nameOf), lang, t);
  return through ? `${named}${t('listSeparator')}${through}` : named;
}

type HeadlineKey =
  | 'editionKicker'
  | 'editionKickerNoAssembly'
  | 'editionTitle'
  | 'editionTitleNoAssembly'
  | 'editionTitleNoList'
  | 'headlineCounted'
  | 'headlineClaim'
  | 'headlineNamed'
  | 'headlineThroughOnly'
  | 'headlineThroughOnlyOne'
  | 'headlineNoList'
  | 'headlineNoAssembly'
  | 'quantityOver'
  | 'quantityAbout'
  | 'quantityExact';

export interface EditionHeadline {
  kicker: string;
  title: string;
  /** The claim beside what the sources name, or why there is no map; in the claim's language. */
  dek: LocalizedText;
  /** The countries no source names, counted apart; null when there are none. */
  throughOnly: string | null;
}

const QUANTITY_KEYS = { over: 'quantityOver', about: 'quantityAbout', exact: 'quantityExact' } as const;

export function editionHeadline(
  edition: Edition,
  named: NamedInSources,
  lang: Lang,
  t: Translate<HeadlineKey | CountKey>,
): EditionHeadline {
  const held = edition.listStatus !== 'no-assembly' && edition.session !== undefined;
  const year = String(edition.year);
  const kicker = held
    ? t('editionKicker', {
        session: ordinal(edition.session as number, lang),
        number: String(edition.session),
        city: edition.city?.[lang] ?? '',
      })
    : t('editionKickerNoAssembly');
  const title = !held
    ? t('editionTitleNoAssembly', { year })
    : edition.listStatus === 'no-list'
      ? t('editionTitleNoList', { year })
      : t('editionTitle', { year });
  const note = edition.note ? localize(edition.note, lang) : null;
  if (edition.listStatus === 'no-assembly')
    return { kicker, title, dek: note ?? { text: t('headlineNoAssembly'), lang }, throughOnly: null };
  if (edition.listStatus === 'no-list') return { kicker, title, dek: note ?? { text: t('headlineNoList'), lang }, throughOnly: null };

  const namedText = countriesText(named.counts.countries, lang, t);
  const orgs = throughOrganisations(named.actors, named.nameOf);
  const throughOnly =
    named.counts.throughOnly > 0
      ? countWords(t, lang, named.counts.throughOnly, 'headlineThroughOnlyOne', 'headlineThroughOnly', { orgs: joinWords(orgs, t) })
      : null;
  const claim = edition.claim;
  if (claim?.countries) {
    const quantity = t(QUANTITY_KEYS[claim.countries.qualifier], { value: claim.countries.value });
    return { kicker, title, dek: { text: t('headlineCounted', { quantity, named: namedText }), lang }, throughOnly };
  }
  if (claim) {
    const text = localize(claim.text, lang);
    return { kicker, title, dek: { text: t('headlineClaim', { claim: text.text, named: namedText }), lang: text.lang }, throughOnly };
  }
  return { kicker, title, dek: { text: t('headlineNamed', { named: namedText }), lang }, throughOnly };
}
