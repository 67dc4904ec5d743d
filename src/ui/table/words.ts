/** The words of this feature (they ship with its chunk) and the page's own, in the page's language. */
import { coreWords } from '../../i18n/words/core.ts';
import { laterWords } from '../../i18n/words/later.ts';
import { panelWords } from '../../i18n/words/panel.ts';
import { shareWords } from '../../i18n/words/share.ts';
import { timeWords } from '../../i18n/words/time.ts';
import { useWords } from '../common/useWords.ts';

const words = { ...coreWords, ...laterWords, ...panelWords };
const yearsWords = { ...coreWords, ...laterWords, ...panelWords, ...shareWords, ...timeWords };

export function useTableWords() {
  return useWords(words);
}

export type TableWordsTranslate = ReturnType<typeof useTableWords>;

/** The years table's and the trend's words. */
export function useYearsWords() {
  return useWords(yearsWords);
}

export type YearsWordsTranslate = ReturnType<typeof useYearsWords>;
