/**
 * The one store of the app. It holds only source state: what the URL says and the load status.
 * Counts, colours and visible sets are derived from it by the selectors (selectors.ts), never
 * stored.
 *
 * `createAppStore` is a factory so that every test and every mounted app gets a fresh store.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { CampaignId, SupportTypeId, Lang } from '../data/schema.ts';
import type { Match } from '../filters/filterEdition.ts';
import type { LoadState } from './loadForMap.ts';
import type { DatasetFiles } from '../data/releases.ts';
import type { DatasetIndex } from '../filters/datasetIndex.ts';
import { canonicalTypes, DEFAULT_URL_STATE, type Theme, type UrlState, type View } from './urlParams.ts';

export interface AppState {
  /** What the URL says: the store is its source of truth, urlSync.ts mirrors it in the address bar. */
  url: UrlState;
  load: LoadState;
  /** Bumped by retryLoad; the loader starts a new attempt whenever it changes. */
  loadAttempt: number;
  /**
   * How the last URL change enters the browser's history: by its parameters' rules (urlParams.ts),
   * or replacing the current entry (the timeline playing: ten years are not ten Back presses).
   */
  urlHistory: 'rules' | 'replace';
  /**
   * The newest data version this site has of each campaign (the page's dataset links say them), so
   * that a view pinned to an earlier one can offer the newer data; empty when unknown (tests, dev).
   */
  latestDataVersions: Readonly<Partial<Record<CampaignId, string>>>;
  /** Every campaign's files, as the page's <head> lists them; null in tests without them. */
  files: DatasetFiles | null;
  /** The checked data of each campaign loaded so far (state/campaignLoader.ts). */
  campaignIndexes: Readonly<Partial<Record<CampaignId, DatasetIndex>>>;
}

export interface AppActions {
  /** `history: 'replace'` for a change that must not add an entry (the timeline playing). */
  setEdition(edition: number | null, history?: 'rules' | 'replace'): void;
  /** The Assembly the edition shown is compared with; null ends the comparison. */
  setCompare(compare: number | null): void;
  toggleType(type: SupportTypeId): void;
  setTypes(types: readonly SupportTypeId[]): void;
  setMatch(match: Match): void;
  /** Opens the detail panel of an actor (or a shape without data). */
  openPanel(id: string): void;
  closePanel(): void;
  setView(view: View): void;
  setLang(lang: Lang | null): void;
  /** The colours: `auto` follows the reader's system (a host page can set it: embed/hostMessages.ts). */
  setTheme(theme: Theme): void;
  /** Shows another body's campaign (its data loads if it is not in hand). */
  setCampaign(campaign: CampaignId): void;
  /** Replaces the whole URL state, e.g. when Back restores an earlier URL. */
  replaceUrlState(url: UrlState): void;
  setLoad(load: LoadState): void;
  setCampaignIndex(campaign: CampaignId, index: DatasetIndex): void;
  retryLoad(): void;
}

export type AppStore = StoreApi<AppState & AppActions>;

export function createAppStore(
  initialUrl: UrlState = DEFAULT_URL_STATE,
  latestDataVersions: Readonly<Partial<Record<CampaignId, string>>> = {},
  files: DatasetFiles | null = null,
): AppStore {
  return createStore<AppState & AppActions>()((set) => {
    const patchUrl = (patch: Partial<UrlState>, urlHistory: AppState['urlHistory'] = 'rules') =>
      set((s) => ({ url: { ...s.url, ...patch }, urlHistory }));
    return {
      url: initialUrl,
      load: { status: 'loading' },
      loadAttempt: 0,
      urlHistory: 'rules',
      latestDataVersions,
      files,
      campaignIndexes: {},
      setEdition: (edition, history = 'rules') => patchUrl({ edition }, history),
      setCompare: (compare) => patchUrl({ compare }),
      toggleType: (type) =>
        set((s) => {
          const has = s.url.types.includes(type);
          const types = has ? s.url.types.filter((t) => t !== type) : canonicalTypes([...s.url.types, type]);
          return { url: { ...s.url, types }, urlHistory: 'rules' };
        }),
      setTypes: (types) => patchUrl({ types: canonicalTypes(types) }),
      setMatch: (match) => patchUrl({ match }),
      openPanel: (country) => patchUrl({ country }),
      closePanel: () => patchUrl({ country: null }),
      setView: (view) => patchUrl({ view }),
      setLang: (lang) => patchUrl({ lang }),
      setTheme: (theme) => patchUrl({ theme }),
      setCampaign: (campaign) => patchUrl({ campaign }),
      replaceUrlState: (url) => set({ url, urlHistory: 'rules' }),
      setLoad: (load) => set({ load }),
      setCampaignIndex: (campaign, index) =>
        set((s) => (s.campaignIndexes[campaign] === index ? s : { campaignIndexes: { ...s.campaignIndexes, [campaign]: index } })),
      retryLoad: () => set((s) => ({ load: { status: 'loading' }, loadAttempt: s.loadAttempt + 1 })),
    };
  });
}
