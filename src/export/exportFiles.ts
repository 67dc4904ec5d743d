/**
 * What the Download menu makes: the map as SVG or PNG, the table as CSV or JSON. Loaded with a
 * dynamic import on the first click, so none of it is in the page's first download.
 */
import type { SupportTypeId, Lang } from '../data/schema.ts';
import type { DatasetIndex } from '../filters/datasetIndex.ts';
import type { FilteredEdition, Match } from '../filters/filterEdition.ts';
import { svgToPng } from './download.ts';
import { createExportInput, type ExportViewInput } from './exportInput.ts';
import { renderExportSvg, type ExportShape } from './exportSvg.ts';
import { translator } from '../i18n/translate.ts';
import { supporterRows } from '../present/supporterRows.ts';
import { rowsToCsv, rowsToJson } from './tableExport.ts';
import { exportWords } from './words.ts';
import { DEFAULT_PICTURE, PICTURE_SIZES, type PictureOptions } from './pictureSizes.ts';

export const EXPORT_FORMATS = ['svg', 'png', 'csv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportContext {
  index: DatasetIndex;
  view: FilteredEdition;
  selected: readonly SupportTypeId[];
  match: Match;
  lang: Lang;
  /** Null when the map could not load: the table still exports. */
  geometry: { viewBox: readonly [number, number, number, number]; shapes: readonly ExportShape[] } | null;
  url: string;
  /** The change view: the map is coloured by change (tables stay the edition's). */
  changes?: ExportViewInput['changes'];
  /** SVG and PNG only. */
  picture?: PictureOptions;
}

export async function createExportFile(format: ExportFormat, context: ExportContext): Promise<{ blob: Blob; filename: string }> {
  const picture = context.picture ?? DEFAULT_PICTURE;
  const size = PICTURE_SIZES[picture.size];
  const isPicture = format === 'svg' || format === 'png';
  const against = context.changes && isPicture ? `-vs-${context.changes.view.against}` : '';
  const sized = isPicture && 'height' in size ? `-${size.width}x${size.height}` : '';
  const filename = `support-map-${context.view.year}${against}-${context.lang}${sized}.${format}`;
  if (format === 'csv' || format === 'json') {
    const rows = supporterRows(context.index, context.view, context.lang, translator(exportWords, context.lang));
    if (format === 'csv') return { blob: new Blob([rowsToCsv(rows, context.lang)], { type: 'text/csv;charset=utf-8' }), filename };
    const { dataset } = context.index;
    const json = rowsToJson(rows, {
      title: dataset.title[context.lang],
      datasetVersion: dataset.version,
      datasetUpdated: dataset.updated,
      edition: context.view.year,
      types: context.selected,
      match: context.match,
      lang: context.lang,
      url: context.url,
    });
    return { blob: new Blob([json], { type: 'application/json;charset=utf-8' }), filename };
  }
  if (!context.geometry) throw new Error('the map has not loaded');
  const { changes, picture: _picture, ...rest } = context;
  const input = {
    ...rest,
    ...context.geometry,
    ...size,
    // A wide picture has no height to spare for the counts' sentence and the notes; a square has.
    ...('height' in size && size.height < size.width ? { compact: true } : {}),
    labels: picture.labels,
    transparent: picture.transparent,
    ...(changes ? { changes } : {}),
  };
  const { svg, width, height } = renderExportSvg(createExportInput(input));
  if (format === 'svg') return { blob: new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }), filename };
  return { blob: await svgToPng(svg, width, height, 2), filename };
}
