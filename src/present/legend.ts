/**
 * The colours of a filtered edition and the legend that explains them, for the page and for
 * every export: one description of what each colour means and how many countries have it.
 */
import { isPainted, type FilteredEdition } from '../filters/filterEdition.ts';
import type { Translate } from '../i18n/translate.ts';
import { fillFor, stepColors, type ColorScheme } from '../map/colorScale.ts';

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
  /** Painted supporters at this level. */
  count: number;
}

export function legendSteps(filtered: FilteredEdition, scheme: ColorScheme, t: Translate<'legendStep' | 'legendStepOnly'>): LegendStep[] {
  return stepColors(filtered.steps, scheme).map((fill, i) => {
    const level = i + 1;
    return {
      level,
      label: filtered.steps === 1 ? t('legendStepOnly') : t('legendStep', { level, steps: filtered.steps }),
      fill,
      count: filtered.matching.filter((s) => s.level === level && isPainted(s.kind)).length,
    };
  });
}
