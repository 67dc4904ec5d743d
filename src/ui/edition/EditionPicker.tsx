/** The General Assembly selector. */
import { useId } from 'react';
import { useAppActions } from '../../state/StoreContext.tsx';
import { editionName } from '../../present/editionNames.ts';
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
        {index.years.map((y) => {
          const edition = index.editionsByYear.get(y);
          return (
            <option key={y} value={y}>
              {edition ? editionName(edition, lang, t) : String(y)}
            </option>
          );
        })}
      </select>
    </div>
  );
}
