/**
 * Counts of actors in words, by kind: "30 countries and territories, 1 place without an ISO code
 * and 4 organisations". Countries that appear only through an organisation's joint act (no source
 * names them) are always counted apart and said to be so.
 */
import type { FilteredEdition, KindCounts } from '../filters/filterEdition.ts';
import type { Translate } from '../i18n/translate.ts';

type CountKey =
  | 'countriesCount'
  | 'countriesCountOne'
  | 'throughOnlyCount'
  | 'throughOnlyCountOne'
  | 'placesCount'
  | 'placesCountOne'
  | 'organisationsCount'
  | 'organisationsCountOne'
  | 'countsNone'
  | 'listSeparator'
  | 'listLastSeparator';

export type CountWords = Translate<CountKey>;

/** "a, b and c" in the page's language. */
export function joinWords(items: readonly string[], t: Translate<'listSeparator' | 'listLastSeparator'>): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(t('listSeparator'))}${t('listLastSeparator')}${items[items.length - 1]}`;
}

/** "31 countries and territories". */
export function countriesText(count: number, t: CountWords): string {
  return count === 1 ? t('countriesCountOne') : t('countriesCount', { count });
}

/** "2 more only as members of G7, which no source names", or null when there are none. */
export function throughOnlyText(count: number, orgs: readonly string[], t: CountWords): string | null {
  if (count === 0) return null;
  const names = joinWords(orgs, t);
  return count === 1 ? t('throughOnlyCountOne', { orgs: names }) : t('throughOnlyCount', { count, orgs: names });
}

/** Every non-zero kind, in one phrase; "no country or organisation" when all are zero. */
export function kindCountsText(counts: KindCounts, orgs: readonly string[], t: CountWords): string {
  const parts: string[] = [];
  if (counts.countries > 0) parts.push(countriesText(counts.countries, t));
  const through = throughOnlyText(counts.throughOnly, orgs, t);
  if (through) parts.push(through);
  if (counts.places > 0) parts.push(counts.places === 1 ? t('placesCountOne') : t('placesCount', { count: counts.places }));
  if (counts.organisations > 0)
    parts.push(counts.organisations === 1 ? t('organisationsCountOne') : t('organisationsCount', { count: counts.organisations }));
  return parts.length === 0 ? t('countsNone') : joinWords(parts, t);
}

/** The organisations through which the given actors appear without being named, by name. */
export function throughOrganisations(actors: Iterable<{ onlyThrough: readonly string[] }>, nameOf: (id: string) => string): string[] {
  const ids = new Set<string>();
  for (const actor of actors) for (const id of actor.onlyThrough) ids.add(id);
  return [...ids].map(nameOf);
}

/** The filtered edition's matching actors in words (the map's summary line, the exports' subtitle). */
export function matchingText(filtered: FilteredEdition, nameOf: (id: string) => string, t: CountWords): string {
  return kindCountsText(filtered.matchingCounts, throughOrganisations(filtered.matching, nameOf), t);
}
