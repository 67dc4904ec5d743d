/**
 * Messages between an embedded map and the page that embeds it (README, "Talking to the map"):
 * - host → map: `support-map:set-theme` (`light`, `dark` or `auto`), so that a site with its own
 *   dark-mode switch can switch the map; accepted only from the parent window;
 * - map → host: `support-map:select` (the actor whose panel opened, or null when it closed) and
 *   `support-map:view` (the view's URL query), posted to the parent window only.
 *
 * The map's messages carry nothing the map's own URL does not show: the query the address bar
 * holds (after unknown parameters are dropped), its parameters one by one, and the frame's name.
 */
import { serializeUrlState } from '../state/urlCodec.ts';
import { THEMES, type Theme, type UrlState } from '../state/urlParams.ts';
import type { AppStore } from '../state/store.ts';

export const SET_THEME_MESSAGE = 'support-map:set-theme';
export const SELECT_MESSAGE = 'support-map:select';
export const VIEW_MESSAGE = 'support-map:view';

export interface SelectMessage {
  type: typeof SELECT_MESSAGE;
  /** The opened actor's id, as in `country=` (an ISO code, or the dataset's id); null when closed. */
  actor: string | null;
  /** The iframe's `name`, so a host with several maps can tell them apart. */
  id: string;
}

export interface ViewMessage {
  type: typeof VIEW_MESSAGE;
  /** The query of the map's URL, e.g. `?edition=2024&types=delegation&embed=1`. */
  query: string;
  /** The same, one entry per parameter. */
  params: Record<string, string>;
  id: string;
}

/** A theme the host asks for, or null when the message is anything else. */
export function requestedTheme(data: unknown): Theme | null {
  if (typeof data !== 'object' || data === null) return null;
  const { type, theme } = data as { type?: unknown; theme?: unknown };
  return type === SET_THEME_MESSAGE && (THEMES as readonly unknown[]).includes(theme) ? (theme as Theme) : null;
}

export function viewMessage(url: UrlState, id: string): ViewMessage {
  const query = serializeUrlState(url);
  return { type: VIEW_MESSAGE, query, params: Object.fromEntries(new URLSearchParams(query)), id };
}

/** Starts listening and reporting; returns a function that stops. Does nothing outside an iframe. */
export function startHostMessages(store: AppStore, win: Window = window): () => void {
  if (win.parent === win) return () => {};
  const id = win.name.slice(0, 100);
  // '*': we cannot know the host's origin, and the messages hold only what the frame's URL shows.
  const post = (message: SelectMessage | ViewMessage) => win.parent.postMessage(message, '*');

  const onMessage = (event: MessageEvent) => {
    // Only the page that embeds us; another frame, a popup or the map itself is ignored.
    if (event.source !== win.parent) return;
    const theme = requestedTheme(event.data);
    if (theme !== null && theme !== store.getState().url.theme) store.getState().setTheme(theme);
  };
  win.addEventListener('message', onMessage);

  // The query last told to the host: a change of state that leaves it as it was says nothing.
  let told = viewMessage(store.getState().url, id);
  post(told);
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.url === previous.url) return;
    if (state.url.country !== previous.url.country) post({ type: SELECT_MESSAGE, actor: state.url.country, id });
    const message = viewMessage(state.url, id);
    if (message.query !== told.query) post((told = message));
  });
  return () => {
    unsubscribe();
    win.removeEventListener('message', onMessage);
  };
}
