/**
 * The years table as files: a row per supporter, a column per Assembly. CSV for spreadsheets (the
 * table's own conventions, tableExport.ts), JSON for code (stable English keys and type ids).
 */
import type { Lang } from '../data/schema.ts';
import type { SupportMatrix } from '../filters/supportMatrix.ts';
import type { MatrixRowText } from '../present/matrixRows.ts';
import { csvField } from './tableExport.ts';

const BOM = '\uFEFF';

/** `header`: the first column's and the count's headings, in the reader's language. */
export function matrixToCsv(
  rows: readonly MatrixRowText[],
  years: readonly number[],
  header: { name: string; id: string; editions: string },
): string {
  const lines = [
    [header.name, header.id, ...years.map(String), header.editions],
    ...rows.map((row) => [row.name, row.id, ...row.cells.map((cell) => cell.text), row.editions]),
  ];
  return BOM + lines.map((cells) => cells.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export interface MatrixJsonMeta {
  title: string;
  datasetVersion: string;
  datasetUpdated: string;
  lang: Lang;
  url: string;
}

export function matrixToJson(matrix: SupportMatrix, names: ReadonlyMap<string, string>, meta: MatrixJsonMeta): string {
  const body = {
    ...meta,
    editions: matrix.years,
    rows: matrix.rows.map((row) => ({
      id: row.id,
      name: names.get(row.id) ?? row.id,
      editionsWithSupport: row.editions,
      // One entry per edition, oldest first: the support types, or why there are none.
      cells: row.cells.map((cell, i) => ({
        edition: matrix.years[i],
        ...(cell.kind === 'support' ? { supportTypes: cell.types } : { status: cell.kind }),
      })),
    })),
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}
