/**
 * The table as files: one row per table row, in the table's default order, with the sources
 * behind each row. CSV is for spreadsheets (UTF-8 with a BOM, or Excel reads Chinese as
 * mojibake; RFC 4180 quoting; CRLF), JSON is for code (stable English keys, full sources).
 */
import type { ActorKind, Source, SupportTypeId } from '../data/schema.ts';
import { typeLabel, type DatasetIndex } from '../filters/datasetIndex.ts';
import type { EditionView } from '../filters/editionView.ts';
import { collatorFor } from '../i18n/collator.ts';
import { translate, type MessageKey, type MessageParams } from '../i18n/messages.ts';
import type { Lang, Match } from '../state/urlCodec.ts';
import { kindLabel } from '../i18n/labels.ts';
import { DEFAULT_SORT, sortRows, type TableRow } from '../filters/tableRows.ts';
// Register the words this feature uses with translate().
import '../i18n/shareMessages.ts';
import '../i18n/detailMessages.ts';

export interface ExportRow {
  id: string;
  name: string;
  kind: ActorKind;
  kindLabel: string;
  types: SupportTypeId[];
  typeLabels: string[];
  actions: number;
  /** Distinct sources of the row's actions and groups, in the order first cited. */
  sources: Source[];
}

/** The rows the table shows for this view, in its default order (the same sortRows). */
export function exportRows(index: DatasetIndex, view: EditionView, lang: Lang): ExportRow[] {
  const t = (key: MessageKey, params?: MessageParams) => translate(lang, key, params);
  const rows = view.matching.map((support): ExportRow => {
    const ids = new Set<string>();
    for (const item of [...support.actions, ...support.groups]) for (const id of item.sources) ids.add(id);
    const typeLabels = support.types.map((type) => typeLabel(index, type, lang));
    return {
      id: support.id,
      name: index.actorsById.get(support.id)?.name[lang] ?? support.id,
      kind: support.kind,
      kindLabel: kindLabel(t, support.kind),
      types: support.types,
      typeLabels,
      actions: support.actions.length,
      sources: [...ids].flatMap((id) => index.sourcesById.get(id) ?? []),
    };
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const selectedCount = new Map(view.matching.map((support) => [support.id, support.selectedTypes.length]));
  const tableRows: TableRow[] = rows.map((row) => ({
    id: row.id,
    name: row.name,
    kind: row.kind,
    kindLabel: row.kindLabel,
    types: row.typeLabels.join(t('listSeparator')),
    selectedTypes: selectedCount.get(row.id) ?? 0,
    actions: row.actions,
    sources: row.sources.length,
  }));
  return sortRows(tableRows, DEFAULT_SORT, collatorFor(lang)).map((row) => byId.get(row.id) as ExportRow);
}

const BOM = '\uFEFF';

/** RFC 4180: quote a field holding a comma, a quote or a line break, and double its quotes. */
export function csvField(value: string | number): string {
  let text = String(value);
  // A cell starting with = + - @ is a formula to a spreadsheet; a leading apostrophe keeps it text.
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function rowsToCsv(rows: readonly ExportRow[], lang: Lang): string {
  const t = (key: MessageKey) => translate(lang, key);
  const header = [t('colName'), t('csvId'), t('colKind'), t('colTypes'), t('colActions'), t('csvSourceUrls')];
  const lines = [header, ...rows.map((row) => [row.name, row.id, row.kindLabel, row.typeLabels.join(t('listSeparator')), row.actions, row.sources.map((s) => s.url).join(' | ')])];
  return BOM + lines.map((cells) => cells.map(csvField).join(',')).join('\r\n') + '\r\n';
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

export function rowsToJson(rows: readonly ExportRow[], meta: JsonExportMeta): string {
  const body = {
    ...meta,
    rows: rows.map((row) => ({
      id: row.id,
      name: row.name,
      kind: row.kind,
      supportTypes: row.types,
      actions: row.actions,
      sources: row.sources.map(({ publisher, title, date, url }) => ({ publisher, title, date, url })),
    })),
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}
