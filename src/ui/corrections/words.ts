/** The words of the corrections list (they ship with its chunk) and the page's own, in the page's language. */
import { coreWords } from '../../i18n/words/core.ts';
import { laterWords } from '../../i18n/words/later.ts';
import { shareWords } from '../../i18n/words/share.ts';
import { useWords } from '../common/useWords.ts';

const words = { ...coreWords, ...laterWords, ...shareWords };

export function useCorrectionsWords() {
  return useWords(words);
}
