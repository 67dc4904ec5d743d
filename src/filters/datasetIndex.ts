/**
 * Lookups built once per loaded dataset, so filters and panels never scan the whole dataset.
 */
import type { Action, Actor, Dataset, Edition, Group, Source, SupportType, SupportTypeId, Lang } from '../data/schema.ts';

export interface DatasetIndex {
  dataset: Dataset;
  actorsById: ReadonlyMap<string, Actor>;
  sourcesById: ReadonlyMap<string, Source>;
  supportTypesById: ReadonlyMap<SupportTypeId, SupportType>;
  editionsByYear: ReadonlyMap<number, Edition>;
  /** Every edition year, newest first. */
  years: readonly number[];
  /** The newest edition with a list of supporters: what a link without `edition` shows. */
  latestListedYear: number | null;
  actionsByEdition: ReadonlyMap<number, readonly Action[]>;
  groupsByEdition: ReadonlyMap<number, readonly Group[]>;
  actionsByActor: ReadonlyMap<string, readonly Action[]>;
  /**
   * The one edition whose acts the file holds, when it is an edition's part (data/editionPart.ts);
   * null when it holds every edition's.
   */
  part: number | null;
}

export function createDatasetIndex(dataset: Dataset): DatasetIndex {
  const years = dataset.editions.map((e) => e.year).sort((a, b) => b - a);
  const listed = dataset.editions.filter((e) => e.listStatus === 'listed').map((e) => e.year);
  return {
    dataset,
    actorsById: new Map(dataset.actors.map((a) => [a.id, a])),
    sourcesById: new Map(dataset.sources.map((s) => [s.id, s])),
    supportTypesById: new Map(dataset.supportTypes.map((t) => [t.id, t])),
    editionsByYear: new Map(dataset.editions.map((e) => [e.year, e])),
    years,
    latestListedYear: listed.length === 0 ? null : Math.max(...listed),
    actionsByEdition: groupBy(dataset.actions, (a) => a.edition),
    groupsByEdition: groupBy(dataset.groups, (g) => g.edition),
    actionsByActor: groupBy(dataset.actions, (a) => a.actor),
    part: dataset.part?.edition ?? null,
  };
}

/** A support type's name: the dataset's, so staff can reword it without a release. */
export function typeLabel(index: DatasetIndex, type: SupportTypeId, lang: Lang): string {
  return index.supportTypesById.get(type)?.label[lang] ?? type;
}

/** The edition a view shows: the one asked for if it exists, else the latest listed one. */
export function resolveEditionYear(index: DatasetIndex, requested: number | null): number | null {
  if (requested !== null && index.editionsByYear.has(requested)) return requested;
  return index.latestListedYear ?? index.years[0] ?? null;
}

function groupBy<T, K>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const list = groups.get(key);
    if (list) list.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
