/**
 * (dataset, filtered edition, filters, shapes, language) → the plain data buildExportSvg draws.
 * Pure: the browser's download and the build's social image both call it, and it says what the
 * page says, through the same presentation functions (present/): the Assembly, the headline, the
 * selection, the legend, the small states and Taiwan named on the map, the organisations and groups
 * named in the notes, then the source and the data version.
 */
import { SUBJECT_ID } from '../data/vocabulary.ts';
import type { Lang, SupportTypeId } from '../data/schema.ts';
import { typeLabel, type DatasetIndex } from '../filters/datasetIndex.ts';
import { isPainted, type FilteredEdition, type Match } from '../filters/filterEdition.ts';
import { formatPartialDate } from '../i18n/formatPartialDate.ts';
import { localize } from '../i18n/names.ts';
import { joinWords, matchingText } from '../present/counts.ts';
import { editionHeadline } from '../present/headline.ts';
import { legendSteps, legendThroughOnlyNote, legendTitle, supporterFills } from '../present/legend.ts';
import { selectedTypesText } from '../present/typesText.ts';
import { changeFills, changeGroups, changeSteps, changeTitle } from '../present/changes.ts';
import type { RelationsEnded } from '../data/relationsSchema.ts';
import type { EditionChanges } from '../filters/editionChanges.ts';
import { translator, type Translate } from '../i18n/translate.ts';
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
  /** The social card (exportSvg's 'card' layout): every type, the title and legend beside the map, no notes. */
  card?: boolean;
  /**
   * A picture of a fixed size for social media (exportFiles.ts `PICTURE_SIZES`): the headline and
   * the types shown, the legend and the source, but not the counts' sentence or the notes, so that
   * the map keeps most of the space.
   */
  compact?: boolean;
  /** Names of small states on the map (default true); Taiwan is always named in the legend. */
  labels?: boolean;
  /** No background: the host page's colour shows through. */
  transparent?: boolean;
  fontFamily?: string;
  /** Names of countries without one in the dataset (the browser's Intl names, in the page). */
  nameOf?: (id: string) => string;
  /** The change view: the map coloured by change between `view`'s edition and another. */
  changes?: { view: EditionChanges; ended: readonly RelationsEnded[] };
}

/** An exported picture is printed or posted: always the light theme. */
const EXPORT_SCHEME = 'light';

export function createExportInput(input: ExportViewInput): ExportSvgInput {
  const { index, view, lang } = input;
  const t = translator(exportWords, lang);
  const edition = index.editionsByYear.get(view.year);
  const nameOf = input.nameOf ?? ((id: string) => index.actorsById.get(id)?.name[lang] ?? id);
  const listed = edition?.listStatus === 'listed';
  const headline = edition ? editionHeadline(edition, { counts: view.named, actors: view.actors.values(), nameOf }, lang, t) : null;
  const types = selectedTypesText(index, input.selected, lang, t);

  const subtitle: string[] = [];
  if (headline) subtitle.push(headline.dek.text);
  if (listed && !input.card) {
    subtitle.push(t('exportFilters', { types, match: t(input.match === 'all' ? 'matchAll' : 'matchAny') }));
    if (!input.compact) subtitle.push(t('summary', { counts: matchingText(view, nameOf, lang, t) }));
  }

  const legend: LegendItem[] = listed
    ? legendSteps(view, EXPORT_SCHEME, t).map((step) => ({
        label: step.label,
        count: t('exportLegendCount', { count: step.count }),
        swatch: { fill: step.fill },
      }))
    : [];
  if (listed) legend.push({ label: t(input.selected.length < 6 ? 'legendNoneFiltered' : 'legendNone'), swatch: 'neutral' });
  legend.push({ label: t('legendTaiwan'), swatch: 'taiwan' });

  // Small states and the subject are named on the map (the renderer keeps those too small to see).
  const labels = new Map<string, string>([[SUBJECT_ID, t('legendTaiwan')]]);
  if (listed) for (const support of view.matching) if (isPainted(support.kind)) labels.set(support.id, nameOf(support.id));

  const notes: string[] = [];
  if (listed && !input.card && !input.compact) {
    const organisations = view.matching.filter((s) => s.kind === 'organisation').map((s) => nameOf(s.id));
    const places = view.matching.filter((s) => s.kind === 'place').map((s) => nameOf(s.id));
    if (organisations.length > 0) notes.push(t('exportOrganisations', { names: joinWords(organisations, t) }));
    if (places.length > 0) notes.push(t('exportPlaces', { names: joinWords(places, t) }));
    // Each description is a sentence; the note ends with its own full stop, so theirs is dropped.
    const groups = view.matchingEditionGroups.map((group) => localize(group.description, lang).text.replace(/[.。]$/u, ''));
    if (groups.length > 0) notes.push(t('exportGroups', { groups: groups.join(t('exportGroupSeparator')) }));
    const throughOnly = legendThroughOnlyNote(view.matching, nameOf, t);
    if (throughOnly) notes.push(throughOnly);
    notes.push(t('markerNote'));
  }

  const { dataset } = index;
  const footer = [t('sourceLine', { version: dataset.version, date: formatPartialDate(dataset.updated, lang) })];
  if (input.url) footer.push(input.url);

  const parts = input.changes
    ? changeParts(index, input.changes, nameOf, lang, t)
    : {
        fills: listed ? supporterFills(view, EXPORT_SCHEME) : new Map<string, string>(),
        labels,
        title: headline?.title ?? t('appTitle'),
        subtitle,
        legendTitle: listed ? legendTitle(view, (type) => typeLabel(index, type, lang), t) : '',
        legend,
        notes,
      };
  return {
    width: input.width,
    ...(input.height === undefined ? {} : { height: input.height }),
    lang,
    viewBox: input.viewBox,
    shapes: input.shapes,
    taiwanId: SUBJECT_ID,
    ...(headline && !listed ? { notice: headline.dek.text } : {}),
    ...(headline ? { kicker: headline.kicker } : {}),
    ...parts,
    ...(input.compact ? { notes: [] } : {}),
    ...(input.labels === false ? { labels: new Map<string, string>() } : {}),
    ...(input.transparent ? { transparent: true } : {}),
    ...(input.card ? { layout: 'card' as const } : {}),
    footer,
    ...(input.fontFamily === undefined ? {} : { fontFamily: input.fontFamily }),
  };
}

type ExportParts = Pick<ExportSvgInput, 'fills' | 'labels' | 'title' | 'subtitle' | 'legendTitle' | 'legend' | 'notes'>;

/**
 * The change map: both Assemblies named in the title, the legend of changes, the countries that
 * changed named on the map when small, and in the notes every change but "named in both" by name.
 */
function changeParts(
  index: DatasetIndex,
  changes: NonNullable<ExportViewInput['changes']>,
  nameOf: (id: string) => string,
  lang: Lang,
  t: Translate<keyof typeof exportWords>,
): ExportParts {
  const { view } = changes;
  const fills = changeFills(index, view, EXPORT_SCHEME);
  const groups = changeGroups(index, view, changes.ended, nameOf, lang, t);
  const legend: LegendItem[] = changeSteps(index, view, EXPORT_SCHEME, t).map((step) => ({
    label: step.label,
    count: t('exportLegendCount', { count: step.count }),
    swatch: { fill: step.fill },
  }));
  legend.push({ label: t('changeNeither'), swatch: 'neutral' }, { label: t('legendTaiwan'), swatch: 'taiwan' });
  const labels = new Map<string, string>([[SUBJECT_ID, t('legendTaiwan')]]);
  for (const [id, change] of view.changes) if (change !== 'again' && fills.has(id)) labels.set(id, nameOf(id));
  const notes = groups
    .filter((group) => group.change !== 'again')
    .map((group) =>
      t('exportChangeGroup', {
        label: group.label,
        names: joinWords(
          group.entries.map((entry) => (entry.ended ? t('exportChangeEnded', { name: entry.name, date: entry.ended.date }) : entry.name)),
          t,
        ),
      }),
    );
  notes.push(t('changeNote'));
  const title = changeTitle(view, t);
  return { fills, labels, title: t('exportChangeTitle', { title }), subtitle: [], legendTitle: title, legend, notes };
}
