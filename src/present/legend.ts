/**
 * The colours of a filtered edition and the legend that explains them, for the page and for
 * every export: one description of what each colour means and how many countries have it.
 */
import { isPainted, type FilteredEdition } from '../filters/filterEdition.ts';
import type { Translate } from '../i18n/translate.ts';
import { fillFor, stepColors, type ColorScheme } from '../map/colorScale.ts';
import { joinWords, throughOrganisations } from './counts.ts';

/** Fill of every painted supporter that passes the filters, by id. */
export function supporterFills(filtered: FilteredEdition, scheme: ColorScheme): Map<string, string> {
  const colors = stepColors(filtered.steps, scheme);
  const fills = new Map<string, string>();
  for (const support of filtered.matching) {
    const fill = fillFor(support.level, colors);
    if (fill && isPainted(support.kind)) fills.set(support.id, fill);
  }
  return fills;
}

export interface LegendStep {
  /** 1 = the fewest selected types. */
  level: number;
  label: string;
  fill: string;
  /** Painted supporters a source names, at this level. */
  count: number;
}

export function legendSteps(filtered: FilteredEdition, scheme: ColorScheme, t: Translate<'legendStep' | 'legendStepOnly'>): LegendStep[] {
  return stepColors(filtered.steps, scheme).map((fill, i) => {
    const level = i + 1;
    return {
      level,
      label: filtered.steps === 1 ? t('legendStepOnly') : t('legendStep', { level, steps: filtered.steps }),
      fill,
      count: filtered.matching.filter((s) => s.level === level && isPainted(s.kind) && s.onlyThrough.length === 0).length,
    };
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
