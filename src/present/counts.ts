/**
 * Counts of actors in words, by kind: "30 countries and territories, 1 place without an ISO code
 * and 4 organisations". Countries that appear only through an organisation's joint act (no source
 * names them) are always counted apart and said to be so. Plurals follow Intl.PluralRules.
 */
import type { Lang } from '../data/schema.ts';
import type { FilteredEdition, KindCounts } from '../filters/filterEdition.ts';
import { countWords, type Translate } from '../i18n/translate.ts';

export type CountKey =
  | 'countriesCount'
  | 'countriesCountOne'
  | 'throughOnlyCount'
  | 'throughOnlyCountOne'
  | 'placesCount'
  | 'placesCountOne'
  | 'organisationsCount'
  | 'organisationsCountOne'
  | 'countsNone'
  | 'countsWithThroughOnly'
  | 'listSeparator'
  | 'listLastSeparator';

export type CountWords = Translate<CountKey>;

/** "a, b and c" in the page's language. */
export function joinWords(items: readonly string[], t: Translate<'listSeparator' | 'listLastSeparator'>): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(t('listSeparator'))}${t('listLastSeparator')}${items[items.length - 1]}`;
}

/** "31 countries and territories". */
export function countriesText(count: number, lang: Lang, t: CountWords): string {
  return countWords(t, lang, count, 'countriesCountOne', 'countriesCount');
}

/** "2 more only as members of G7, whom no source names", or null when there are none. */
export function throughOnlyText(count: number, orgs: readonly string[], lang: Lang, t: CountWords): string | null {
  if (count === 0) return null;
  return countWords(t, lang, count, 'throughOnlyCountOne', 'throughOnlyCount', { orgs: joinWords(orgs, t) });
}

/** Every non-zero kind, in one phrase; "no country or organisation" when all are zero. */
export function kindCountsText(counts: KindCounts, orgs: readonly string[], lang: Lang, t: CountWords): string {
  const parts: string[] = [];
  const through = throughOnlyText(counts.throughOnly, orgs, lang, t);
  // The countries no source names belong to the countries' count, said apart in brackets.
  if (counts.countries > 0 || through) {
    const countries = countriesText(counts.countries, lang, t);
    parts.push(through ? t('countsWithThroughOnly', { countries, through }) : countries);
  }
  if (counts.places > 0) parts.push(countWords(t, lang, counts.places, 'placesCountOne', 'placesCount'));
  if (counts.organisations > 0) parts.push(countWords(t, lang, counts.organisations, 'organisationsCountOne', 'organisationsCount'));
  return parts.length === 0 ? t('countsNone') : joinWords(parts, t);
}

/** The organisations through which the given actors appear without being named, by name. */
export function throughOrganisations(actors: Iterable<{ onlyThrough: readonly string[] }>, nameOf: (id: string) => string): string[] {
  const ids = new Set<string>();
  for (const actor of actors) for (const id of actor.onlyThrough) ids.add(id);
  return [...ids].map(nameOf);
}

/** The filtered edition's matching actors in words (the map's summary line, the exports' subtitle). */
export function matchingText(filtered: FilteredEdition, nameOf: (id: string) => string, lang: Lang, t: CountWords): string {
  return kindCountsText(filtered.matchingCounts, throughOrganisations(filtered.matching, nameOf), lang, t);
}
