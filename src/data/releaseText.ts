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
