/**
 * The table's rows and their order, as pure functions of the edition view, so sorting is
 * tested without rendering and the component only lays out what comes back.
 */
import type { ActorKind } from '../data/schema.ts';
import type { ActorSupport } from './editionView.ts';

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

export interface TableRow {
  id: string;
  name: string;
  kind: ActorKind;
  kindLabel: string;
  types: string;
  /** What the Support types column sorts by: the filters decide what counts. */
  selectedTypes: number;
  actions: number;
  sources: number;
}

/** Distinct sources behind everything shown for the actor: the same release cited twice counts once. */
export function countSources(support: ActorSupport): number {
  const ids = new Set<string>();
  for (const item of [...support.actions, ...support.groups]) for (const id of item.sources) ids.add(id);
  return ids.size;
}

export function sortRows(rows: readonly TableRow[], sort: SortState, collator: Intl.Collator): TableRow[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const byName = (a: TableRow, b: TableRow) => collator.compare(a.name, b.name) || a.id.localeCompare(b.id);
  const primary: Record<SortKey, (a: TableRow, b: TableRow) => number> = {
    name: () => 0,
    kind: (a, b) => collator.compare(a.kindLabel, b.kindLabel),
    types: (a, b) => a.selectedTypes - b.selectedTypes,
    actions: (a, b) => a.actions - b.actions,
    sources: (a, b) => a.sources - b.sources,
  };
  const compare = primary[sort.key];
  // Ties always fall back to the name A→Z, whatever the direction, so equal rows stay findable.
  return [...rows].sort((a, b) => sign * compare(a, b) || (sort.key === 'name' ? sign : 1) * byName(a, b));
}
