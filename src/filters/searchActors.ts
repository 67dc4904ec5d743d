/**
 * Finding an actor or a country by name. Pure: entries in, ranked matches out. Visitors type
 * without accents ("Sao Tome"), in either language (a zh-TW visitor may type "Palau"), and by other
 * names (UK, Czechia, Swaziland, 英國), so every entry is matched on its name in the current
 * language, in English and on its aliases. A name typed in full wins over a name that only starts
 * with it: "UK" finds the United Kingdom before Ukraine.
 */

export interface SearchEntry {
  id: string;
  /** In the current language. */
  name: string;
  english: string;
  /** Other names: short forms, former names, other scripts. */
  aliases?: readonly string[];
  /** Shows support in the current edition: listed first among equal matches. */
  supporter: boolean;
}

export interface SearchResult {
  entry: SearchEntry;
  /** True when only the English name matched, so the option can show it beside the local name. */
  viaEnglish: boolean;
  /** The alias that matched when no name did, to show beside the name ("Czechia"). */
  viaAlias?: string;
}

export const MAX_RESULTS = 8;

/**
 * Lower case without diacritics and punctuation that readers drop ("U.K.", "Côte d'Ivoire"), with
 * 台 read as 臺: "Curaçao" and "curacao" meet at "curacao".
 */
export function normalizeForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[.'’]/g, '').replace(/台/g, '臺').toLowerCase().trim();
}

/** -1 = the whole name, 0 = it starts with the query, 1 = a later word does, 2 = it occurs inside, null = no match. */
function matchRank(name: string, query: string): number | null {
  const normal = normalizeForSearch(name);
  if (normal === query) return -1;
  const at = normal.indexOf(query);
  if (at === -1) return null;
  if (at === 0) return 0;
  const before = normal.charAt(at - 1);
  return /[\s\-(,]/.test(before) ? 1 : 2;
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
    let alias: { name: string; rank: number } | null = null;
    for (const name of entry.aliases ?? []) {
      const rank = matchRank(name, query);
      if (rank !== null && (alias === null || rank < alias.rank)) alias = { name, rank };
    }
    const ranks = [local, english, code, alias?.rank ?? null].filter((r): r is number => r !== null);
    if (ranks.length === 0) continue;
    const rank = Math.min(...ranks);
    const byName = local !== null || english !== null || code !== null;
    const result: SearchResult = { entry, viaEnglish: local === null && english !== null };
    if (!byName && alias) result.viaAlias = alias.name;
    found.push({ result, rank });
  }
  found.sort(
    (a, b) =>
      Number(b.rank === -1) - Number(a.rank === -1) ||
      Number(b.result.entry.supporter) - Number(a.result.entry.supporter) ||
      a.rank - b.rank ||
      collator.compare(a.result.entry.name, b.result.entry.name),
  );
  return found.slice(0, limit).map((f) => f.result);
}
