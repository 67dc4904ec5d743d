import { useId } from 'react';
import { LANGS, type Lang } from '../state/urlCodec.ts';
import { useAppStore } from '../state/StoreContext.tsx';
import { useLang, useT } from './derived.ts';

/** Each language is named in itself, so a reader finds theirs whatever the current language. */
const LANGUAGE_NAMES: Record<Lang, string> = { en: 'English', 'zh-TW': '繁體中文' };

export function LanguageMenu() {
  const lang = useLang();
  const setLang = useAppStore((s) => s.setLang);
  const t = useT();
  const id = useId();
  return (
    <div className="language">
      <label htmlFor={id} className="language__label">
        {t('language')}
      </label>
      <select id={id} className="language__select" value={lang} onChange={(e) => setLang(e.target.value as Lang)}>
        {LANGS.map((l) => (
          <option key={l} value={l} lang={l}>
            {LANGUAGE_NAMES[l]}
          </option>
        ))}
      </select>
    </div>
  );
}
