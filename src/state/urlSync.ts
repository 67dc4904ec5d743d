/**
 * The only code that touches `history` and `location`. The store is the source of truth; the
 * URL mirrors its URL state. Each parameter says whether a change of it pushes a history entry
 * or replaces the current one (urlParams.ts: opening a panel or switching between map and table
 * pushes, so Back undoes it). Back and Forward write the URL's state back into the store.
 *
 * Writing the history is a synchronous round trip to the browser process (about 5 ms a push at 4×
 * CPU, measured in the edition switch's profile; 2.4 ms a replace in a toggle's), so every write
 * waits for the next paint instead of delaying it, and a replace (a filter toggle) a quarter of a
 * second more, out of the frames that answer the input: several quick changes make one write. A
 * push lands one frame after the change that asked for it, long before a reader can press Back.
 * Leaving the page writes what is pending at once.
 */
import type { AppStore } from './store.ts';
import { parseUrlState, serializeUrlState } from './urlCodec.ts';
import { historyMode, type HistoryMode, type UrlState } from './urlParams.ts';
import { readSitePages, viewPageAddress, withViewPageState, type SitePages } from './viewPages.ts';

/**
 * The app never reads the fragment; one that could be an element id (`#about`) is kept for the
 * host page's sake, anything else (a pasted payload, `#javascript:…`) is dropped like an unknown
 * parameter, so the address bar never shows it back.
 */
const PLAIN_FRAGMENT = /^#[A-Za-z][\w-]{0,63}$/;

/** Runs `task` later (`mode`: the write it will make); returns a function that cancels it if it has not run yet. */
export type Defer = (task: () => void, mode: HistoryMode) => () => void;

/**
 * How long after the next paint a replace waits: past the 200 ms in which the frames that answer
 * an input (the next paint, a deferred render, a panel's content) are drawn. A push does not wait:
 * a Back pressed before it is written would leave the page instead of undoing the change.
 */
export const HISTORY_WRITE_DELAY_MS = 250;

/** The page's timing of history writes: a push after the next paint, a replace 250 ms after it. */
export function historyWriteTiming(win: Window): Defer {
  const push = afterNextPaint(win, 0);
  const replace = afterNextPaint(win, HISTORY_WRITE_DELAY_MS);
  return (task, mode) => (mode === 'push' ? push(task, mode) : replace(task, mode));
}

/** After the next frame is painted, and `delayMs` more: a task queued from a frame callback runs once that frame is out. */
export function afterNextPaint(win: Window, delayMs = 0): Defer {
  return (task) => {
    let timer: number | undefined;
    const frame = win.requestAnimationFrame(() => {
      timer = win.setTimeout(task, delayMs);
    });
    return () => {
      win.cancelAnimationFrame(frame);
      if (timer !== undefined) win.clearTimeout(timer);
    };
  };
}

/**
 * `pages`: the site's pages of each view (state/viewPages.ts). A view of an edition or a language
 * that has a page moves to that page's address, so that the address bar, copied as it is, previews
 * as that view.
 */
export function startUrlSync(
  store: AppStore,
  win: Window = window,
  defer: Defer = historyWriteTiming(win),
  pages: SitePages | null = readSitePages(win.document),
): () => void {
  const write = (url: UrlState, mode: HistoryMode) => {
    const hash = win.location.hash === '' || PLAIN_FRAGMENT.test(win.location.hash) ? win.location.hash : '';
    // From the whole address, never from the path alone: a path that begins with two slashes
    // (servers merge them, so `//support-map/` reaches the app) would read as another host.
    const address = new URL(viewPageAddress(win.location.href, url, pages));
    address.search = serializeUrlState(url);
    address.hash = hash;
    if (address.href === win.location.href) return;
    if (mode === 'push') win.history.pushState(null, '', address.href);
    else win.history.replaceState(null, '', address.href);
  };

  // A write waiting for the next paint; it always writes the store's URL state as it is then.
  let cancelPending: (() => void) | null = null;
  let pendingMode: HistoryMode = 'replace';
  const cancel = () => {
    cancelPending?.();
    cancelPending = null;
  };
  const flush = () => {
    if (cancelPending === null) return;
    cancel();
    write(store.getState().url, pendingMode);
  };
  const schedule = (mode: HistoryMode) => {
    pendingMode = mode;
    cancelPending = defer(flush, mode);
  };

  // Unknown or malformed parameters were dropped when the store was made; drop them from the URL too.
  write(store.getState().url, 'replace');

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.url === previous.url) return;
    if (state.urlHistory === 'rules' && historyMode(previous.url, state.url) === 'push') {
      // A change still waiting belongs to the entry being left, which keeps what it showed.
      if (cancelPending !== null) {
        cancel();
        write(previous.url, pendingMode);
      }
      schedule('push');
    } else if (cancelPending === null) {
      schedule('replace');
    }
  });

  // Back and Forward: the URL is now the truth, so a replace still waiting would overwrite the
  // entry just returned to.
  const onPopState = () => {
    cancel();
    store
      .getState()
      .replaceUrlState(withViewPageState(parseUrlState(win.location.search).state, win.location.pathname, win.location.search));
  };
  // A reload or a tab closed within the frame after a change keeps that change.
  const onPageHide = () => flush();
  win.addEventListener('popstate', onPopState);
  win.addEventListener('pagehide', onPageHide);
  return () => {
    flush();
    unsubscribe();
    win.removeEventListener('popstate', onPopState);
    win.removeEventListener('pagehide', onPageHide);
  };
}
