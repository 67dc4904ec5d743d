/** The General Assembly selector. */
import { useId } from 'react';
import { useAppActions } from '../../state/StoreContext.tsx';
import { EditionOptions } from './EditionOptions.tsx';
import { useDatasetIndex, useEditionYear, useLang } from '../common/viewHooks.ts';
import { useWords } from '../common/useWords.ts';
import { coreWords } from '../../i18n/words/core.ts';

export function EditionPicker() {
  const index = useDatasetIndex();
  const year = useEditionYear();
  const lang = useLang();
  const t = useWords(coreWords);
  const { setEdition } = useAppActions();
  const id = useId();
  if (!index || year === null) return null;
  return (
    <div className="edition">
      <label className="edition__label" htmlFor={id}>
        {t('edition')}
      </label>
      <select id={id} className="edition__select" value={year} onChange={(e) => setEdition(Number(e.target.value))}>
        <EditionOptions years={index.years} index={index} lang={lang} t={t} />
      </select>
    </div>
  );
}
