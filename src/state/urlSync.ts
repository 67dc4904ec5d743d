/**
 * The only code that touches `history` and `location`. The store is the source of truth; the
 * URL mirrors its view. Filter changes replace the history entry; opening an actor or switching
 * between map and table pushes one, so Back closes the panel. Back and Forward write the URL's
 * view back into the store.
 */
import type { AppStore } from './store.ts';
import { parseUrlState, serializeUrlState, type UrlState } from './urlCodec.ts';

/**
 * The app never reads the fragment; one that could be an element id (`#about`) is kept for the
 * host page's sake, anything else (a pasted payload, `#javascript:…`) is dropped like an unknown
 * parameter, so the address bar never shows it back.
 */
const PLAIN_FRAGMENT = /^#[A-Za-z][\w-]{0,63}$/;

export function startUrlSync(store: AppStore, win: Window = window): () => void {
  const write = (view: UrlState, mode: 'push' | 'replace') => {
    const search = serializeUrlState(view);
    const hash = win.location.hash === '' || PLAIN_FRAGMENT.test(win.location.hash) ? win.location.hash : '';
    if (search === win.location.search && hash === win.location.hash) return;
    const url = `${win.location.pathname}${search}${hash}`;
    if (mode === 'push') win.history.pushState(null, '', url);
    else win.history.replaceState(null, '', url);
  };

  // Unknown or malformed parameters were dropped when the store was made; drop them from the URL too.
  write(store.getState().view, 'replace');

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.view === previous.view) return;
    const opened = state.view.country !== null && state.view.country !== previous.view.country;
    const switched = state.view.view !== previous.view.view;
    write(state.view, opened || switched ? 'push' : 'replace');
  });

  const onPopState = () => store.getState().replaceView(parseUrlState(win.location.search).state);
  win.addEventListener('popstate', onPopState);
  return () => {
    unsubscribe();
    win.removeEventListener('popstate', onPopState);
  };
}
