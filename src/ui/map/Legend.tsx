/** The legend: each colour step in words, with how many countries fall in it. */
import { memo } from 'react';
import { coreWords } from '../../i18n/words/core.ts';
import type { Translate } from '../../i18n/translate.ts';
import { legendSteps, legendThroughOnlyNote } from '../../present/legend.ts';
import { useColorScheme } from '../common/useColorScheme.ts';
import { useWords } from '../common/useWords.ts';
import { useFilteredEdition, useNameOf } from '../common/viewHooks.ts';
import { TaiwanHatch } from './TaiwanHatch.tsx';

export function Legend() {
  const view = useFilteredEdition();
  const t = useWords(coreWords);
  const scheme = useColorScheme();
  const nameOf = useNameOf();
  if (!view) return null;
  const throughOnly = legendThroughOnlyNote(view, nameOf, t);
  return (
    <figure className="legend" aria-label={t('legendTitle')}>
      <figcaption className="legend__title">{t('legendTitle')}</figcaption>
      <ul className="legend__steps">
        {legendSteps(view, scheme, t).map((step) => (
          // Keyed by step, not colour: the colours of every step change with the number selected.
          <LegendStep key={step.level} color={step.fill} label={step.label} count={t('legendCount', { count: step.count })} />
        ))}
        <LegendFixedSteps t={t} />
      </ul>
      {throughOnly && <p className="legend__note">{throughOnly}</p>}
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
const LegendFixedSteps = memo(function LegendFixedSteps({ t }: { t: Translate<'legendNone' | 'legendTaiwan'> }) {
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
