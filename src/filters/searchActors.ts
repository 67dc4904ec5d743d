/**
 * Finding an actor or a country by name. Pure: entries in, ranked matches out. Visitors type
 * without accents ("Sao Tome") and in either language (a zh-TW visitor may type "Palau"), so
 * every entry is matched on its name in the current language and in English.
 */

export interface SearchEntry {
  id: string;
  /** In the current language. */
  name: string;
  english: string;
  /** Shows support in the current edition: listed first. */
  supporter: boolean;
}

export interface SearchResult {
  entry: SearchEntry;
  /** True when only the English name matched, so the option can show it beside the local name. */
  viaEnglish: boolean;
}

export const MAX_RESULTS = 8;

/** Lower case without diacritics: "Curaçao" and "curacao" meet at "curacao". */
export function normalizeForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

/** 0 = the name starts with the query, 1 = a later word does, 2 = it occurs inside, null = no match. */
function matchRank(name: string, query: string): number | null {
  const at = normalizeForSearch(name).indexOf(query);
  if (at === -1) return null;
  if (at === 0) return 0;
  const before = normalizeForSearch(name).charAt(at - 1);
  return /[\s\-(,'’]/.test(before) ? 1 : 2;
}

export function searchEntries(
  entries: readonly SearchEntry[],
  rawQuery: string,
  collator: Intl.Collator,
  limit = MAX_RESULTS,
): SearchResult[] {
  const query = normalizeForSearch(rawQuery);
  if (query === '') return [];
  const found: { result: SearchResult; rank: number }[] = [];
  for (const entry of entries) {
    const local = matchRank(entry.name, query);
    const english = matchRank(entry.english, query);
    // An exact code ("USA") is how staff often think of a country.
    const code = entry.id.toLowerCase() === query ? 0 : null;
    const ranks = [local, english, code].filter((r): r is number => r !== null);
    if (ranks.length === 0) continue;
    found.push({ result: { entry, viaEnglish: local === null && english !== null }, rank: Math.min(...ranks) });
  }
  found.sort(
    (a, b) =>
      Number(b.result.entry.supporter) - Number(a.result.entry.supporter) ||
      a.rank - b.rank ||
      collator.compare(a.result.entry.name, b.result.entry.name),
  );
  return found.slice(0, limit).map((f) => f.result);
}
