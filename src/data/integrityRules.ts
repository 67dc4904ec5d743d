/**
 * What the page needs of a dataset to show it safely: ids are unique, every reference resolves,
 * every support type is described, links are https. Pure; returns issues, never throws.
 */
import { SUPPORT_TYPE_IDS } from './vocabulary.ts';
import type { DataIssue, IndexedDataset } from './dataIssue.ts';

export function checkIntegrity(data: IndexedDataset): DataIssue[] {
  const issues: DataIssue[] = [];
  const report = (location: string, message: string) => issues.push({ location, message });

  const sourceIds = uniqueIds(data.sources, 'sources', (s) => s.id, report);
  const actorIds = uniqueIds(data.actors, 'actors', (a) => a.id, report);
  uniqueIds(data.actions, 'actions', (a) => a.id, report);
  uniqueIds(data.groups, 'groups', (g) => g.id, report);
  const years = new Set([...uniqueIds(data.editions, 'editions', (e) => String(e.year), report, 'year')].map(Number));
  const listed = new Set(data.editions.filter(({ value }) => value.listStatus === 'listed').map(({ value }) => value.year));
  if (data.supportTypes) {
    const typeIds = uniqueIds(data.supportTypes, 'supportTypes', (t) => t.id, report);
    for (const id of SUPPORT_TYPE_IDS) if (!typeIds.has(id)) report('supportTypes', `missing support type "${id}"`);
  }

  const checkSources = (location: string, ids: readonly string[]) =>
    ids.forEach((id, i) => {
      if (!sourceIds.has(id)) report(`${location}[${i}]`, `unknown source "${id}"`);
    });
  const checkEdition = (at: string, year: number) => {
    if (!years.has(year)) report(`${at}.edition`, `unknown edition ${year}`);
    else if (!listed.has(year)) report(`${at}.edition`, `edition ${year} has no list of supporters`);
  };

  for (const { index, value: source } of data.sources) {
    if (!isHttpsUrl(source.url)) report(`sources[${index}].url`, 'must be an https URL');
  }
  for (const { index, value: edition } of data.editions) {
    const at = `editions[${index}]`;
    if (edition.release) checkSources(`${at}.release`, [edition.release.source]);
    edition.figures?.forEach((figure, i) => checkSources(`${at}.figures[${i}].sources`, figure.sources));
  }

  const actorKinds = new Map(data.actors.map(({ value }) => [value.id, value.kind]));
  for (const { index, value: actor } of data.actors) {
    const at = `actors[${index}]`;
    const painted = actor.kind === 'country' || actor.kind === 'territory';
    const isCode = /^[A-Z]{3}$/.test(actor.id);
    if (painted && !isCode) report(`${at}.id`, `a ${actor.kind} must be keyed by its ISO 3166-1 alpha-3 code`);
    if (!painted && isCode) report(`${at}.id`, `an actor of kind ${actor.kind} must be keyed by a lowercase slug`);
  }

  for (const { index, value: action } of data.actions) {
    const at = `actions[${index}]`;
    if (!actorIds.has(action.actor)) report(`${at}.actor`, `unknown actor "${action.actor}"`);
    checkEdition(at, action.edition);
    checkSources(`${at}.sources`, action.sources);
    if (action.via !== undefined && actorKinds.get(action.via) !== 'organisation')
      report(`${at}.via`, `"${action.via}" is not an organisation in actors`);
  }

  for (const { index, value: group } of data.groups) {
    const at = `groups[${index}]`;
    checkEdition(at, group.edition);
    checkSources(`${at}.sources`, group.sources);
  }

  // An edition's part holds that edition's acts and no other: the page shows it as that edition whole.
  if (data.part) {
    const { edition } = data.part;
    if (!years.has(edition)) report('part.edition', `unknown edition ${edition}`);
    for (const [kind, items] of [['actions', data.actions], ['groups', data.groups]] as const)
      for (const { index, value } of items)
        if (value.edition !== edition) report(`${kind}[${index}].edition`, `${value.edition} in the part of edition ${edition}`);
  }
  return issues;
}

/** The ids of `items`, reporting every repeat with the place of its first use. */
export function uniqueIds<T>(
  items: { index: number; value: T }[],
  collection: string,
  idOf: (item: T) => string,
  report: (location: string, message: string) => void,
  field = 'id',
): Set<string> {
  const firstIndex = new Map<string, number>();
  for (const { index, value } of items) {
    const id = idOf(value);
    const first = firstIndex.get(id);
    if (first === undefined) firstIndex.set(id, index);
    else report(`${collection}[${index}].${field}`, `duplicate ${field} "${id}" (also at ${collection}[${first}])`);
  }
  return new Set(firstIndex.keys());
}

/** The schema's pattern admits only https:, but a URL must also parse (no spaces, a real host). */
export function isHttpsUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' && url.hostname.includes('.');
  } catch {
    return false;
  }
}
