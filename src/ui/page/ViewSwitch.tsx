/** Map or table (two equal views of the same filtered data), or every supporter across the years. */
import { VIEWS } from '../../state/urlParams.ts';
import { campaignsOf } from '../../data/releases.ts';
import { useAppActions, useAppStore } from '../../state/StoreContext.tsx';
import { selectViewMode } from '../../state/selectors.ts';
import { useWords } from '../common/useWords.ts';
import { coreWords } from '../../i18n/words/core.ts';

const VIEW_WORDS = { map: 'viewMap', table: 'viewTable', years: 'viewYears', bodies: 'viewBodies' } as const;

export function ViewSwitch() {
  const view = useAppStore(selectViewMode);
  const { setView } = useAppActions();
  const t = useWords(coreWords);
  // Across bodies only where the page has more than one.
  const manyBodies = useAppStore((s) => campaignsOf(s.files ?? undefined).length > 1);
  return (
    <div className="view-switch" role="group" aria-label={t('viewLabel')}>
      {VIEWS.filter((option) => option !== 'bodies' || manyBodies).map((option) => (
        <button key={option} type="button" className="view-switch__button" aria-pressed={view === option} onClick={() => setView(option)}>
          {t(VIEW_WORDS[option])}
        </button>
      ))}
    </div>
  );
}
