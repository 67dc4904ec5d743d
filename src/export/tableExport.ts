/**
 * The table as files: the table's rows (present/supporterRows.ts), in its default order, with the
 * sources behind each row. CSV is for spreadsheets (UTF-8 with a BOM, or Excel reads Chinese as
 * mojibake; RFC 4180 quoting; CRLF), JSON is for code (stable English keys, full sources).
 */
import type { Lang, SupportTypeId } from '../data/schema.ts';
import type { Match } from '../filters/filterEdition.ts';
import { translator } from '../i18n/translate.ts';
import type { SupporterRow } from '../present/supporterRows.ts';
import { exportWords } from './words.ts';

const BOM = '\uFEFF';

/**
 * RFC 4180, every field quoted (a spreadsheet set to split on `;` must not split ours), quotes
 * doubled. A cell whose first character other than white space is = + - @, a tab or a line break
 * is a formula to some spreadsheet; a leading apostrophe keeps it text.
 */
export function csvField(value: string | number): string {
  let text = String(value);
  if (/^\s*[=+\-@\t\r\n]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

/** One CSV line (no line break): every field quoted; a missing value is an empty field. */
export function csvLine(cells: readonly (string | number | undefined)[]): string {
  return cells.map((cell) => (cell === undefined ? '' : csvField(cell))).join(',');
}

/** The table download's column names. */
export function csvColumns(lang: Lang): string[] {
  const t = translator(exportWords, lang);
  return [t('colName'), t('csvId'), t('colKind'), t('colTypes'), t('colActions'), t('csvSourceUrls'), t('csvOnlyThrough')];
}

/** A row's cells in the table download. */
export function csvCells(row: SupporterRow, lang: Lang): (string | number)[] {
  const t = translator(exportWords, lang);
  return [
    row.name,
    row.id,
    row.kindLabel,
    row.typeLabels.join(t('listSeparator')),
    row.actions,
    row.sources.map((s) => s.url).join(' | '),
    row.onlyThrough.join(' | '),
  ];
}

export function rowsToCsv(rows: readonly SupporterRow[], lang: Lang): string {
  const lines = [csvColumns(lang), ...rows.map((row) => csvCells(row, lang))];
  return BOM + lines.map(csvLine).join('\r\n') + '\r\n';
}

export interface JsonExportMeta {
  title: string;
  datasetVersion: string;
  datasetUpdated: string;
  edition: number;
  types: readonly SupportTypeId[];
  match: Match;
  lang: Lang;
  url: string;
}

export function rowsToJson(rows: readonly SupporterRow[], meta: JsonExportMeta): string {
  const body = {
    ...meta,
    rows: rows.map((row) => ({
      id: row.id,
      name: row.name,
      kind: row.kind,
      supportTypes: row.types,
      actions: row.actions,
      ...(row.onlyThrough.length > 0 ? { onlyThroughMembershipOf: row.onlyThrough } : {}),
      sources: row.sources.map(({ publisher, title, description, date, url }) => ({
        publisher,
        ...(title === undefined ? { description: description?.[meta.lang] ?? description?.en } : { title }),
        date,
        url,
      })),
    })),
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}
