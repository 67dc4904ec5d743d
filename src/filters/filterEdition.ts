/**
 * (dataset, edition, selected types, match) → what the map, the legend, the filters and the
 * table show. Pure and cheap (a few hundred actions), so it runs on every filter change
 * while the geometry stays untouched.
 */
import { SUPPORT_TYPE_IDS } from '../data/vocabulary.ts';
import type { Action, ActorKind, Group, SupportTypeId } from '../data/schema.ts';
import type { DatasetIndex } from './datasetIndex.ts';
import { levelOf } from './supportLevels.ts';

/** Whether an actor must show any of the selected types, or all of them. */
export const MATCHES = ['any', 'all'] as const;
export type Match = (typeof MATCHES)[number];

/**
 * How many actors of each kind: countries and territories (painted on the map), places without an
 * ISO code (Somaliland), organisations. `throughOnly` counts the countries that appear only through
 * an organisation's joint act (a G7 communiqué), which no source names: they are counted apart.
 */
export interface KindCounts {
  /** Countries and territories a source names. */
  countries: number;
  /** Countries and territories only through an organisation's joint act. */
  throughOnly: number;
  places: number;
  organisations: number;
}

const noCounts = (): KindCounts => ({ countries: 0, throughOnly: 0, places: 0, organisations: 0 });

export interface EditionActor {
  kind: ActorKind;
  /** Every type the actor shows in the edition, in canonical order. */
  types: SupportTypeId[];
  /** The actor's actions in the edition (all types). */
  actions: Action[];
  /** Groups a source attaches to this country without naming members ("16 US state legislatures"). */
  groups: Group[];
  /**
   * The organisations through whose joint acts alone the actor appears (its every action has
   * `via`): no source names it. Empty when a source names the actor.
   */
  onlyThrough: string[];
}

export interface ActorSupport extends EditionActor {
  id: string;
  /** Those of `types` that are selected. */
  selectedTypes: SupportTypeId[];
  /** Whether the actor passes the filters. */
  matches: boolean;
  /** Its colour: the strongest level of the selected types it shows (1 to 4), 0 when it does not match. */
  level: number;
}

export interface FilteredEdition {
  year: number;
  /** Every actor with any support in the edition, by id. */
  actors: ReadonlyMap<string, ActorSupport>;
  /** Actors that pass the filters. */
  matching: ActorSupport[];
  /** For each type, how many actors show it in the edition (the counts beside the filters). */
  typeCounts: Record<SupportTypeId, number>;
  /** Actors with any support in the edition, by kind, whatever the filters. */
  named: KindCounts;
  /** Actors that pass the filters, by kind. */
  matchingCounts: KindCounts;
  /** Groups attached to the edition as a whole ("10 of 14 allies"). */
  editionGroups: Group[];
  /** Those of them whose type is selected. */
  matchingEditionGroups: Group[];
  /** The selected types, in canonical order. */
  selected: readonly SupportTypeId[];
}

export function isPainted(kind: ActorKind): boolean {
  return kind === 'country' || kind === 'territory';
}

function countKind(counts: KindCounts, actor: Pick<EditionActor, 'kind' | 'onlyThrough'>): void {
  if (actor.kind === 'organisation') counts.organisations += 1;
  else if (actor.kind === 'place') counts.places += 1;
  else if (actor.onlyThrough.length > 0) counts.throughOnly += 1;
  else counts.countries += 1;
}

/**
 * What an edition shows whatever the filters: who did what, the counts beside the filters and
 * the number of countries named. Worked out once per edition; a filter change reuses it, so the
 * components that show only these (the filter counts, the headline) do not change on a toggle.
 */
export interface EditionSupport {
  year: number;
  /** Every actor with any support in the edition, in first-mention order. */
  actors: ReadonlyMap<string, EditionActor>;
  typeCounts: Record<SupportTypeId, number>;
  named: KindCounts;
  editionGroups: Group[];
}

export function computeEditionSupport(index: DatasetIndex, year: number): EditionSupport {
  const byActor = new Map<string, { actions: Action[]; groups: Group[]; types: Set<SupportTypeId> }>();
  const entry = (id: string) => {
    let found = byActor.get(id);
    if (!found) byActor.set(id, (found = { actions: [], groups: [], types: new Set() }));
    return found;
  };
  for (const action of index.actionsByEdition.get(year) ?? []) {
    const e = entry(action.actor);
    e.actions.push(action);
    e.types.add(action.type);
  }
  const editionGroups: Group[] = [];
  for (const group of index.groupsByEdition.get(year) ?? []) {
    if (group.country === undefined) {
      editionGroups.push(group);
      continue;
    }
    const e = entry(group.country);
    e.groups.push(group);
    e.types.add(group.type);
  }

  const typeCounts = Object.fromEntries(SUPPORT_TYPE_IDS.map((t) => [t, 0])) as Record<SupportTypeId, number>;
  const actors = new Map<string, EditionActor>();
  const named = noCounts();
  for (const [id, e] of byActor) {
    const kind = index.actorsById.get(id)?.kind ?? 'country';
    const types = SUPPORT_TYPE_IDS.filter((t) => e.types.has(t));
    const throughOnly = e.groups.length === 0 && e.actions.length > 0 && e.actions.every((action) => action.via !== undefined);
    const onlyThrough = throughOnly ? [...new Set(e.actions.map((action) => action.via as string))] : [];
    const actor: EditionActor = { kind, types, actions: e.actions, groups: e.groups, onlyThrough };
    actors.set(id, actor);
    for (const t of types) typeCounts[t] += 1;
    countKind(named, actor);
  }
  return { year, actors, typeCounts, named, editionGroups };
}

export function filterEdition(
  index: DatasetIndex,
  year: number,
  selected: readonly SupportTypeId[],
  match: Match,
  edition: EditionSupport = computeEditionSupport(index, year),
): FilteredEdition {
  const actors = new Map<string, ActorSupport>();
  const matching: ActorSupport[] = [];
  const matchingCounts = noCounts();
  for (const [id, actor] of edition.actors) {
    const selectedTypes = actor.types.filter((t) => selected.includes(t));
    const matches = selected.length > 0 && (match === 'any' ? selectedTypes.length > 0 : selectedTypes.length === selected.length);
    const support: ActorSupport = { id, ...actor, selectedTypes, matches, level: matches ? levelOf(selectedTypes) : 0 };
    actors.set(id, support);
    if (matches) {
      matching.push(support);
      countKind(matchingCounts, actor);
    }
  }
  return {
    year,
    actors,
    matching,
    typeCounts: edition.typeCounts,
    named: edition.named,
    matchingCounts,
    editionGroups: edition.editionGroups,
    matchingEditionGroups: edition.editionGroups.filter((group) => selected.includes(group.type)),
    selected,
  };
}

/** The editions in which an actor showed any support, newest first, with the types it showed. */
export function supportHistory(index: DatasetIndex, actorId: string): { year: number; types: SupportTypeId[] }[] {
  const byYear = new Map<number, Set<SupportTypeId>>();
  for (const action of index.actionsByActor.get(actorId) ?? []) {
    let set = byYear.get(action.edition);
    if (!set) byYear.set(action.edition, (set = new Set()));
    set.add(action.type);
  }
  for (const group of index.dataset.groups) {
    if (group.country !== actorId) continue;
    let set = byYear.get(group.edition);
    if (!set) byYear.set(group.edition, (set = new Set()));
    set.add(group.type);
  }
  return [...byYear].sort(([a], [b]) => b - a).map(([year, types]) => ({ year, types: SUPPORT_TYPE_IDS.filter((t) => types.has(t)) }));
}
