/**
 * Loads the dataset and the topology when the app mounts and again on each Retry. A newer
 * attempt or an unmount aborts the older one, and a stale answer is never written.
 */
import { useCallback, useEffect } from 'react';
import type { ResourceUrls } from '../data/loadResources.ts';
import { loadForMap, type LoadState } from '../state/loadForMap.ts';
import { knownIds, reconcileUrlState } from '../state/reconcileUrlState.ts';
import { selectLoadAttempt } from '../state/selectors.ts';
import { useAppStore, useAppStoreApi } from '../state/StoreContext.tsx';

/** What the page's layouts (full, embed) are given to load. */
export interface LoaderProps {
  urls: ResourceUrls;
  /**
   * The first attempt, when the entry point started it before React (main.tsx does, so that the
   * checks and the shapes run while the page's first render waits for its frame). A Retry always
   * loads again.
   */
  firstLoad?: Promise<LoadState> | undefined;
}

/** The first quiet retry after a failure; each next one waits twice as long, up to a minute. */
const QUIET_RETRY_MS = 5_000;

export function useResourceLoader({ urls, firstLoad }: LoaderProps): void {
  const store = useAppStoreApi();
  const attempt = useAppStore(selectLoadAttempt);
  const failed = useAppStore((s) => s.load.status === 'failed');
  const { dataset, topology } = urls;
  const show = useCallback(
    (load: LoadState) => {
      const state = store.getState();
      // Only what we know can be judged: without the dataset, a link's edition is left alone.
      if (load.status !== 'loading' && load.index) state.replaceUrlState(reconcileUrlState(state.url, knownIds(load.index, load.geometry)));
      state.setLoad(load);
    },
    [store],
  );
  useEffect(() => {
    const controller = new AbortController();
    const loading = attempt === 0 && firstLoad ? firstLoad : loadForMap({ dataset, topology }, controller.signal);
    void loading.then((load) => controller.signal.aborted || show(load));
    return () => controller.abort();
  }, [show, attempt, dataset, topology, firstLoad]);
  // While the page says what failed (with its Retry), it keeps trying on its own and shows the map
  // as soon as an attempt succeeds; the failure stays on screen until then.
  useEffect(() => {
    if (!failed) return;
    const controller = new AbortController();
    let wait = QUIET_RETRY_MS;
    let timer = 0;
    const again = () => {
      timer = window.setTimeout(() => {
        void loadForMap({ dataset, topology }, controller.signal).then((load) => {
          if (controller.signal.aborted) return;
          if (load.status === 'ready') show(load);
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
  }, [show, failed, dataset, topology]);
}
