/**
 * Every campaign's data and words, loaded once per page: the campaign shown (useResourceLoader),
 * the others in idle time once the map is drawn, or at once when a view needs them all (a
 * country's support across bodies). A loaded campaign is kept, so that a switch back to it shows
 * it in the same frame, and its index goes into the store (`campaignIndexes`).
 */
import { datasetFileFor } from '../data/releases.ts';
import type { CampaignId } from '../data/vocabulary.ts';
import { loadCampaignWords } from '../i18n/campaignWords.ts';
import { setCampaignWords, type CampaignWords } from '../i18n/translate.ts';
import { knownIds, reconcileUrlState } from './reconcileUrlState.ts';
import { loadDatasetFor, loadForMap, type LoadState } from './loadForMap.ts';
import type { AppStore } from './store.ts';

export interface LoadedCampaign {
  load: LoadState;
  words: CampaignWords | null;
}

/**
 * Per page (its store), by dataset URL: a pinned INTERPOL view and the live one are different
 * files. Per store, so that two pages (tests) never share what they loaded.
 */
const loadedBy = new WeakMap<AppStore, Map<string, LoadedCampaign>>();
const pendingBy = new WeakMap<AppStore, Map<string, Promise<LoadedCampaign>>>();
const mapOf = <V>(maps: WeakMap<AppStore, Map<string, V>>, store: AppStore): Map<string, V> => {
  let map = maps.get(store);
  if (!map) maps.set(store, (map = new Map()));
  return map;
};

export function cachedCampaign(store: AppStore, url: string): LoadedCampaign | undefined {
  return loadedBy.get(store)?.get(url);
}

/** The edition parts the page started with, by the URL of the whole file they were cut from. */
const partsBy = new WeakMap<AppStore, Map<string, Promise<LoadedCampaign>>>();

/**
 * Loads the part of `ref`'s file that holds the edition shown first (data/editionPart.ts), for
 * the page's first map: the loader shows it, then the whole file once the map is drawn. Not kept as
 * the campaign's data: every other use waits for the whole file.
 */
export function loadCampaignPart(
  store: AppStore,
  ref: CampaignFileRef & { url: string },
  part: { url: string; sha256?: string | undefined },
  signal: AbortSignal,
): Promise<LoadedCampaign> {
  const run = fetchCampaign(store, { ...ref, url: part.url, sha256: part.sha256 }, signal, undefined, false);
  mapOf(partsBy, store).set(ref.url, run);
  return run;
}

/** The part of the file at `url` that the page started with, if any (loaded or loading). */
export function campaignPart(store: AppStore, url: string): Promise<LoadedCampaign> | undefined {
  return partsBy.get(store)?.get(url);
}

/** The failure of a campaign whose file this site lacks, or whose words did not load. */
function campaignFailure(campaign: CampaignId, previous: LoadState, message: string, detail: string): LoadState {
  const geometry = previous.status === 'loading' ? null : previous.geometry;
  return { status: 'failed', index: null, geometry, failures: [{ resource: 'dataset', campaign, message, details: [detail] }] };
}

export interface CampaignFileRef {
  campaign: CampaignId;
  /** null: the site has no file for it. */
  url: string | null;
  sha256?: string | undefined;
  shapes: string;
}

/**
 * A campaign's data (only the dataset when the shapes are in hand) and its words. `first`: the
 * attempt main.tsx started for the same file, used instead of a second fetch.
 */
export function loadCampaign(
  store: AppStore,
  ref: CampaignFileRef,
  signal: AbortSignal,
  first?: Promise<LoadState>,
): Promise<LoadedCampaign> {
  if (ref.url === null) return fetchCampaign(store, ref, signal, first);
  // One fetch per file: a view asking for a campaign that idle time is already loading waits for it.
  const pending = mapOf(pendingBy, store);
  const running = pending.get(ref.url);
  if (running) return running;
  const url = ref.url;
  const run = fetchCampaign(store, ref, signal, first).finally(() => pending.delete(url));
  pending.set(url, run);
  return run;
}

async function fetchCampaign(
  store: AppStore,
  ref: CampaignFileRef,
  signal: AbortSignal,
  first?: Promise<LoadState>,
  keep = true,
): Promise<LoadedCampaign> {
  const { campaign, url, sha256, shapes } = ref;
  const previous = store.getState().load;
  if (url === null)
    return {
      load: campaignFailure(campaign, previous, 'This site has no data for this campaign.', `(${campaign}): no data-campaign link`),
      words: null,
    };
  const geometry = previous.status === 'loading' ? null : previous.geometry;
  const file = { url, ...(sha256 ? { sha256 } : {}) };
  const loading =
    first ??
    (geometry
      ? loadDatasetFor(file, geometry, signal)
      : loadForMap({ dataset: url, shapes, ...(sha256 ? { datasetSha256: sha256 } : {}) }, signal));
  const [load, words] = await Promise.all([loading, loadCampaignWords(campaign).catch((error: unknown) => error as Error)]);
  if (words instanceof Error)
    return { load: campaignFailure(campaign, load, 'The words of this campaign did not load.', `(words): ${words.message}`), words: null };
  if (load.status === 'failed') return { load: { ...load, failures: load.failures.map((failure) => ({ ...failure, campaign })) }, words };
  if (keep) remember(store, campaign, url, { load, words });
  return { load, words };
}

function remember(store: AppStore, campaign: CampaignId, url: string, campaignData: LoadedCampaign): void {
  mapOf(loadedBy, store).set(url, campaignData);
  if (campaignData.load.status === 'ready') store.getState().setCampaignIndex(campaign, campaignData.load.index);
}

/**
 * Loads every campaign the page knows that is not in hand yet (their current data), one after
 * the other, each after `beforeEach` (the page waits for idle time), so that none delays the page
 * for long. Resolves when all have been tried; a failure is left for the campaign's own view to report.
 */
export function loadOtherCampaigns(store: AppStore, beforeEach: () => Promise<void> = () => Promise.resolve()): Promise<void> {
  const { files } = store.getState();
  if (!files) return Promise.resolve();
  // Only the datasets are fetched (the page is drawn, its shapes in hand); the shapes' address is the page's.
  const shapes = files.shapes ?? '';
  return Object.keys(files.campaigns ?? {})
    .concat('interpol')
    .reduce<Promise<void>>(async (previous, id) => {
      await previous;
      await beforeEach();
      const campaign = id as CampaignId;
      const file = datasetFileFor(null, files, campaign);
      if (!file || cachedCampaign(store, file.url)) return;
      // Only beside a page that is drawn: a page still loading, or failed, needs the network more.
      if (store.getState().load.status !== 'ready') return;
      await loadCampaign(store, { campaign, url: file.url, sha256: file.sha256, shapes }, new AbortController().signal).catch(
        () => undefined,
      );
    }, Promise.resolve());
}

/**
 * Shows a campaign's data and words on the page: its URL is reconciled with what the data know
 * (only what is known can be judged: without the dataset, a link's edition is left alone).
 */
export function showCampaign(store: AppStore, { load, words }: LoadedCampaign): void {
  const state = store.getState();
  setCampaignWords(words);
  // Already shown (a switch to a campaign in hand does it in the click: switchCampaign).
  if (state.load === load) return;
  if (load.status !== 'loading' && load.index) state.replaceUrlState(reconcileUrlState(state.url, knownIds(load.index, load.geometry)));
  state.setLoad(load);
}

/**
 * Shows another campaign. When its data are in hand, the URL, the data and the words change in one
 * update (one render, in the click's frame); otherwise the URL changes and the loader fetches.
 */
export function switchCampaign(store: AppStore, campaign: CampaignId): void {
  const state = store.getState();
  const file = state.files ? datasetFileFor(state.url.version, state.files, campaign) : null;
  const cached = file ? cachedCampaign(store, file.url) : undefined;
  if (!cached || cached.load.status !== 'ready') {
    state.setCampaign(campaign);
    return;
  }
  setCampaignWords(cached.words);
  const url = reconcileUrlState({ ...state.url, campaign }, knownIds(cached.load.index, cached.load.geometry));
  store.setState({ url, urlHistory: 'rules', load: cached.load });
}
