/**
 * A small chart of the years: a bar per Assembly for the countries the sources name, a mark for the
 * ministry's own count where it gave one, and the years without a list or an Assembly written in
 * place of a bar (never a bar of zero). The picture is hidden from screen readers; the same figures
 * are a list of sentences below it.
 */
import { trendSentences, type TrendPoint } from '../../present/trend.ts';
import type { YearsWordsTranslate } from './words.ts';

const COLUMN = 56;
const HEIGHT = 150;
const TOP = 22;
const BOTTOM = 22;

export function TrendChart({ points, t }: { points: readonly TrendPoint[]; t: YearsWordsTranslate }) {
  const max = Math.max(1, ...points.flatMap((point) => [point.named ?? 0, point.claim?.value ?? 0]));
  const plot = HEIGHT - TOP - BOTTOM;
  const y = (value: number) => TOP + plot - (value / max) * plot;
  const width = points.length * COLUMN;
  return (
    <figure className="trend" aria-labelledby="trend-title">
      <figcaption id="trend-title" className="trend__title">
        {t('trendTitle')}
      </figcaption>
      <div className="trend__key" aria-hidden="true">
        <span className="trend__key-item">
          <span className="trend__swatch trend__swatch--named" />
          {t('trendNamed')}
        </span>
        <span className="trend__key-item">
          <span className="trend__swatch trend__swatch--claim" />
          {t('trendClaim')}
        </span>
      </div>
      <svg className="trend__chart" viewBox={`0 0 ${width} ${HEIGHT}`} aria-hidden="true" preserveAspectRatio="xMidYMid meet">
        <line className="trend__axis" x1={0} x2={width} y1={TOP + plot} y2={TOP + plot} />
        {points.map((point, i) => {
          const cx = i * COLUMN + COLUMN / 2;
          return (
            <g key={point.year}>
              {point.named === null ? (
                <text className="trend__gap" x={cx} y={TOP + plot - 6} textAnchor="middle">
                  {t(point.status === 'no-assembly' ? 'trendNoAssembly' : 'trendNoList')}
                </text>
              ) : (
                <>
                  <rect className="trend__bar" x={cx - 13} y={y(point.named)} width={26} height={TOP + plot - y(point.named)} />
                  <text className="trend__value" x={cx} y={y(point.named) - 4} textAnchor="middle">
                    {point.named}
                  </text>
                </>
              )}
              {point.claim && (
                <>
                  <line className="trend__claim" x1={cx - 20} x2={cx + 20} y1={y(point.claim.value)} y2={y(point.claim.value)} />
                  <text className="trend__claim-value" x={cx} y={y(point.claim.value) - 5} textAnchor="middle">
                    {point.claim.qualifier === 'over'
                      ? `${point.claim.value}+`
                      : point.claim.qualifier === 'about'
                        ? `~${point.claim.value}`
                        : point.claim.value}
                  </text>
                </>
              )}
              <text className="trend__year" x={cx} y={HEIGHT - 6} textAnchor="middle">
                {point.year}
              </text>
            </g>
          );
        })}
      </svg>
      <ul className="visually-hidden">
        {trendSentences(points, t).map((sentence) => (
          <li key={sentence}>{sentence}</li>
        ))}
      </ul>
    </figure>
  );
}
