/**
 * The change view in words and colours, for the page and for every export: the legend's steps, the
 * fills of the map, each country's line in the tooltip, and the list grouped by change.
 */
import type { Lang } from '../data/schema.ts';
import type { RelationsEnded } from '../data/relationsSchema.ts';
import type { Change } from '../filters/compareEditions.ts';
import type { DatasetIndex } from '../filters/datasetIndex.ts';
import { supportSources, type EditionChanges } from '../filters/editionChanges.ts';
import { computeEditionSupport, isPainted } from '../filters/filterEdition.ts';
import { collatorFor } from '../i18n/collator.ts';
import { formatPartialDate } from '../i18n/formatPartialDate.ts';
import type { Translate } from '../i18n/translate.ts';
import type { ColorScheme } from '../map/colorScale.ts';

/**
 * One colour per change: categories, not a scale. Supporters gained are greens (first time ever the
 * deeper), supporters in both a quiet blue, not reported an orange and ended relations a purple:
 * hues that stay apart under the common colour-vision deficiencies (tests/a11y/contrast.test.ts).
 * The legend names each one: colour is never the only cue.
 */
export const CHANGE_COLORS: Readonly<Record<ColorScheme, Readonly<Record<Change, string>>>> = {
  light: { 'relations-ended': '#762a83', 'first-time': '#00603d', new: '#4fb583', again: '#9dbddc', 'not-reported': '#e69f00' },
  dark: { 'relations-ended': '#c794e0', 'first-time': '#a3ecc4', new: '#2f9e6a', again: '#3d6690', 'not-reported': '#f0b13a' },
};

/** The order of the legend and the list: gained, kept, lost. */
export const CHANGE_ORDER: readonly Change[] = ['first-time', 'new', 'again', 'not-reported', 'relations-ended'];

export type ChangeKey =
  'changeTitle' | 'changeFirstTime' | 'changeNew' | 'changeAgain' | 'changeNotReported' | 'changeRelationsEnded' | 'changeEndedOn';

const CHANGE_KEYS: Record<Change, ChangeKey> = {
  'relations-ended': 'changeRelationsEnded',
  'first-time': 'changeFirstTime',
  new: 'changeNew',
  again: 'changeAgain',
  'not-reported': 'changeNotReported',
};

/** "Named in 2024, not in 2023". */
export function changeLabel(change: Change, view: Pick<EditionChanges, 'year' | 'against'>, t: Translate<ChangeKey>): string {
  return t(CHANGE_KEYS[change], { year: String(view.year), against: String(view.against) });
}

export function changeTitle(view: Pick<EditionChanges, 'year' | 'against'>, t: Translate<ChangeKey>): string {
  return t('changeTitle', { year: String(view.year), against: String(view.against) });
}

/** Whether an actor of the comparison is drawn on the map (a country that ended relations always is). */
function paintedIn(index: DatasetIndex, id: string): boolean {
  const actor = index.actorsById.get(id);
  return actor ? isPainted(actor.kind) : /^[A-Z]{3}$/.test(id);
}

/** Fill of every painted actor of the comparison, by id. */
export function changeFills(index: DatasetIndex, view: EditionChanges, scheme: ColorScheme): Map<string, string> {
  const fills = new Map<string, string>();
  for (const [id, change] of view.changes) if (paintedIn(index, id)) fills.set(id, CHANGE_COLORS[scheme][change]);
  return fills;
}

export interface ChangeStep {
  change: Change;
  label: string;
  fill: string;
  /** Countries and territories on the map with this change. */
  count: number;
}

/** The legend: every change, in CHANGE_ORDER, with how many countries have it (zero rows kept, so the legend does not jump). */
export function changeSteps(index: DatasetIndex, view: EditionChanges, scheme: ColorScheme, t: Translate<ChangeKey>): ChangeStep[] {
  const counts = new Map<Change, number>(CHANGE_ORDER.map((change) => [change, 0]));
  for (const [id, change] of view.changes) if (paintedIn(index, id)) counts.set(change, (counts.get(change) ?? 0) + 1);
  return CHANGE_ORDER.map((change) => ({
    change,
    label: changeLabel(change, view, t),
    fill: CHANGE_COLORS[scheme][change],
    count: counts.get(change) ?? 0,
  }));
}

export interface ChangeEntry {
  id: string;
  name: string;
  /** The sources of what it did in the edition shown, and in the other (empty where it was not named). */
  sourcesShown: string[];
  sourcesAgainst: string[];
  /** For a country that ended relations: the date, in words, and the sources that say so. */
  ended: { date: string; sources: string[] } | null;
}

export interface ChangeGroup {
  change: Change;
  label: string;
  entries: ChangeEntry[];
}

/**
 * The list: one group per change that occurs, in CHANGE_ORDER, entries by name. `ended`: the
 * record of ended relations, or null while it is not here (its countries are then not listed).
 */
export function changeGroups(
  index: DatasetIndex,
  view: EditionChanges,
  ended: readonly RelationsEnded[] | null,
  nameOf: (id: string) => string,
  lang: Lang,
  t: Translate<ChangeKey>,
): ChangeGroup[] {
  const endedById = new Map((ended ?? []).map((entry) => [entry.country, entry]));
  const shownSupport = computeEditionSupport(index, view.year);
  const againstSupport = computeEditionSupport(index, view.against);
  const collator = collatorFor(lang);
  return CHANGE_ORDER.flatMap((change) => {
    const entries = [...view.changes]
      .filter(([, c]) => c === change)
      .map(([id]): ChangeEntry => {
        const record = endedById.get(id);
        return {
          id,
          name: index.actorsById.has(id) ? nameOf(id) : (record?.name[lang] ?? nameOf(id)),
          sourcesShown: supportSources(shownSupport, id),
          sourcesAgainst: supportSources(againstSupport, id),
          ended: record ? { date: formatPartialDate(record.ended, lang), sources: record.sources } : null,
        };
      })
      .sort((a, b) => collator.compare(a.name, b.name));
    return entries.length === 0 ? [] : [{ change, label: changeLabel(change, view, t), entries }];
  });
}

/** "Ended relations with Taiwan on 15 January 2024" (or the change's label when no date is known). */
export function changeLine(
  change: Change,
  entry: Pick<ChangeEntry, 'ended'> | null,
  view: Pick<EditionChanges, 'year' | 'against'>,
  t: Translate<ChangeKey>,
): string {
  return change === 'relations-ended' && entry?.ended ? t('changeEndedOn', { date: entry.ended.date }) : changeLabel(change, view, t);
}
