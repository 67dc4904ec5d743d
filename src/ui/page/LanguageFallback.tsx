/**
 * When the reader's dictionary cannot be fetched, the page is shown in English: this says so, in
 * the reader's language, with a Retry. Its words are here, not in the dictionary that failed.
 * It ships with the search box (the aside's first part, after the map is drawn), not with the
 * first view, where a failure it reports has not happened yet.
 */
import { useEffect, useState, useSyncExternalStore } from 'react';
import type { Lang } from '../../data/schema.ts';
import { hasLanguage, loadLanguage, subscribeLanguages } from '../../i18n/translate.ts';
import { useLang } from '../common/viewHooks.ts';

const NOTICE: Readonly<Record<Exclude<Lang, 'en'>, { text: string; retry: string }>> = {
  'zh-TW': { text: '中文介面無法載入，頁面暫以英文顯示。', retry: '重試' },
};

export function LanguageFallback() {
  const lang = useLang();
  const ready = useSyncExternalStore(subscribeLanguages, () => hasLanguage(lang));
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (ready) return;
    let live = true;
    loadLanguage(lang).then(
      () => live && setFailed(false),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [lang, ready, attempt]);
  if (lang === 'en' || ready || !failed) return null;
  const notice = NOTICE[lang];
  return (
    <p className="language-fallback" role="status" lang={lang}>
      {notice.text}{' '}
      <button type="button" className="language-fallback__retry" onClick={() => setAttempt((n) => n + 1)}>
        {notice.retry}
      </button>
    </p>
  );
}
