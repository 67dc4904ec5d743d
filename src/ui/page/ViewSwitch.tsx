/** Map or table: two equal views of the same filtered data. */
import { VIEWS } from '../../state/urlParams.ts';
import { useAppActions, useAppStore } from '../../state/StoreContext.tsx';
import { selectViewMode } from '../../state/selectors.ts';
import { useWords } from '../common/useWords.ts';
import { coreWords } from '../../i18n/words/core.ts';

export function ViewSwitch() {
  const view = useAppStore(selectViewMode);
  const { setView } = useAppActions();
  const t = useWords(coreWords);
  return (
    <div className="view-switch" role="group" aria-label={t('viewLabel')}>
      {VIEWS.map((option) => (
        <button key={option} type="button" className="view-switch__button" aria-pressed={view === option} onClick={() => setView(option)}>
          {t(option === 'map' ? 'viewMap' : 'viewTable')}
        </button>
      ))}
    </div>
  );
}
