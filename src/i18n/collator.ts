/**
 * One Intl.Collator per language, for every list sorted by name (the table, the search results,
 * the exports). The page's first collator loads the sorting data (~30 ms at 1× CPU in Chromium,
 * ~100 ms at 4×), so none is made before something is sorted: the first view sorts nothing.
 */
import type { Lang } from '../data/schema.ts';

const collators = new Map<Lang, Intl.Collator>();

export function collatorFor(lang: Lang): Intl.Collator {
  let collator = collators.get(lang);
  if (!collator) collators.set(lang, (collator = new Intl.Collator(lang)));
  return collator;
}
