/** The words of the time features (they ship with their chunks) and the page's own, in the page's language. */
import { coreWords } from '../../i18n/words/core.ts';
import { laterWords } from '../../i18n/words/later.ts';
import { panelWords } from '../../i18n/words/panel.ts';
import { timeWords } from '../../i18n/words/time.ts';
import { useWords } from '../common/useWords.ts';

const words = { ...coreWords, ...laterWords, ...panelWords, ...timeWords };

export function useTimeWords() {
  return useWords(words);
}

export type TimeWordsTranslate = ReturnType<typeof useTimeWords>;
