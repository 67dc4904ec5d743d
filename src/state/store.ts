/**
 * The one store of the app. It holds only source state: what the URL says (the view), what the
 * pointer is on, and the load status of the two resources. Counts, colours and visible sets are
 * derived from it by pure functions, never stored.
 *
 * `createAppStore` is a factory so that every test and every mounted app gets a fresh store.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { SupportTypeId } from '../data/schema.ts';
import type { Resources } from '../data/loadResources.ts';
import { canonicalTypes, DEFAULT_URL_STATE, type Lang, type Match, type UrlState, type View } from './urlCodec.ts';

export type LoadState =
  | { status: 'loading' }
  | { status: 'ready'; resources: Resources }
  | { status: 'failed'; resources: Partial<Resources>; failures: LoadFailure[] };

export interface LoadFailure {
  resource: 'dataset' | 'topology';
  /** A sentence for visitors. */
  message: string;
  /** Every problem as `location: message`, for staff (debug mode). */
  details: string[];
}

export interface AppState {
  view: UrlState;
  /** Actor under the pointer or keyboard focus on the map (drives the tooltip). */
  hovered: string | null;
  load: LoadState;
  /** Bumped by retryLoad; the loader starts a new attempt whenever it changes. */
  loadAttempt: number;
}

export interface AppActions {
  setEdition(edition: number | null): void;
  toggleType(type: SupportTypeId): void;
  setTypes(types: readonly SupportTypeId[]): void;
  setMatch(match: Match): void;
  /** Opens (or with null, closes) the detail panel of an actor. */
  selectActor(id: string | null): void;
  setView(view: View): void;
  setLang(lang: Lang | null): void;
  setHovered(id: string | null): void;
  /** Replaces the whole view, e.g. when Back restores an earlier URL. */
  replaceView(view: UrlState): void;
  setLoad(load: LoadState): void;
  retryLoad(): void;
}

export type AppStore = StoreApi<AppState & AppActions>;

export function createAppStore(initialView: UrlState = DEFAULT_URL_STATE): AppStore {
  return createStore<AppState & AppActions>()((set) => {
    const patchView = (patch: Partial<UrlState>) => set((s) => ({ view: { ...s.view, ...patch } }));
    return {
      view: initialView,
      hovered: null,
      load: { status: 'loading' },
      loadAttempt: 0,
      setEdition: (edition) => patchView({ edition }),
      toggleType: (type) =>
        set((s) => {
          const has = s.view.types.includes(type);
          const types = has ? s.view.types.filter((t) => t !== type) : canonicalTypes([...s.view.types, type]);
          return { view: { ...s.view, types } };
        }),
      setTypes: (types) => patchView({ types: canonicalTypes(types) }),
      setMatch: (match) => patchView({ match }),
      selectActor: (country) => patchView({ country }),
      setView: (view) => patchView({ view }),
      setLang: (lang) => patchView({ lang }),
      setHovered: (hovered) => set({ hovered }),
      replaceView: (view) => set({ view }),
      setLoad: (load) => set({ load }),
      retryLoad: () => set((s) => ({ load: { status: 'loading' }, loadAttempt: s.loadAttempt + 1 })),
    };
  });
}
