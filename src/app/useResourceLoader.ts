/**
 * Loads the data of the campaign shown, and the map's shapes, when the app mounts, when the campaign
 * changes and on each Retry. A newer attempt or an unmount aborts the older one, and a stale answer
 * is never written.
 *
 * Each campaign's data, once checked, is kept with its words (i18n/campaignWords.ts): switching
 * back to it shows it in the same frame. Another campaign's first load fetches only its dataset
 * (the map's shapes are in hand) and its words; if it fails, the page says which campaign failed
 * and offers Retry, and every other campaign still works.
 */
import { useCallback, useEffect, useRef } from 'react';
import { datasetFileFor, type DatasetFile, type DatasetFiles } from '../data/releases.ts';
import type { ResourceUrls } from '../data/loadResources.ts';
import { cachedCampaign, campaignPart, loadCampaign, showCampaign, type LoadedCampaign } from '../state/campaignLoader.ts';
import type { LoadState } from '../state/loadForMap.ts';
import { selectCampaign, selectHoldsPart, selectLoadAttempt, selectNeedsWholeFile, selectVersion } from '../state/selectors.ts';
import { useAppStore, useAppStoreApi } from '../state/StoreContext.tsx';
import { whenIdle } from '../ui/common/whenIdle.ts';
import { useMapDrawn } from '../ui/map/mapDrawn.ts';

/** What the page's layouts (full, embed) are given to load. */
export interface LoaderProps {
  /** The first campaign's files (the shapes file is every campaign's). */
  urls: ResourceUrls;
  /**
   * The first attempt, when the entry point started it before React (main.tsx does, so that the
   * checks and the shapes run while the page's first render waits for its frame). A Retry always
   * loads again.
   */
  firstLoad?: Promise<LoadState> | undefined;
  /** Every campaign's files, as the page's <head> lists them; without them (tests) only `urls`. */
  files?: DatasetFiles | undefined;
}

/** The first quiet retry after a failure; each next one waits twice as long, up to a minute. */
const QUIET_RETRY_MS = 5_000;

export function useResourceLoader({ urls, firstLoad, files }: LoaderProps): void {
  const store = useAppStoreApi();
  const attempt = useAppStore(selectLoadAttempt);
  const failed = useAppStore((s) => s.load.status === 'failed');
  const campaign = useAppStore(selectCampaign);
  const version = useAppStore(selectVersion);
  const { shapes } = urls;
  const file: DatasetFile | null = files
    ? datasetFileFor(version, files, campaign)
    : { url: urls.dataset, ...(urls.datasetSha256 ? { sha256: urls.datasetSha256 } : {}) };
  const fileUrl = file?.url ?? null;
  const fileSha256 = file?.sha256;
  const firstUrl = useRef(fileUrl);

  const show = useCallback((loaded: LoadedCampaign) => showCampaign(store, loaded), [store]);

  const load = useCallback(
    (signal: AbortSignal, useFirst: boolean) =>
      loadCampaign(
        store,
        { campaign, url: fileUrl, sha256: fileSha256, shapes },
        signal,
        useFirst && fileUrl === firstUrl.current ? firstLoad : undefined,
      ),
    [store, campaign, fileUrl, fileSha256, shapes, firstLoad],
  );

  useEffect(() => {
    const cached = fileUrl === null ? undefined : cachedCampaign(store, fileUrl);
    if (cached) {
      // In hand: shown in this frame, without a fetch.
      show(cached);
      return;
    }
    const controller = new AbortController();
    // The part of the edition shown first, when the page started with one (main.tsx): the whole
    // file follows below. A part that failed is not retried: the whole file is loaded instead.
    const part = attempt === 0 && fileUrl !== null ? campaignPart(store, fileUrl) : undefined;
    if (!part && store.getState().load.status !== 'loading') store.getState().setLoad({ status: 'loading' });
    const loading = part
      ? part.then((loaded) => (loaded.load.status === 'ready' ? loaded : load(controller.signal, false)))
      : load(controller.signal, attempt === 0);
    void loading.then((loaded) => controller.signal.aborted || show(loaded));
    return () => controller.abort();
  }, [show, load, attempt, fileUrl, store]);

  // With an edition's part shown, the whole file: in idle time once the map is drawn, or at once
  // when the reader asks for a view the part does not answer (another year, a panel, a comparison).
  const holdsPart = useAppStore(selectHoldsPart);
  const needsWhole = useAppStore(selectNeedsWholeFile);
  const mapDrawn = useMapDrawn();
  useEffect(() => {
    if (!holdsPart || fileUrl === null || !(mapDrawn || needsWhole)) return;
    let current = true;
    const fetchWhole = () => {
      if (!current) return;
      // Not aborted with this effect: a reader's click only makes the same fetch urgent.
      void load(new AbortController().signal, false).then((loaded) => {
        if (!current) return;
        // A failure is shown only to a view that needs the file (with Retry); the part still answers the others.
        if (loaded.load.status === 'ready' || selectNeedsWholeFile(store.getState())) show(loaded);
      });
    };
    if (needsWhole) fetchWhole();
    else whenIdle(fetchWhole);
    return () => {
      current = false;
    };
  }, [holdsPart, needsWhole, mapDrawn, fileUrl, load, show, store]);

  // While the page says what failed (with its Retry), it keeps trying on its own and shows the data
  // as soon as an attempt succeeds; the failure stays on screen until then.
  useEffect(() => {
    if (!failed) return;
    const controller = new AbortController();
    let wait = QUIET_RETRY_MS;
    let timer = 0;
    const again = () => {
      timer = window.setTimeout(() => {
        void load(controller.signal, false).then((loaded) => {
          if (controller.signal.aborted) return;
          if (loaded.load.status === 'ready') show(loaded);
          else again();
        });
        wait = Math.min(wait * 2, 60_000);
      }, wait);
    };
    again();
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [show, failed, load]);
}
