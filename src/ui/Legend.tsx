/** The legend: each colour step in words, with how many countries fall in it. */
import { memo } from 'react';
import { isPainted } from '../filters/editionView.ts';
import { stepColors } from '../map/colorScale.ts';
import { useEditionView, useT, type Translate } from './derived.ts';
import { TaiwanHatch } from './TaiwanHatch.tsx';
import { useColorScheme } from './useColorScheme.ts';

export function Legend() {
  const view = useEditionView();
  const t = useT();
  const scheme = useColorScheme();
  if (!view) return null;
  const colors = stepColors(view.steps, scheme);
  const countAt = (level: number) => view.matching.filter((s) => s.level === level && isPainted(s.kind)).length;
  return (
    <figure className="legend" aria-label={t('legendTitle')}>
      <figcaption className="legend__title">{t('legendTitle')}</figcaption>
      <ul className="legend__steps">
        {colors.map((color, i) => (
          // Keyed by step, not colour: the colours of every step change with the number selected.
          <LegendStep
            key={i}
            color={color}
            label={view.steps === 1 ? t('legendStepOnly') : t('legendStep', { level: i + 1, steps: view.steps })}
            count={t('legendCount', { count: countAt(i + 1) })}
          />
        ))}
        <LegendFixedSteps t={t} />
      </ul>
      <p className="legend__note">{t('markerNote')}</p>
    </figure>
  );
}

/** Memo: a filter toggle changes some steps' colours and counts, and re-renders only those. */
const LegendStep = memo(function LegendStep({ color, label, count }: { color: string; label: string; count: string }) {
  return (
    <li className="legend__step">
      <svg className="legend__swatch" viewBox="0 0 16 16" aria-hidden="true">
        <rect width="16" height="16" fill={color} />
      </svg>
      <span>{label}</span>
      <span className="legend__count">{count}</span>
    </li>
  );
});

/** No support, and Taiwan: the same whatever the filters. */
const LegendFixedSteps = memo(function LegendFixedSteps({ t }: { t: Translate }) {
  return (
    <>
      <li className="legend__step">
        <svg className="legend__swatch" viewBox="0 0 16 16" aria-hidden="true">
          <rect className="legend__neutral" width="16" height="16" />
        </svg>
        <span>{t('legendNone')}</span>
      </li>
      <li className="legend__step">
        <svg className="legend__swatch" viewBox="0 0 16 16" aria-hidden="true">
          <rect width="16" height="16" fill="url(#taiwan-hatch-legend)" />
          <defs>
            <TaiwanHatch id="taiwan-hatch-legend" size={4} />
          </defs>
        </svg>
        <span>{t('legendTaiwan')}</span>
      </li>
    </>
  );
});
