/**
 * The table's order, as pure functions, so sorting is tested without rendering and the
 * component only lays out what comes back.
 */

export const SORT_KEYS = ['name', 'kind', 'types', 'actions', 'sources'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'ascending' | 'descending';

export interface SortState {
  key: SortKey;
  direction: SortDirection;
}

/** The most active supporters first: as many selected types as possible, then by name. */
export const DEFAULT_SORT: SortState = { key: 'types', direction: 'descending' };

/** A first click on a text column sorts A→Z; on a count, largest first. */
export function firstDirection(key: SortKey): SortDirection {
  return key === 'name' || key === 'kind' ? 'ascending' : 'descending';
}

export function nextSort(current: SortState, key: SortKey): SortState {
  if (current.key !== key) return { key, direction: firstDirection(key) };
  return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}

/** What the table sorts by. */
export interface SortableRow {
  id: string;
  name: string;
  kindLabel: string;
  /** How many of the selected types it shows: the filters decide what counts. */
  selectedTypes: number;
  actions: number;
  sources: readonly unknown[];
}

export function sortRows<R extends SortableRow>(rows: readonly R[], sort: SortState, collator: Intl.Collator): R[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const byName = (a: R, b: R) => collator.compare(a.name, b.name) || a.id.localeCompare(b.id);
  const primary: Record<SortKey, (a: R, b: R) => number> = {
    name: () => 0,
    kind: (a, b) => collator.compare(a.kindLabel, b.kindLabel),
    types: (a, b) => a.selectedTypes - b.selectedTypes,
    actions: (a, b) => a.actions - b.actions,
    sources: (a, b) => a.sources.length - b.sources.length,
  };
  const compare = primary[sort.key];
  // Ties always fall back to the name A→Z, whatever the direction, so equal rows stay findable.
  return [...rows].sort((a, b) => sign * compare(a, b) || (sort.key === 'name' ? sign : 1) * byName(a, b));
}
