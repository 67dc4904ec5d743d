/**
 * Release-only checks on the raw files (the build and validate-data run them; the page does not
 * need to): text a reader would see garbled, ids a link could not carry, and the follow-on lines of
 * an item the schema refused.
 */
import type { DataIssue } from './dataIssue.ts';

/** C0 and C1 control characters, line breaks included (no text of the data spans lines). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
/** A surrogate without its other half: not a character, shown as "�" or dropped. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Every string of a JSON value (keys included) that holds a control character or a lone surrogate. */
export function textIssues(value: unknown, location = ''): DataIssue[] {
  if (typeof value === 'string') {
    const at = location === '' ? '(root)' : location;
    if (CONTROL.test(value)) return [{ location: at, message: `holds a control character (U+${codeOf(value, CONTROL)})` }];
    if (LONE_SURROGATE.test(value)) return [{ location: at, message: 'holds half of a character (a lone surrogate)' }];
    return [];
  }
  if (Array.isArray(value)) return value.flatMap((item, index) => textIssues(item, `${location}[${index}]`));
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([key, item]) => {
      const at = location === '' ? key : `${location}.${key}`;
      return [...textIssues(key, `${at} (its name)`), ...textIssues(item, at)];
    });
  return [];
}

function codeOf(text: string, pattern: RegExp): string {
  const found = pattern.exec(text)?.[0] ?? '';
  return (found.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
}

/** The longest id a link's `country=` accepts (src/state/urlParams.ts). */
export const MAX_ID_LENGTH = 64;

/** Ids of the dataset's actors too long for a link: their panel could not be shared. */
export function idLengthIssues(raw: unknown): DataIssue[] {
  const actors = (raw as { actors?: unknown })?.actors;
  if (!Array.isArray(actors)) return [];
  return actors.flatMap((actor: unknown, index) => {
    const id = (actor as { id?: unknown })?.id;
    return typeof id === 'string' && id.length > MAX_ID_LENGTH
      ? [{ location: `actors[${index}].id`, message: `is ${id.length} characters; a link carries at most ${MAX_ID_LENGTH}` }]
      : [];
  });
}

/**
 * The lines that only follow from another: a reference to an item the schema refused (one `http:`
 * link made its source invalid, and every action citing it "unknown source"). Those items' ids are
 * still in the raw file; their references are not reported again.
 */
export function withoutFollowOns(issues: readonly DataIssue[], raw: unknown): DataIssue[] {
  const refused = new Set<string>();
  const refusedItems = new Set(issues.map((issue) => /^(\w+\[\d+\])/.exec(issue.location)?.[1]).filter((at) => at !== undefined));
  for (const list of ['sources', 'actors', 'editions', 'actions', 'groups']) {
    const items = (raw as Record<string, unknown>)?.[list];
    if (!Array.isArray(items)) continue;
    items.forEach((item: unknown, index) => {
      const id = (item as { id?: unknown; year?: unknown })?.id ?? (item as { year?: unknown })?.year;
      if (refusedItems.has(`${list}[${index}]`) && (typeof id === 'string' || typeof id === 'number')) refused.add(String(id));
    });
  }
  return issues.filter((issue) => {
    const reference = /^unknown \w+ "?([^"]*)"?$/.exec(issue.message);
    return !(reference && refused.has(reference[1] as string));
  });
}

type Raw = Record<string, unknown>;
const list = (raw: unknown, key: string): Raw[] => {
  const items = (raw as Raw | null)?.[key];
  return Array.isArray(items) ? (items as Raw[]) : [];
};

/**
 * Facts that must agree with each other inside the file, so that one mistyped digit is caught:
 * every year has its edition; an action's or group's id begins with its edition's year; the
 * Assemblies held are numbered one after another; the ministry's count of countries is the number
 * its claim states, and a group's counts the numbers its description states.
 */
export function consistencyIssues(raw: unknown): DataIssue[] {
  const issues: DataIssue[] = [];
  for (const key of ['actions', 'groups']) {
    list(raw, key).forEach((item, index) => {
      if (typeof item.id === 'string' && typeof item.edition === 'number' && !item.id.startsWith(`${item.edition}-`))
        issues.push({ location: `${key}[${index}].edition`, message: `${item.edition} is not the year its id "${item.id}" begins with` });
    });
  }
  // One edition per year, with no year left out (a year without an Assembly is said as such).
  const years = list(raw, 'editions')
    .map((edition, index) => ({ year: edition.year, index }))
    .filter((entry): entry is { year: number; index: number } => typeof entry.year === 'number')
    .sort((a, b) => a.year - b.year);
  years.forEach(({ year, index }, i) => {
    const before = years[i - 1]?.year;
    if (before !== undefined && year !== before + 1)
      issues.push({ location: `editions[${index}].year`, message: `${year} does not follow ${before}: every year has its edition` });
  });
  const held = list(raw, 'editions')
    .map((edition, index) => ({ edition, index }))
    .filter(({ edition }) => typeof edition.session === 'number' && typeof edition.year === 'number')
    .sort((a, b) => (a.edition.year as number) - (b.edition.year as number));
  held.forEach(({ edition, index }, i) => {
    const before = held[i - 1]?.edition.session;
    if (typeof before === 'number' && edition.session !== before + 1)
      issues.push({ location: `editions[${index}].session`, message: `${String(edition.session)} does not follow the Assembly before it (${before})` });
  });
  list(raw, 'editions').forEach((edition, index) => {
    const claim = edition.claim as { text?: { en?: unknown }; countries?: { value?: unknown } } | undefined;
    const value = claim?.countries?.value;
    const text = claim?.text?.en;
    // The count of countries: the number the claim gives before "countries" (it may give others).
    if (typeof value === 'number' && typeof text === 'string' && !numbersIn(text, '\\s+countr').includes(value))
      issues.push({ location: `editions[${index}].claim.countries.value`, message: `${value} is not the number of countries the claim states ("${text}")` });
  });
  list(raw, 'groups').forEach((group, index) => {
    const text = (group.description as { en?: unknown } | undefined)?.en;
    if (typeof text !== 'string') return;
    // Each count is a number of its own in the description ("Ten of Taiwan's 14 allies": 10 and 14).
    const stated = numbersIn(text);
    for (const field of ['count', 'outOf']) {
      const value = (group[field] as { value?: unknown } | undefined)?.value;
      if (typeof value !== 'number') continue;
      const at = stated.indexOf(value);
      if (at === -1) issues.push({ location: `groups[${index}].${field}.value`, message: `${value} is not a number its description states` });
      else stated.splice(at, 1);
    }
  });
  return issues;
}

const ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** "thirty-two" → 32: the numbers under 100 as English writes them in words. */
const NUMBER_WORDS = new Map(
  Array.from({ length: 100 }, (_, n) => [n < 20 ? (ONES[n] as string) : `${TENS[Math.floor(n / 10)]}${n % 10 === 0 ? '' : `-${ONES[n % 10]}`}`, n]),
);

/**
 * Every number English text states, in digits (1,375 or 1375) or, under 100, in words ("Thirty-two",
 * never "thirty" for 32), in order; with `after` (a pattern), only those it follows ("\\s+countr").
 */
export function numbersIn(text: string, after = ''): number[] {
  const found: number[] = [];
  const tokens = new RegExp(`(?:\\d+(?:\\.\\d+)?|[a-z]+(?:-[a-z]+)?)(?=${after})`, 'gi');
  for (const match of text.replace(/(\d),(?=\d{3})/g, '$1').matchAll(tokens)) {
    const token = match[0].toLowerCase();
    const value = /^\d/.test(token) ? Number(token) : NUMBER_WORDS.get(token);
    if (value !== undefined) found.push(value);
  }
  return found;
}
