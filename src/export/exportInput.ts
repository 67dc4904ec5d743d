/**
 * (dataset, edition view, filters, shapes, language) → the plain data buildExportSvg draws.
 * Pure: the browser's download and the build's social image both call it, so the exported
 * picture says the same words as the page (the same message keys, the same colours).
 */
import { formatPartialDate } from '../i18n/formatPartialDate.ts';
import { SUPPORT_TYPE_IDS, type Edition, type SupportTypeId } from '../data/schema.ts';
import { typeLabel, type DatasetIndex } from '../filters/datasetIndex.ts';
import { isPainted, type EditionView } from '../filters/editionView.ts';
import { translate, type MessageKey, type MessageParams } from '../i18n/messages.ts';
import { localize } from '../i18n/names.ts';
import { stepColors, fillFor } from '../map/colorScale.ts';
import type { Lang, Match } from '../state/urlCodec.ts';
import type { ExportShape, ExportSvgInput, LegendItem } from './exportSvg.ts';
// Registers the words this feature uses with translate().
import '../i18n/shareMessages.ts';

export const TAIWAN_ID = 'TWN';

export interface ExportViewInput {
  index: DatasetIndex;
  view: EditionView;
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

/** Fills of the supporters that pass the filters, as MapView paints them on light land. */
export function supporterFills(view: EditionView): Map<string, string> {
  const colors = stepColors(view.steps, 'light');
  const fills = new Map<string, string>();
  for (const support of view.matching) {
    const fill = fillFor(support.level, colors);
    if (fill && isPainted(support.kind)) fills.set(support.id, fill);
  }
  return fills;
}

export function createExportInput(input: ExportViewInput): ExportSvgInput {
  const { index, view, lang } = input;
  const t = (key: MessageKey, params?: MessageParams) => translate(lang, key, params);
  const edition = index.editionsByYear.get(view.year);
  const typeNames = input.selected.map((type) => typeLabel(index, type, lang));
  const types =
    input.selected.length === SUPPORT_TYPE_IDS.length ? t('all') : input.selected.length === 0 ? t('none') : typeNames.join(t('listSeparator'));

  const subtitle = [edition ? editionLabel(edition, lang) : String(view.year)];
  if (input.card) {
    const named = view.namedCountries === 1 ? t('countriesCountOne') : t('countriesCount', { count: view.namedCountries });
    subtitle.push(edition?.claim ? t('claimLine', { claim: localize(edition.claim.text, lang).text, named }) : t('noClaim', { named }));
  } else {
    subtitle.push(t('exportFilters', { types, match: t(input.match === 'all' ? 'matchAll' : 'matchAny') }));
    subtitle.push(t('summary', { countries: view.matchingCountries, organisations: view.matchingOrganisations }));
  }

  const colors = stepColors(view.steps, 'light');
  const countAt = (level: number) => view.matching.filter((s) => s.level === level && isPainted(s.kind)).length;
  const legend: LegendItem[] = colors.map((fill, i) => ({
    label: view.steps === 1 ? t('legendStepOnly') : t('legendStep', { level: i + 1, steps: view.steps }),
    count: t('legendCount', { count: countAt(i + 1) }),
    swatch: { fill },
  }));
  legend.push({ label: t('legendNone'), swatch: 'neutral' }, { label: t('legendTaiwan'), swatch: 'taiwan' });

  const { dataset } = index;
  const date = formatPartialDate(dataset.updated, lang);
  const footer = [t('sourceLine', { version: dataset.version, date }), t('markerNote')];
  if (input.url) footer.push(input.url);

  return {
    width: input.width,
    ...(input.height === undefined ? {} : { height: input.height }),
    lang,
    viewBox: input.viewBox,
    shapes: input.shapes,
    fills: supporterFills(view),
    taiwanId: TAIWAN_ID,
    title: t('appTitle'),
    subtitle,
    legendTitle: t('legendTitle'),
    legend,
    footer,
    ...(input.fontFamily === undefined ? {} : { fontFamily: input.fontFamily }),
  };
}

/** "2025: 93rd General Assembly, Marrakech", as the edition picker says it. */
export function editionLabel(edition: Edition, lang: Lang): string {
  const year = String(edition.year);
  if (edition.listStatus === 'no-assembly' || !edition.session) return translate(lang, 'editionOptionNoAssembly', { year });
  const session = lang === 'zh-TW' ? String(edition.session) : englishOrdinal(edition.session);
  return translate(lang, 'editionOption', { year, session, city: edition.city?.[lang] ?? '' });
}

/** "93rd INTERPOL General Assembly (Marrakech, 2025)", for sentences; just the year when none met. */
export function editionProse(edition: Edition, lang: Lang): string {
  if (edition.listStatus === 'no-assembly' || !edition.session) return String(edition.year);
  const session = lang === 'zh-TW' ? String(edition.session) : englishOrdinal(edition.session);
  return translate(lang, 'editionProse', { year: String(edition.year), session, city: edition.city?.[lang] ?? '' });
}

function englishOrdinal(n: number): string {
  const suffix = { one: 'st', two: 'nd', few: 'rd', other: 'th', zero: 'th', many: 'th' }[new Intl.PluralRules('en', { type: 'ordinal' }).select(n)];
  return `${n}${suffix}`;
}
