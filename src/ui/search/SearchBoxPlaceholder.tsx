/**
 * What the search box looks like while its code is still on its way: the same label and field,
 * inert, so that nothing moves when the real one replaces it.
 */
import { useWords } from '../common/useWords.ts';
import { coreWords } from '../../i18n/words/core.ts';

export function SearchBoxPlaceholder() {
  const t = useWords(coreWords);
  return (
    <div className="search-box" aria-hidden="true">
      <span className="search-box__label visually-hidden">{t('search')}</span>
      <input className="search-box__input" type="text" placeholder={t('search')} disabled tabIndex={-1} />
    </div>
  );
}
