/**
 * A small chart of the years: a bar per Assembly for the countries the sources name, a mark for the
 * ministry's own count where it gave one, and the years without a list or an Assembly written in
 * place of a bar (never a bar of zero). The picture is hidden from screen readers; the same figures
 * are a list of sentences below it.
 */
import { useRef } from 'react';
import { trendSentences, type TrendPoint } from '../../present/trend.ts';
import { useElementWidth } from '../common/useElementWidth.ts';
import type { YearsWordsTranslate } from './words.ts';

const HEIGHT = 160;
const TOP = 24;
const BOTTOM = 22;
/** Below this column width, the words for a year without a list take two lines. */
const NARROW_COLUMN = 64;

export function TrendChart({ points, t }: { points: readonly TrendPoint[]; t: YearsWordsTranslate }) {
  // Drawn at its size in CSS pixels, so that its words are as large on a phone as on a desktop.
  const box = useRef<HTMLDivElement>(null);
  const width = useElementWidth(box) ?? points.length * NARROW_COLUMN;
  const column = width / Math.max(1, points.length);
  const barWidth = Math.min(28, column * 0.55);
  const max = Math.max(1, ...points.flatMap((point) => [point.named ?? 0, point.claim?.value ?? 0]));
  const plot = HEIGHT - TOP - BOTTOM;
  const y = (value: number) => TOP + plot - (value / max) * plot;
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
      <div ref={box} className="trend__box">
        <svg className="trend__chart" width={width} height={HEIGHT} viewBox={`0 0 ${width} ${HEIGHT}`} aria-hidden="true">
          <line className="trend__axis" x1={0} x2={width} y1={TOP + plot} y2={TOP + plot} />
          {points.map((point, i) => {
            const cx = i * column + column / 2;
            const gap = t(point.status === 'no-assembly' ? 'trendNoAssembly' : 'trendNoList');
            const [first, ...rest] = column < NARROW_COLUMN ? gap.split(' ') : [gap];
            return (
              <g key={point.year}>
                {point.named === null ? (
                  <text className="trend__gap" x={cx} y={TOP + plot - (rest.length > 0 ? 18 : 6)} textAnchor="middle">
                    {first}
                    {rest.length > 0 && (
                      <tspan x={cx} dy={12}>
                        {rest.join(' ')}
                      </tspan>
                    )}
                  </text>
                ) : (
                  <>
                    <rect
                      className="trend__bar"
                      x={cx - barWidth / 2}
                      y={y(point.named)}
                      width={barWidth}
                      height={TOP + plot - y(point.named)}
                    />
                    <text className="trend__value" x={cx} y={y(point.named) - 4} textAnchor="middle">
                      {point.named}
                    </text>
                  </>
                )}
                {point.claim && (
                  <>
                    <line
                      className="trend__claim"
                      x1={cx - barWidth * 0.8}
                      x2={cx + barWidth * 0.8}
                      y1={y(point.claim.value)}
                      y2={y(point.claim.value)}
                    />
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
                  {column < NARROW_COLUMN ? `’${String(point.year).slice(2)}` : point.year}
                </text>
              </g>
            );
          })}
        </svg>
      </div>
      <ul className="visually-hidden">
        {trendSentences(points, t).map((sentence) => (
          <li key={sentence}>{sentence}</li>
        ))}
      </ul>
    </figure>
  );
}
