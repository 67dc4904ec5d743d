/**
 * Loads the dataset and the topology when the app mounts and again on each Retry. A newer
 * attempt or an unmount aborts the older one, and a stale answer is never written.
 */
import { useEffect } from 'react';
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

export function useResourceLoader({ urls, firstLoad }: LoaderProps): void {
  const store = useAppStoreApi();
  const attempt = useAppStore(selectLoadAttempt);
  const { dataset, topology } = urls;
  useEffect(() => {
    const controller = new AbortController();
    const loading = attempt === 0 && firstLoad ? firstLoad : loadForMap({ dataset, topology }, controller.signal);
    void loading.then((load) => {
      if (controller.signal.aborted) return;
      const state = store.getState();
      // Only what we know can be judged: without the dataset, a link's edition is left alone.
      if (load.status !== 'loading' && load.index) state.replaceUrlState(reconcileUrlState(state.url, knownIds(load.index, load.geometry)));
      state.setLoad(load);
    });
    return () => controller.abort();
  }, [store, attempt, dataset, topology, firstLoad]);
}
