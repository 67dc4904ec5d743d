/** The language menu: each language named in itself, so a reader finds theirs whatever the page's language. */
import { useId } from 'react';
import { LANGUAGES } from '../../data/vocabulary.ts';
import type { Lang } from '../../data/schema.ts';
import { loadLanguage } from '../../i18n/translate.ts';
import { coreWords } from '../../i18n/words/core.ts';
import { useAppActions } from '../../state/StoreContext.tsx';
import { useWords } from '../common/useWords.ts';
import { useLang } from '../common/viewHooks.ts';

export function LanguageMenu() {
  const lang = useLang();
  const { setLang } = useAppActions();
  const t = useWords(coreWords);
  const id = useId();
  return (
    <div className="language">
      <label htmlFor={id} className="language__label">
        {t('language')}
      </label>
      <select
        id={id}
        className="language__select"
        value={lang}
        onChange={(e) => {
          const chosen = e.target.value as Lang;
          // Switch once the words are here, so the page does not flash English first.
          void loadLanguage(chosen)
            .catch(() => undefined)
            .then(() => setLang(chosen));
        }}
      >
        {LANGUAGES.map(({ code, name }) => (
          <option key={code} value={code} lang={code}>
            {name}
          </option>
        ))}
      </select>
    </div>
  );
}
