/** "Compare with": another Assembly with a list, or none. */
import { useId } from 'react';
import { EditionOptions } from '../edition/EditionOptions.tsx';
import { useAppActions, useAppStore } from '../../state/StoreContext.tsx';
import { selectCompareYear } from '../../state/selectors.ts';
import { useDatasetIndex, useTrailingEditionYear, useLang } from '../common/viewHooks.ts';
import { useTimeWords } from './words.ts';
import './time.css';

export function CompareChooser() {
  const index = useDatasetIndex();
  const year = useTrailingEditionYear();
  const against = useAppStore(selectCompareYear);
  const lang = useLang();
  const t = useTimeWords();
  const { setCompare } = useAppActions();
  const id = useId();
  if (!index || year === null || index.editionsByYear.get(year)?.listStatus !== 'listed') return null;
  const others = index.years.filter((y) => y !== year && index.editionsByYear.get(y)?.listStatus === 'listed');
  return (
    <div className="compare-chooser">
      <label className="compare-chooser__label" htmlFor={id}>
        {t('compareLabel')}
      </label>
      <select
        id={id}
        className="compare-chooser__select"
        value={against ?? ''}
        onChange={(event) => setCompare(event.target.value === '' ? null : Number(event.target.value))}
      >
        <option value="">{t('compareNone')}</option>
        <EditionOptions years={others} index={index} lang={lang} t={t} />
      </select>
    </div>
  );
}
