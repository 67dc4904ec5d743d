/**
 * The colours of a filtered edition and the legend that explains them, for the page and for
 * every export: one description of what each colour means and how many countries have it.
 */
import { SUPPORT_TYPE_IDS } from '../data/vocabulary.ts';
import type { SupportTypeId } from '../data/schema.ts';
import { isPainted, type ActorSupport, type FilteredEdition } from '../filters/filterEdition.ts';
import type { Translate } from '../i18n/translate.ts';
import { levelOf, possibleLevels, SUPPORT_LEVELS, type SupportLevelId } from '../filters/supportLevels.ts';
import { levelColor, type ColorScheme } from '../map/colorScale.ts';
import { joinWords, throughOrganisations } from './counts.ts';

/** Fill of every painted supporter that passes the filters, by id. */
export function supporterFills(filtered: FilteredEdition, scheme: ColorScheme): Map<string, string> {
  const fills = new Map<string, string>();
  for (const support of filtered.matching) {
    const fill = levelColor(support.level, scheme);
    if (fill && isPainted(support.kind)) fills.set(support.id, fill);
  }
  return fills;
}

export interface LegendStep {
  level: SupportLevelId;
  /** 1 (mission or media) to 4 (government or delegation). */
  rank: number;
  label: string;
  fill: string;
  /** Painted supporters a source names, at this level. */
  count: number;
  /** Whether a selected type belongs to this level (false: listed only to keep the legend's rows). */
  selected: boolean;
}

type LevelKey = 'levelGovernment' | 'levelLegislature' | 'levelLegislators' | 'levelMissionMedia';

const LEVEL_KEYS: Record<SupportLevelId, LevelKey> = {
  government: 'levelGovernment',
  legislature: 'levelLegislature',
  legislators: 'levelLegislators',
  'mission-media': 'levelMissionMedia',
};

/**
 * The legend's steps, strongest first.
 * - `reachable` (a picture: exports): only the levels the selected types can reach and at least one
 *   country shows; a step that cannot occur is not listed.
 * - `edition` (the page, where a reader toggles filters just below): every level some country can
 *   take in this edition, whatever the filters, so that a toggle changes counts, never the rows, and
 *   the filters do not move under the pointer. A level none of whose types is selected is marked so.
 */
export function legendSteps(
  filtered: FilteredEdition,
  scheme: ColorScheme,
  t: Translate<LevelKey>,
  rows: 'reachable' | 'edition' = 'reachable',
): LegendStep[] {
  const selectedLevels = new Set(possibleLevels(filtered.selected).map((level) => level.id));
  const editionLevels = new Set<number>();
  if (rows === 'edition')
    for (const actor of filtered.actors.values())
      if (isPainted(actor.kind)) for (const type of actor.types) editionLevels.add(levelOf([type]));
  return SUPPORT_LEVELS.flatMap((level) => {
    const painted = filtered.matching.filter((s) => s.level === level.rank && isPainted(s.kind));
    const count = painted.filter((s) => s.onlyThrough.length === 0).length;
    const listed = rows === 'edition' ? editionLevels.has(level.rank) : selectedLevels.has(level.id) && painted.length > 0;
    if (!listed) return [];
    const fill = levelColor(level.rank, scheme) as string;
    return [{ level: level.id, rank: level.rank, label: t(LEVEL_KEYS[level.id]), fill, count, selected: selectedLevels.has(level.id) }];
  });
}

/** The legend's note on the supporters (e.g. those matching) coloured only through an organisation's joint act, or null. */
export function legendThroughOnlyNote(
  supporters: Iterable<ActorSupport>,
  nameOf: (id: string) => string,
  t: Translate<'legendThroughOnly' | 'legendThroughOnlyOne' | 'listSeparator' | 'listLastSeparator'>,
): string | null {
  const through = [...supporters].filter((s) => isPainted(s.kind) && s.onlyThrough.length > 0);
  if (through.length === 0) return null;
  const orgs = joinWords(throughOrganisations(through, nameOf), t);
  return through.length === 1 ? t('legendThroughOnlyOne', { orgs }) : t('legendThroughOnly', { count: through.length, orgs });
}

/**
 * What the legend's title says: which kinds of support the colours rank. Most types selected are
 * named by those left out ("all but Media"): the shorter list. Beside filters a reader toggles
 * (`maxNamed`), a selection that would take more names is counted instead ("among the 3 types
 * selected below"): the filters name them, and the title keeps a size that does not move them.
 */
export function legendTitle(
  filtered: FilteredEdition,
  typeName: (type: SupportTypeId) => string,
  t: Translate<'legendTitleAll' | 'legendTitleSome' | 'legendTitleExcept' | 'legendTitleCount' | 'listSeparator'>,
  maxNamed = Infinity,
): string {
  const year = String(filtered.year);
  const total = SUPPORT_TYPE_IDS.length;
  const selected = filtered.selected;
  if (selected.length === total) return t('legendTitleAll', { year });
  const except = selected.length > total / 2;
  const named = except ? SUPPORT_TYPE_IDS.filter((type) => !selected.includes(type)) : selected;
  if (named.length > maxNamed) return t('legendTitleCount', { count: selected.length, year });
  const types = named.map(typeName).join(t('listSeparator'));
  return t(except ? 'legendTitleExcept' : 'legendTitleSome', { types, year });
}
