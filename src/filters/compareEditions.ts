/**
 * What changed between two Assemblies: for every actor that supported Taiwan in either, or whose
 * country ended diplomatic relations with Taiwan between them, one kind of change. A pure function
 * of sets, so that its symmetry can be tested whatever the data (tests/filters/compareEditions).
 */

/** Strongest first: an actor is counted under the first that applies. */
export const CHANGES = ['relations-ended', 'first-time', 'new', 'again', 'not-reported'] as const;
export type Change = (typeof CHANGES)[number];

export interface CompareInput {
  /** Supporters in the edition shown. */
  shown: ReadonlySet<string>;
  /** Supporters in the edition it is compared with. */
  against: ReadonlySet<string>;
  /** Supporters in any edition before the one shown (for "first time ever"). */
  beforeShown: ReadonlySet<string>;
  /** Countries whose relations with Taiwan ended between the two Assemblies (either order). */
  endedBetween: ReadonlySet<string>;
}

/**
 * - `relations-ended`: relations with Taiwan ended between the two Assemblies;
 * - `again`: a supporter in both;
 * - `first-time`: a supporter in the edition shown only, and in no edition before it;
 * - `new`: a supporter in the edition shown only, having supported in some earlier one;
 * - `not-reported`: a supporter in the other edition only.
 * An edition against itself has no change (all `again`); A against B mirrors B against A.
 */
export function compareSupporters({ shown, against, beforeShown, endedBetween }: CompareInput): Map<string, Change> {
  const changes = new Map<string, Change>();
  for (const id of endedBetween) changes.set(id, 'relations-ended');
  for (const id of shown) {
    if (changes.has(id)) continue;
    if (against.has(id)) changes.set(id, 'again');
    else changes.set(id, beforeShown.has(id) ? 'new' : 'first-time');
  }
  for (const id of against) if (!changes.has(id)) changes.set(id, 'not-reported');
  return changes;
}

/** A date as the data gives it ("2019-09", "2019-09-16"), compared as the first day it can be. */
const dayOf = (date: string) => (date.length === 7 ? `${date}-01` : date);

/**
 * The countries whose relations ended after the earlier Assembly opened and on or before the later
 * one opened, from `ended` (country id → date). Assemblies are given by their opening dates.
 */
export function relationsEndedBetween(ended: ReadonlyMap<string, string>, firstOpening: string, secondOpening: string): Set<string> {
  const [from, to] = [firstOpening, secondOpening].sort();
  const between = new Set<string>();
  for (const [id, date] of ended) if (dayOf(date) > from! && dayOf(date) <= to!) between.add(id);
  return between;
}

/** How many actors have each change, in CHANGES order (zero counts included). */
export function countChanges(changes: ReadonlyMap<string, Change>): Record<Change, number> {
  const counts = Object.fromEntries(CHANGES.map((change) => [change, 0])) as Record<Change, number>;
  for (const change of changes.values()) counts[change] += 1;
  return counts;
}
