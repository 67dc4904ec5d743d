/**
 * The change view's legend, beside the map in place of the edition's legend and filters: the
 * comparison chooser, what each colour means with how many countries have it, and a way back.
 */
import { changeSteps, changeTitle } from '../../present/changes.ts';
import { useAppActions } from '../../state/StoreContext.tsx';
import { useColorScheme } from '../common/useColorScheme.ts';
import { useDatasetIndex } from '../common/viewHooks.ts';
import { LegendFixedSteps } from '../map/Legend.tsx';
import { CompareChooser } from './CompareChooser.tsx';
import { useEditionChanges } from './useEditionChanges.ts';
import { useTimeWords } from './words.ts';
import './time.css';

export function ChangeLegend({ chooser = true }: { chooser?: boolean }) {
  const index = useDatasetIndex();
  const { view } = useEditionChanges();
  const scheme = useColorScheme();
  const t = useTimeWords();
  const { setCompare } = useAppActions();
  if (!index || !view) return null;
  const title = changeTitle(view, t);
  return (
    <div className="change-aside">
      {chooser && <CompareChooser />}
      <figure className="legend legend--change" aria-label={title}>
        <figcaption className="legend__title">{title}</figcaption>
        <ul className="legend__steps">
          {changeSteps(index, view, scheme, t).map((step) => (
            <li key={step.change} className="legend__step" data-change={step.change}>
              <svg className="legend__swatch" viewBox="0 0 16 16" aria-hidden="true">
                <rect width="16" height="16" fill={step.fill} />
              </svg>
              <span className="legend__label">{step.label}</span>
              <span className="legend__count">{t('legendCount', { count: step.count })}</span>
            </li>
          ))}
          <LegendFixedSteps noneLabel={t('changeNeither')} taiwanLabel={t('legendTaiwan')} hatchId="taiwan-hatch-change" />
        </ul>
        <p className="legend__note">{t('changeNote')}</p>
      </figure>
      {chooser && (
        <button type="button" className="change-aside__end" onClick={() => setCompare(null)}>
          {t('compareEnd')}
        </button>
      )}
    </div>
  );
}
