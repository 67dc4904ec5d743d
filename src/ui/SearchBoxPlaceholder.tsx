/**
 * What the search box looks like while its code is still on its way: the same label and field,
 * inert, so that nothing moves when the real one replaces it.
 */
import { useT } from './derived.ts';

export function SearchBoxPlaceholder() {
  const t = useT();
  return (
    <div className="search-box" aria-hidden="true">
      <span className="search-box__label">{t('search')}</span>
      <input className="search-box__input" type="text" disabled tabIndex={-1} />
    </div>
  );
}
