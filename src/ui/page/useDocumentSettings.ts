/**
 * What the page's <html> says must follow the app's state, and <html> is outside React's root:
 * its lang, the title, the theme and the transparent background are set here.
 */
import { useEffect } from 'react';
import { useAppStore } from '../../state/StoreContext.tsx';
import { selectTheme, selectTransparentEmbed } from '../../state/selectors.ts';
import { useLang } from '../common/viewHooks.ts';
import { useWords } from '../common/useWords.ts';
import { coreWords } from '../../i18n/words/core.ts';
import { hasLanguage } from '../../i18n/translate.ts';
import { afterNextPaint } from '../../state/urlSync.ts';

export function useDocumentSettings(): void {
  const lang = useLang();
  const t = useWords(coreWords);
  const theme = useAppStore(selectTheme);
  const transparent = useAppStore(selectTransparentEmbed);

  useEffect(() => {
    // The language of the words shown: English until the reader's dictionary is here, and if it
    // cannot be fetched (a screen reader must not read English with a Chinese voice).
    // Only when they change: setting <html lang> again, even to the same value, has Chromium
    // recompute the whole page's style (a body switch re-ran this for its new title).
    const pageLang = hasLanguage(lang) ? lang : 'en';
    if (document.documentElement.lang !== pageLang) document.documentElement.lang = pageLang;
    // The title after the next paint: setting it is ~2 ms at 4× CPU, in the frame of a body switch.
    const title = t('appTitle');
    if (document.title === title) return;
    return afterNextPaint(window)(() => (document.title = title), 'replace');
  }, [lang, t]);

  useEffect(() => {
    // CSS follows the system when no theme is set, and data-theme when the link sets one.
    if (theme === 'auto') delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = theme;
  }, [theme]);

  useEffect(() => {
    if (transparent) document.documentElement.dataset.transparent = '';
    else delete document.documentElement.dataset.transparent;
  }, [transparent]);
}
