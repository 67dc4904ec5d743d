/**
 * Light or dark: `theme=light|dark` from the URL wins; `auto` follows the reader's system
 * setting, live. The map's colour ramp depends on it, so it is resolved in JS, not only in CSS.
 */
import { useSyncExternalStore } from 'react';
import type { ColorScheme } from '../../map/colorScale.ts';
import { useAppStore } from '../../state/StoreContext.tsx';
import { selectTheme } from '../../state/selectors.ts';

const QUERY = '(prefers-color-scheme: dark)';

// One MediaQueryList for the page: reading .matches is cheap, calling matchMedia on every render is not.
let media: MediaQueryList | null | undefined;
function darkQuery(): MediaQueryList | null {
  if (media === undefined) media = typeof window !== 'undefined' && window.matchMedia ? window.matchMedia(QUERY) : null;
  return media;
}

function subscribe(onChange: () => void): () => void {
  const query = darkQuery();
  query?.addEventListener('change', onChange);
  return () => query?.removeEventListener('change', onChange);
}

function systemPrefersDark(): boolean {
  return darkQuery()?.matches ?? false;
}

export function useColorScheme(): ColorScheme {
  const theme = useAppStore(selectTheme);
  const dark = useSyncExternalStore(subscribe, systemPrefersDark, () => false);
  if (theme === 'auto') return dark ? 'dark' : 'light';
  return theme;
}
