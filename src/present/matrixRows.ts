/**
 * The years table (countries × Assemblies) in words, for the page and its downloads: each row's
 * name, and each cell's types as short codes and full names, or why a year has nothing to say.
 */
import { SUPPORT_TYPE_IDS } from '../data/vocabulary.ts';
import type { Lang, SupportTypeId } from '../data/schema.ts';
import { typeLabel, type DatasetIndex } from '../filters/datasetIndex.ts';
import { levelOf } from '../filters/supportLevels.ts';
import { supportHistory } from '../filters/filterEdition.ts';
import type { MatrixCell, SupportMatrix } from '../filters/supportMatrix.ts';
import { collatorFor } from '../i18n/collator.ts';
import type { Translate } from '../i18n/translate.ts';

export type ShortTypeKey = 'shortExecutive' | 'shortDelegation' | 'shortLegislature' | 'shortLegislators' | 'shortMission' | 'shortMedia';

export const SHORT_TYPE_KEYS: Record<SupportTypeId, ShortTypeKey> = {
  executive: 'shortExecutive',
  delegation: 'shortDelegation',
  legislature: 'shortLegislature',
  legislators: 'shortLegislators',
  mission: 'shortMission',
  media: 'shortMedia',
};

export type MatrixWordKey = ShortTypeKey | 'matrixNone' | 'matrixNoList' | 'matrixNoAssembly' | 'listSeparator';

export interface MatrixCellText {
  kind: MatrixCell['kind'];
  /** "G D": one code per type, in canonical order; empty when there is no support. */
  short: string[];
  /** "Government / executive, Delegation at the Assembly", or "not named", "no list", "no Assembly". */
  text: string;
  /** The strongest level of its types (1 to 4), 0 without support: the map's colour for it. */
  level: number;
}

export interface MatrixRowText {
  id: string;
  name: string;
  editions: number;
  cells: MatrixCellText[];
}

export function matrixCellText(index: DatasetIndex, cell: MatrixCell, lang: Lang, t: Translate<MatrixWordKey>): MatrixCellText {
  if (cell.kind === 'support') {
    const types = SUPPORT_TYPE_IDS.filter((type) => cell.types.includes(type));
    return {
      kind: cell.kind,
      short: types.map((type) => t(SHORT_TYPE_KEYS[type])),
      text: types.map((type) => typeLabel(index, type, lang)).join(t('listSeparator')),
      level: levelOf(types),
    };
  }
  const key = cell.kind === 'none' ? 'matrixNone' : cell.kind === 'no-list' ? 'matrixNoList' : 'matrixNoAssembly';
  return { kind: cell.kind, short: [], text: t(key), level: 0 };
}

/** One actor's row of the years table (the detail panel's): its cells, oldest first, with their years. */
export function actorYearCells(
  index: DatasetIndex,
  id: string,
  lang: Lang,
  t: Translate<MatrixWordKey>,
): (MatrixCellText & { year: number })[] {
  const history = new Map(supportHistory(index, id).map((entry) => [entry.year, entry.types]));
  return [...index.years]
    .sort((a, b) => a - b)
    .map((year) => {
      const status = index.editionsByYear.get(year)?.listStatus;
      const types = history.get(year);
      const cell: MatrixCell =
        status === 'no-assembly'
          ? { kind: 'no-assembly' }
          : status === 'no-list'
            ? { kind: 'no-list' }
            : types
              ? { kind: 'support', types }
              : { kind: 'none' };
      return { year, ...matrixCellText(index, cell, lang, t) };
    });
}

export type MatrixSort = { key: 'editions' | 'name'; direction: 'ascending' | 'descending' };
export const DEFAULT_MATRIX_SORT: MatrixSort = { key: 'editions', direction: 'descending' };

export function matrixRows(
  index: DatasetIndex,
  matrix: SupportMatrix,
  lang: Lang,
  t: Translate<MatrixWordKey>,
  nameOf: (id: string) => string,
  sort: MatrixSort = DEFAULT_MATRIX_SORT,
): MatrixRowText[] {
  const cellText = (cell: MatrixCell) => matrixCellText(index, cell, lang, t);
  const rows = matrix.rows.map((row) => ({ id: row.id, name: nameOf(row.id), editions: row.editions, cells: row.cells.map(cellText) }));
  const collator = collatorFor(lang);
  const sign = sort.direction === 'ascending' ? 1 : -1;
  // Ties (the same number of Assemblies) always by name A→Z, so equal rows stay findable.
  return rows.sort((a, b) =>
    sort.key === 'name' ? sign * collator.compare(a.name, b.name) : sign * (a.editions - b.editions) || collator.compare(a.name, b.name),
  );
}
