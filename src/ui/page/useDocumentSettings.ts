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

export function useDocumentSettings(): void {
  const lang = useLang();
  const t = useWords(coreWords);
  const theme = useAppStore(selectTheme);
  const transparent = useAppStore(selectTransparentEmbed);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('appTitle');
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
