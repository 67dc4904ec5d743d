/**
 * A translator for React: the words given, in the page's language, re-rendering when that
 * language's dictionary arrives (English until then).
 */
import { useCallback, useEffect, useSyncExternalStore } from 'react';
import type { WordKey } from '../../i18n/Dictionary.ts';
import {
  getWordsVersion,
  hasLanguage,
  loadLanguage,
  subscribeLanguages,
  translate,
  type MessageParams,
  type Translate,
  type Words,
} from '../../i18n/translate.ts';
import { useLang } from './viewHooks.ts';

/** `words` must be a module-level constant (a word set, or a spread of several made once). */
export function useWords<K extends WordKey>(words: Words<K>): Translate<K> {
  const lang = useLang();
  const hasWords = useCallback(() => hasLanguage(lang), [lang]);
  const ready = useSyncExternalStore(subscribeLanguages, hasWords, () => true);
  // Changes when a dictionary arrives or the campaign's own words change.
  const version = useSyncExternalStore(subscribeLanguages, getWordsVersion, getWordsVersion);
  useEffect(() => {
    if (!ready) void loadLanguage(lang).catch(() => undefined);
  }, [lang, ready]);
  // `version` is a dependency on purpose: the translator is a new function once the words change.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useCallback((key: K, params?: MessageParams) => translate(words, lang, key, params), [words, lang, version]);
}
