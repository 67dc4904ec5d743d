/**
 * The store's selectors, defined once at module level. A selector created inside a component is
 * a new function at every render, and React then re-checks and re-subscribes that hook on every
 * render; with these, a filter toggle costs each subscribed component one comparison.
 */
import type { AppActions, AppState } from './store.ts';

type State = AppState & AppActions;

export const selectView = (s: State) => s.view;
export const selectCountry = (s: State) => s.view.country;
export const selectViewMode = (s: State) => s.view.view;
export const selectTypes = (s: State) => s.view.types;
export const selectTypeCount = (s: State) => s.view.types.length;
export const selectMatch = (s: State) => s.view.match;
export const selectTheme = (s: State) => s.view.theme;
export const selectLang = (s: State) => s.view.lang;
export const selectFlags = (s: State) => s.view.flags;
export const selectDebug = (s: State) => s.view.flags.debug;
export const selectTransparentEmbed = (s: State) => s.view.flags.transparent && s.view.flags.embed;
export const selectLoad = (s: State) => s.load;
export const selectLoading = (s: State) => s.load.status === 'loading';
export const selectLoadAttempt = (s: State) => s.loadAttempt;
