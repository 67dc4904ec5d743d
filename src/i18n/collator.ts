/**
 * One Intl.Collator per language, for every list sorted by name (the table, the search results,
 * the exports). Making the first one loads the language's sorting data: about 25 ms on a
 * mid-range phone, which the page does in idle time (App) rather than in the first click that
 * sorts something.
 */
import type { Lang } from '../state/urlCodec.ts';

const collators = new Map<Lang, Intl.Collator>();

export function collatorFor(lang: Lang): Intl.Collator {
  let collator = collators.get(lang);
  if (!collator) collators.set(lang, (collator = new Intl.Collator(lang)));
  return collator;
}
