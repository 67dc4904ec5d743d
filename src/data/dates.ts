/**
 * Calendar helpers for the partial dates the dataset uses (YYYY, YYYY-MM, YYYY-MM-DD).
 * Sources often give only a month; a partial date stands for the whole span it names.
 */

const DAY_MS = 86_400_000;

export interface DateSpan {
  /** First and last day covered, as UTC milliseconds at midnight. */
  start: number;
  end: number;
}

/** The span a partial date covers, or null when it is not a real calendar date (2023-02-30). */
export function parsePartialDate(text: string): DateSpan | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (month === undefined) return { start: Date.UTC(year, 0, 1), end: Date.UTC(year, 11, 31) };
  if (month < 1 || month > 12) return null;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day === undefined) return { start: Date.UTC(year, month - 1, 1), end: Date.UTC(year, month - 1, lastDay) };
  if (day < 1 || day > lastDay) return null;
  const at = Date.UTC(year, month - 1, day);
  return { start: at, end: at };
}

export function addDays(time: number, days: number): number {
  return time + days * DAY_MS;
}

/** True when some day of the span lies inside [from, to]. */
export function overlaps(span: DateSpan, from: number, to: number): boolean {
  return span.end >= from && span.start <= to;
}

export function isoDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}
