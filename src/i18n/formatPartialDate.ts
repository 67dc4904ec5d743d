/**
 * Dates as precise as their source: "2024" stays a year and "2024-11" a month, never a made-up
 * first of the month. One style per language, from its dictionary (30 November 2026; 2026年11月30日),
 * written out rather than asked of Intl: the same words everywhere, and no locale data to load.
 */
import type { Lang } from '../data/schema.ts';
import { translate } from './translate.ts';
import { laterWords } from './words/later.ts';

const PARTS = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The date for visitors, or the text unchanged when it is not a YYYY[-MM[-DD]] date. */
export function formatPartialDate(text: string, lang: Lang): string {
  const match = PARTS.exec(text);
  if (!match) return text;
  const [, year = '', month, day] = match;
  if (month === undefined) return translate(laterWords, lang, 'dateYear', { year });
  const name = translate(laterWords, lang, 'monthNames').split('|')[Number(month) - 1];
  if (name === undefined) return text;
  if (day === undefined) return translate(laterWords, lang, 'dateMonth', { month: name, year });
  return translate(laterWords, lang, 'dateDay', { day: String(Number(day)), month: name, year });
}
