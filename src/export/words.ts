/** The words of the downloads and of what the build writes: the page's own and the share feature's. */
import { coreWords } from '../i18n/words/core.ts';
import { laterWords } from '../i18n/words/later.ts';
import { panelWords } from '../i18n/words/panel.ts';
import { shareWords } from '../i18n/words/share.ts';
import { timeWords } from '../i18n/words/time.ts';

export const exportWords = { ...coreWords, ...laterWords, ...panelWords, ...shareWords, ...timeWords };
