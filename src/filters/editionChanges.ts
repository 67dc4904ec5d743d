/**
 * What changed between two Assemblies of the dataset (the change view): compareSupporters over the
 * supporters of each, with "first time ever" read from every edition before the one shown, and the
 * relations that ended between the two opening days. Whatever the type filters: a change is about
 * who spoke up at all.
 */
import { compareSupporters, relationsEndedBetween, type Change } from './compareEditions.ts';
import type { DatasetIndex } from './datasetIndex.ts';
import { computeEditionSupport, type EditionSupport } from './filterEdition.ts';

export interface EditionChanges {
  /** The edition shown. */
  year: number;
  /** The edition it is compared with. */
  against: number;
  /** One change per actor that supported in either edition or whose relations ended between them. */
  changes: ReadonlyMap<string, Change>;
}

function supportersOf(index: DatasetIndex, year: number): Set<string> {
  return new Set(computeEditionSupport(index, year).actors.keys());
}

const firstListedYearsOf = new WeakMap<DatasetIndex, ReadonlyMap<string, number>>();

/**
 * Each actor's first edition with a list that names it, worked out once per dataset: a switch
 * in the change view then costs the same however many editions came before.
 */
function firstListedYears(index: DatasetIndex): ReadonlyMap<string, number> {
  let first = firstListedYearsOf.get(index);
  if (!first) {
    const years = new Map<string, number>();
    for (const year of [...index.years].sort((a, b) => a - b)) {
      if (index.editionsByYear.get(year)?.listStatus !== 'listed') continue;
      for (const id of supportersOf(index, year)) if (!years.has(id)) years.set(id, year);
    }
    firstListedYearsOf.set(index, (first = years));
  }
  return first;
}

/** The day an edition opened; an edition without one is taken as 1 January of its year. */
function openingOf(index: DatasetIndex, year: number): string {
  return index.editionsByYear.get(year)?.startDate ?? `${year}-01-01`;
}

/**
 * `ended`: country id → the date its relations with Taiwan ended (data/relations.json). Editions
 * without a list count for nothing before the one shown (nothing is known of them).
 */
export function editionChanges(index: DatasetIndex, year: number, against: number, ended: ReadonlyMap<string, string>): EditionChanges {
  const beforeShown = new Set<string>();
  for (const [id, first] of firstListedYears(index)) if (first < year) beforeShown.add(id);
  const changes = compareSupporters({
    shown: supportersOf(index, year),
    against: supportersOf(index, against),
    beforeShown,
    endedBetween: relationsEndedBetween(ended, openingOf(index, year), openingOf(index, against)),
  });
  return { year, against, changes };
}

/**
 * The sources of what an actor did in an edition (its actions and the groups it belongs to), each
 * once. `support`: the edition's, worked out once for every actor asked about.
 */
export function supportSources(support: EditionSupport, id: string): string[] {
  const actor = support.actors.get(id);
  if (!actor) return [];
  return [...new Set([...actor.actions.flatMap((action) => action.sources), ...actor.groups.flatMap((group) => group.sources)])];
}
