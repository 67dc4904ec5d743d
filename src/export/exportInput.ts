/**
 * (dataset, filtered edition, filters, shapes, language) → the plain data buildExportSvg draws.
 * Pure: the browser's download and the build's social image both call it, and it says what the
 * page says, through the same presentation functions (present/).
 */
import { SUBJECT_ID, type Lang, type SupportTypeId } from '../data/schema.ts';
import type { DatasetIndex } from '../filters/datasetIndex.ts';
import type { FilteredEdition, Match } from '../filters/filterEdition.ts';
import { formatPartialDate } from '../i18n/formatPartialDate.ts';
import { translator } from '../i18n/translate.ts';
import { editionName } from '../present/editionNames.ts';
import { matchingText } from '../present/counts.ts';
import { claimSentence } from '../present/headline.ts';
import { legendSteps, legendThroughOnlyNote, supporterFills } from '../present/legend.ts';
import { selectedTypesText } from '../present/typesText.ts';
import type { ExportShape, ExportSvgInput, LegendItem } from './exportSvg.ts';
import { exportWords } from './words.ts';

export interface ExportViewInput {
  index: DatasetIndex;
  view: FilteredEdition;
  selected: readonly SupportTypeId[];
  match: Match;
  lang: Lang;
  viewBox: readonly [number, number, number, number];
  shapes: readonly ExportShape[];
  /** The link to this view, printed in the footer. */
  url?: string;
  width: number;
  height?: number;
  /**
   * The social card: the ministry's claim beside what sources name, instead of the filters and
   * the match count (a card always shows every type).
   */
  card?: boolean;
  fontFamily?: string;
}

/** An exported picture is printed or posted: always the light theme. */
const EXPORT_SCHEME = 'light';

export function createExportInput(input: ExportViewInput): ExportSvgInput {
  const { index, view, lang } = input;
  const t = translator(exportWords, lang);
  const edition = index.editionsByYear.get(view.year);
  const nameOf = (id: string) => index.actorsById.get(id)?.name[lang] ?? id;

  const subtitle = [edition ? editionName(edition, lang, t) : String(view.year)];
  if (input.card) {
    if (edition) subtitle.push(claimSentence(edition, { counts: view.named, actors: view.actors.values(), nameOf }, lang, t).text);
  } else {
    const types = selectedTypesText(index, input.selected, lang, t);
    subtitle.push(t('exportFilters', { types, match: t(input.match === 'all' ? 'matchAll' : 'matchAny') }));
    subtitle.push(t('summary', { counts: matchingText(view, nameOf, t) }));
  }

  const legend: LegendItem[] = legendSteps(view, EXPORT_SCHEME, t).map((step) => ({
    label: step.label,
    count: t('legendCount', { count: step.count }),
    swatch: { fill: step.fill },
  }));
  legend.push({ label: t('legendNone'), swatch: 'neutral' }, { label: t('legendTaiwan'), swatch: 'taiwan' });

  const { dataset } = index;
  const date = formatPartialDate(dataset.updated, lang);
  const throughOnly = legendThroughOnlyNote(view, nameOf, t);
  const footer = [...(throughOnly ? [throughOnly] : []), t('markerNote'), t('sourceLine', { version: dataset.version, date })];
  if (input.url) footer.push(input.url);

  return {
    width: input.width,
    ...(input.height === undefined ? {} : { height: input.height }),
    lang,
    viewBox: input.viewBox,
    shapes: input.shapes,
    fills: supporterFills(view, EXPORT_SCHEME),
    taiwanId: SUBJECT_ID,
    title: t('appTitle'),
    subtitle,
    legendTitle: t('legendTitle'),
    legend,
    footer,
    ...(input.fontFamily === undefined ? {} : { fontFamily: input.fontFamily }),
  };
}
