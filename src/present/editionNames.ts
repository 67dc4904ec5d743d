/** An edition's name, as the picker lists it and as a sentence says it: one wording for the page and every export. */
import type { Edition, Lang } from '../data/schema.ts';
import type { Translate } from '../i18n/translate.ts';

/**
 * "92nd". English's ordinal rule (CLDR's: 1st, 2nd, 3rd, but 11th–13th) is written out rather
 * than asked of Intl.PluralRules: the edition picker would be the page's first Intl user, and the
 * first one loads locale data inside the first render (a test checks the rule against Intl).
 * Chinese writes the plain number (第92屆). The templates also get the plain `{number}`, for
 * bodies that name a meeting by it (COP27).
 */
export function ordinal(n: number, lang: Lang): string {
  if (lang !== 'en') return String(n);
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

const heldAssembly = (edition: Edition): edition is Edition & { session: number } =>
  edition.listStatus !== 'no-assembly' && edition.session !== undefined;

/** "2025: 93rd General Assembly, Marrakech", or "2020: no General Assembly". */
export function editionName(edition: Edition, lang: Lang, t: Translate<'editionOption' | 'editionOptionNoAssembly'>): string {
  const year = String(edition.year);
  if (!heldAssembly(edition)) return t('editionOptionNoAssembly', { year });
  return t('editionOption', {
    year,
    session: ordinal(edition.session, lang),
    number: String(edition.session),
    city: edition.city?.[lang] ?? '',
  });
}

/** "93rd INTERPOL General Assembly (Marrakech, 2025)", for sentences; just the year when none met. */
export function editionProse(edition: Edition, lang: Lang, t: Translate<'editionProse'>): string {
  if (!heldAssembly(edition)) return String(edition.year);
  return t('editionProse', {
    year: String(edition.year),
    session: ordinal(edition.session, lang),
    number: String(edition.session),
    city: edition.city?.[lang] ?? '',
  });
}
