/**
 * The colours of a filtered edition and the legend that explains them, for the page and for
 * every export: one description of what each colour means and how many countries have it.
 */
import { SUPPORT_TYPE_IDS } from '../data/schema.ts';
import { isPainted, type FilteredEdition } from '../filters/filterEdition.ts';
import type { Translate } from '../i18n/translate.ts';
import { possibleLevels, type SupportLevelId } from '../filters/supportLevels.ts';
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
}

type LevelKey = 'levelGovernment' | 'levelLegislature' | 'levelLegislators' | 'levelMissionMedia';

const LEVEL_KEYS: Record<SupportLevelId, LevelKey> = {
  government: 'levelGovernment',
  legislature: 'levelLegislature',
  legislators: 'levelLegislators',
  'mission-media': 'levelMissionMedia',
};

/**
 * The legend's steps, strongest first: only the levels the selected types can reach and at least
 * one country shows (a step that cannot occur is not listed).
 */
export function legendSteps(filtered: FilteredEdition, scheme: ColorScheme, t: Translate<LevelKey>): LegendStep[] {
  return possibleLevels(filtered.selected).flatMap((level) => {
    const count = filtered.matching.filter((s) => s.level === level.rank && isPainted(s.kind) && s.onlyThrough.length === 0).length;
    const shown = count > 0 || filtered.matching.some((s) => s.level === level.rank && isPainted(s.kind));
    return shown
      ? [{ level: level.id, rank: level.rank, label: t(LEVEL_KEYS[level.id]), fill: levelColor(level.rank, scheme) as string, count }]
      : [];
  });
}

/** The legend's note on countries coloured only through an organisation's joint act, or null. */
export function legendThroughOnlyNote(
  filtered: FilteredEdition,
  nameOf: (id: string) => string,
  t: Translate<'legendThroughOnly' | 'legendThroughOnlyOne' | 'listSeparator' | 'listLastSeparator'>,
): string | null {
  const through = filtered.matching.filter((s) => isPainted(s.kind) && s.onlyThrough.length > 0);
  if (through.length === 0) return null;
  const orgs = joinWords(throughOrganisations(through, nameOf), t);
  return through.length === 1 ? t('legendThroughOnlyOne', { orgs }) : t('legendThroughOnly', { count: through.length, orgs });
}

/** What the legend's title says: which kinds of support the colours rank. */
export function legendTitle(filtered: FilteredEdition, typesText: string, t: Translate<'legendTitleAll' | 'legendTitleSome'>): string {
  const year = String(filtered.year);
  return filtered.selected.length === SUPPORT_TYPE_IDS.length
    ? t('legendTitleAll', { year })
    : t('legendTitleSome', { types: typesText, year });
}
