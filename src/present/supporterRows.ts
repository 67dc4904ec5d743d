/**
 * One row per supporter that passes the filters, with everything the table, the CSV and the JSON
 * show: the same rows, in the same default order, for the page and the downloads.
 */
import type { ActorKind, Lang, Source, SupportTypeId } from '../data/schema.ts';
import { typeLabel, type DatasetIndex } from '../filters/datasetIndex.ts';
import type { ActorSupport, FilteredEdition } from '../filters/filterEdition.ts';
import { DEFAULT_SORT, sortRows, type SortState } from '../filters/tableRows.ts';
import { collatorFor } from '../i18n/collator.ts';
import { kindLabel } from '../i18n/labels.ts';
import type { Translate } from '../i18n/translate.ts';

export interface SupporterRow {
  id: string;
  name: string;
  kind: ActorKind;
  kindLabel: string;
  types: readonly SupportTypeId[];
  typeLabels: readonly string[];
  /** How many of the selected types it shows: the filters decide what counts. */
  selectedTypes: number;
  actions: number;
  /** Distinct sources of the row's actions and groups, in the order first cited. */
  sources: readonly Source[];
  /** The organisations through whose joint acts alone it appears (no source names it), by name. */
  onlyThrough: readonly string[];
}

/** Distinct sources behind everything shown for the actor: the same release cited twice counts once. */
export function distinctSourceIds(support: Pick<ActorSupport, 'actions' | 'groups'>): string[] {
  const ids = new Set<string>();
  for (const item of [...support.actions, ...support.groups]) for (const id of item.sources) ids.add(id);
  return [...ids];
}

type RowKeys = 'kindCountry' | 'kindTerritory' | 'kindOrganisation' | 'kindPlace';

export function supporterRows(
  index: DatasetIndex,
  filtered: FilteredEdition,
  lang: Lang,
  t: Translate<RowKeys>,
  sort: SortState = DEFAULT_SORT,
  nameOf: (id: string) => string = (id) => index.actorsById.get(id)?.name[lang] ?? id,
): SupporterRow[] {
  const rows = filtered.matching.map((support): SupporterRow => ({
    id: support.id,
    name: nameOf(support.id),
    kind: support.kind,
    kindLabel: kindLabel(t, support.kind),
    types: support.types,
    typeLabels: support.types.map((type) => typeLabel(index, type, lang)),
    selectedTypes: support.selectedTypes.length,
    actions: support.actions.length,
    sources: distinctSourceIds(support).flatMap((id) => index.sourcesById.get(id) ?? []),
    onlyThrough: support.onlyThrough.map(nameOf),
  }));
  return sortRows(rows, sort, collatorFor(lang));
}
