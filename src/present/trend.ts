/**
 * The trend beside the years: per Assembly, how many countries the sources name and the count the
 * ministry gave, where it gave one. Years without a list or without an Assembly are said as such,
 * never drawn as zero.
 */
import type { Edition, Quantity } from '../data/schema.ts';
import type { DatasetIndex } from '../filters/datasetIndex.ts';
import { computeEditionSupport } from '../filters/filterEdition.ts';
import type { Translate } from '../i18n/translate.ts';

export interface TrendPoint {
  year: number;
  status: Edition['listStatus'];
  /** Countries and territories a source names; null without a list. */
  named: number | null;
  /** The ministry's count of countries, when its claim gives one. */
  claim: Quantity | null;
}

/** Oldest first. */
export function trendPoints(index: DatasetIndex): TrendPoint[] {
  return [...index.years]
    .sort((a, b) => a - b)
    .map((year) => {
      const edition = index.editionsByYear.get(year);
      const status = edition?.listStatus ?? 'no-list';
      const named = status === 'listed' ? computeEditionSupport(index, year).named.countries : null;
      return { year, status, named, claim: status === 'listed' ? (edition?.claim?.countries ?? null) : null };
    });
}

export type TrendKey =
  'trendYearNamed' | 'trendYearClaim' | 'trendYearNoList' | 'trendYearNoAssembly' | 'quantityOver' | 'quantityAbout' | 'quantityExact';

const QUANTITY_KEYS = { over: 'quantityOver', about: 'quantityAbout', exact: 'quantityExact' } as const;

/** "over 70" / "about 50" / "50". */
export function quantityText(quantity: Quantity, t: Translate<TrendKey>): string {
  return t(QUANTITY_KEYS[quantity.qualifier], { value: quantity.value });
}

/** The chart as sentences, one per year: its text alternative. */
export function trendSentences(points: readonly TrendPoint[], t: Translate<TrendKey>): string[] {
  return points.map((point) => {
    const year = String(point.year);
    if (point.status === 'no-assembly') return t('trendYearNoAssembly', { year });
    if (point.status === 'no-list' || point.named === null) return t('trendYearNoList', { year });
    const named = String(point.named);
    return point.claim ? t('trendYearClaim', { year, named, claim: quantityText(point.claim, t) }) : t('trendYearNamed', { year, named });
  });
}
