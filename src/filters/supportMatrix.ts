/**
 * Every actor across the years: a row per actor, a cell per edition (oldest first) saying what it
 * did there, or why there is nothing to say (no list found, no Assembly held). Rows are sorted by
 * the number of editions with support, most first, then by id for a stable order.
 */
import type { SupportTypeId } from '../data/schema.ts';
import type { DatasetIndex } from './datasetIndex.ts';
import { computeEditionSupport } from './filterEdition.ts';

export type MatrixCell =
  | { kind: 'support'; types: readonly SupportTypeId[] }
  | { kind: 'none' }
  /** The edition has no list of supporters: nothing is known, which is not "no support". */
  | { kind: 'no-list' }
  | { kind: 'no-assembly' };

export interface MatrixRow {
  id: string;
  cells: readonly MatrixCell[];
  /** Editions with support. */
  editions: number;
}

export interface SupportMatrix {
  /** Edition years, oldest first: the columns. */
  years: readonly number[];
  rows: readonly MatrixRow[];
}

export function supportMatrix(index: DatasetIndex): SupportMatrix {
  const years = [...index.years].sort((a, b) => a - b);
  const supportByYear = new Map(years.map((year) => [year, computeEditionSupport(index, year).actors]));
  const ids = new Set<string>();
  for (const actors of supportByYear.values()) for (const id of actors.keys()) ids.add(id);
  const rows = [...ids].map((id): MatrixRow => {
    const cells = years.map((year): MatrixCell => {
      const status = index.editionsByYear.get(year)?.listStatus;
      if (status === 'no-assembly') return { kind: 'no-assembly' };
      if (status === 'no-list') return { kind: 'no-list' };
      const support = supportByYear.get(year)?.get(id);
      return support ? { kind: 'support', types: support.types } : { kind: 'none' };
    });
    return { id, cells, editions: cells.filter((cell) => cell.kind === 'support').length };
  });
  rows.sort((a, b) => b.editions - a.editions || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { years, rows };
}
