/**
 * Light or dark: `theme=light|dark` from the URL wins; `auto` follows the reader's system
 * setting, live. The map's colour ramp depends on it, so it is resolved in JS, not only in CSS.
 */
import { useSyncExternalStore } from 'react';
import type { ColorScheme } from '../map/colorScale.ts';
import { useAppStore } from '../state/StoreContext.tsx';

const QUERY = '(prefers-color-scheme: dark)';

function subscribe(onChange: () => void): () => void {
  if (typeof window === 'undefined' || !window.matchMedia) return () => {};
  const media = window.matchMedia(QUERY);
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}

function systemPrefersDark(): boolean {
  return typeof window !== 'undefined' && !!window.matchMedia && window.matchMedia(QUERY).matches;
}

export function useColorScheme(): ColorScheme {
  const theme = useAppStore((s) => s.view.theme);
  const dark = useSyncExternalStore(subscribe, systemPrefersDark, () => false);
  if (theme === 'auto') return dark ? 'dark' : 'light';
  return theme;
}
