/**
 * The legend: what the colours rank (and among which types), each level in plain words with how
 * many countries a source names at that level, then no support and Taiwan. Only the levels that
 * occur are listed; a year without a list has no legend (the map says why).
 */
import { memo } from 'react';
import { SUPPORT_TYPE_IDS } from '../../data/schema.ts';
import type { Translate } from '../../i18n/translate.ts';
import { coreWords } from '../../i18n/words/core.ts';
import { legendSteps, legendThroughOnlyNote, legendTitle } from '../../present/legend.ts';
import { selectedTypesText } from '../../present/typesText.ts';
import { useAppActions } from '../../state/StoreContext.tsx';
import { useColorScheme } from '../common/useColorScheme.ts';
import { useWords } from '../common/useWords.ts';
import { useDatasetIndex, useFilteredEdition, useLang, useNameOf } from '../common/viewHooks.ts';
import { TaiwanHatch } from './TaiwanHatch.tsx';

export function Legend() {
  const index = useDatasetIndex();
  const view = useFilteredEdition();
  const lang = useLang();
  const t = useWords(coreWords);
  const scheme = useColorScheme();
  const nameOf = useNameOf();
  const { setTypes } = useAppActions();
  if (!index || !view || index.editionsByYear.get(view.year)?.listStatus !== 'listed') return null;
  if (view.selected.length === 0)
    return (
      <div className="legend legend--empty">
        <p>{t('noTypeSelected')}</p>
        <button type="button" className="legend__action" onClick={() => setTypes(SUPPORT_TYPE_IDS)}>
          {t('showAllTypes')}
        </button>
      </div>
    );
  const title = legendTitle(view, selectedTypesText(index, view.selected, lang, t), t);
  const throughOnly = legendThroughOnlyNote(view, nameOf, t);
  const filtered = view.selected.length < SUPPORT_TYPE_IDS.length;
  return (
    <figure className="legend" aria-label={title}>
      <figcaption className="legend__title">{title}</figcaption>
      <ul className="legend__steps">
        {legendSteps(view, scheme, t).map((step) => (
          <LegendStep key={step.level} color={step.fill} label={step.label} count={t('legendCount', { count: step.count })} />
        ))}
        <LegendFixedSteps t={t} filtered={filtered} />
      </ul>
      {throughOnly && <p className="legend__note">{throughOnly}</p>}
      <p className="legend__note">{t('markerNote')}</p>
    </figure>
  );
}

/** Memo: a filter toggle changes some steps' counts, and re-renders only those. */
const LegendStep = memo(function LegendStep({ color, label, count }: { color: string; label: string; count: string }) {
  return (
    <li className="legend__step">
      <svg className="legend__swatch" viewBox="0 0 16 16" aria-hidden="true">
        <rect width="16" height="16" fill={color} />
      </svg>
      <span className="legend__label">{label}</span>
      <span className="legend__count">{count}</span>
    </li>
  );
});

/** No support (or none of the selected kinds), and Taiwan. */
const LegendFixedSteps = memo(function LegendFixedSteps({
  t,
  filtered,
}: {
  t: Translate<'legendNone' | 'legendNoneFiltered' | 'legendTaiwan'>;
  filtered: boolean;
}) {
  return (
    <>
      <li className="legend__step">
        <svg className="legend__swatch" viewBox="0 0 16 16" aria-hidden="true">
          <rect className="legend__neutral" width="16" height="16" />
        </svg>
        <span className="legend__label">{t(filtered ? 'legendNoneFiltered' : 'legendNone')}</span>
      </li>
      <li className="legend__step">
        <svg className="legend__swatch" viewBox="0 0 16 16" aria-hidden="true">
          <rect width="16" height="16" fill="url(#taiwan-hatch-legend)" />
          <defs>
            <TaiwanHatch id="taiwan-hatch-legend" size={4} />
          </defs>
        </svg>
        <span className="legend__label">{t('legendTaiwan')}</span>
      </li>
    </>
  );
});
