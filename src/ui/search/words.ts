/** The words of this feature (they ship with its chunk) and the page's own, in the page's language. */
import { coreWords } from '../../i18n/words/core.ts';
import { panelWords } from '../../i18n/words/panel.ts';
import { useWords } from '../common/useWords.ts';

const words = { ...coreWords, ...panelWords };

export function useSearchWords() {
  return useWords(words);
}

export type SearchWordsTranslate = ReturnType<typeof useSearchWords>;
