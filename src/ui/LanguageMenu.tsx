import { useId } from 'react';
import { loadDictionary } from '../i18n/messages.ts';
import { LANGS, type Lang } from '../state/urlCodec.ts';
import { useAppActions } from '../state/StoreContext.tsx';
import { useLang, useT } from './derived.ts';

/** Each language is named in itself, so a reader finds theirs whatever the current language. */
const LANGUAGE_NAMES: Record<Lang, string> = { en: 'English', 'zh-TW': '繁體中文' };

export function LanguageMenu() {
  const lang = useLang();
  const { setLang } = useAppActions();
  const t = useT();
  const id = useId();
  return (
    <div className="language">
      <label htmlFor={id} className="language__label">
        {t('language')}
      </label>
      <select id={id} className="language__select" value={lang} onChange={(e) => {
          const chosen = e.target.value as Lang;
          // Switch once the words are here, so the page does not flash English first.
          void loadDictionary(chosen)
            .catch(() => undefined)
            .then(() => setLang(chosen));
        }}>
        {LANGS.map((l) => (
          <option key={l} value={l} lang={l}>
            {LANGUAGE_NAMES[l]}
          </option>
        ))}
      </select>
    </div>
  );
}
