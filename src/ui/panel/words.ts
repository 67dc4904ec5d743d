/** The words of this feature (they ship with its chunk) and the page's own, in the page's language. */
import { coreWords } from '../../i18n/words/core.ts';
import { laterWords } from '../../i18n/words/later.ts';
import { panelWords } from '../../i18n/words/panel.ts';
import { timeWords } from '../../i18n/words/time.ts';
import { useWords } from '../common/useWords.ts';

const words = { ...coreWords, ...laterWords, ...panelWords, ...timeWords };

export function usePanelWords() {
  return useWords(words);
}

export type PanelWordsTranslate = ReturnType<typeof usePanelWords>;
