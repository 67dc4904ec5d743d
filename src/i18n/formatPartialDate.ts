/**
 * Dates as precise as their source: "2024" stays a year and "2024-11" a month, never a
 * made-up first of the month. Pure, so the panel and the tests share one formatter.
 */
import type { Lang } from '../data/schema.ts';

const PARTS = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(lang: Lang, precision: 'year' | 'month' | 'day'): Intl.DateTimeFormat {
  const key = `${lang}|${precision}`;
  let format = formats.get(key);
  if (!format) {
    // UTC on both sides: a date written in the data must not shift a day with the visitor's zone.
    const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
    if (precision !== 'year') options.month = 'long';
    if (precision === 'day') options.day = 'numeric';
    formats.set(key, (format = new Intl.DateTimeFormat(lang, options)));
  }
  return format;
}

/** The date for visitors, or the text unchanged when it is not a YYYY[-MM[-DD]] date. */
export function formatPartialDate(text: string, lang: Lang): string {
  const match = PARTS.exec(text);
  if (!match) return text;
  const year = Number(match[1]);
  const month = match[2] === undefined ? 0 : Number(match[2]) - 1;
  const day = match[3] === undefined ? 1 : Number(match[3]);
  const precision = match[3] !== undefined ? 'day' : match[2] !== undefined ? 'month' : 'year';
  return formatFor(lang, precision).format(Date.UTC(year, month, day));
}
