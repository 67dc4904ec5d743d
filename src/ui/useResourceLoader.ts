/**
 * Loads the dataset and the topology when the app mounts and again on each Retry. A newer
 * attempt or an unmount aborts the older one, and a stale answer is never written.
 *
 * The work between the data's arrival and the first drawing is done in separate tasks (the
 * checks, then the map's shapes, then the render), so the page never stops answering for all
 * of it at once: on a slow phone each part is tens of milliseconds, together a quarter second.
 */
import { useEffect } from 'react';
import { damagedTopology, loadResources, type ResourceUrls } from '../data/loadResources.ts';
import { topologyIds } from '../data/topology.ts';
import { reconcileView } from '../state/reconcileView.ts';
import type { LoadState } from '../state/store.ts';
import { prepareMapGeometry } from './derived.ts';
import { useAppStore, useAppStoreApi } from '../state/StoreContext.tsx';
import { selectLoadAttempt } from '../state/selectors.ts';

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Fetches and checks both files, then works out the map's shapes: all a first drawing needs. */
export async function loadForMap(urls: ResourceUrls, signal?: AbortSignal): Promise<LoadState> {
  const load = await loadResources(urls, signal ? { signal } : {});
  await nextTask();
  if (load.status === 'loading' || !load.resources.topology || signal?.aborted) return load;
  const { topology, ...kept } = load.resources;
  try {
    await prepareMapGeometry(topology, nextTask);
    return load;
  } catch (error) {
    // A topology of the right outline whose arcs cannot be drawn: the table still works.
    const failures = load.status === 'failed' ? load.failures : [];
    return {
      status: 'failed',
      resources: kept,
      failures: [...failures, damagedTopology(error instanceof Error ? error.message : String(error))],
    };
  }
}

/** What the page's layouts (full, embed) are given to load. */
export interface LoaderProps {
  urls: ResourceUrls;
  firstLoad?: Promise<LoadState> | undefined;
}

/**
 * `firstLoad`: the first attempt, when the entry point started it before React (main.tsx does,
 * so that the checks and the shapes run while the page's first render is still waiting for its
 * frame). A Retry always loads again.
 */
export function useResourceLoader(urls: ResourceUrls, firstLoad?: Promise<LoadState>): void {
  const store = useAppStoreApi();
  const attempt = useAppStore(selectLoadAttempt);
  const { dataset, topology } = urls;
  useEffect(() => {
    const controller = new AbortController();
    const loading = attempt === 0 && firstLoad ? firstLoad : loadForMap({ dataset, topology }, controller.signal);
    void loading.then((load) => {
      if (controller.signal.aborted) return;
      const state = store.getState();
      if (load.status !== 'loading') {
        const data = load.resources.dataset;
        const shapes = load.resources.topology;
        // Only what we know can be judged: without the dataset, a link's edition is left alone.
        if (data) {
          const actors = new Set([...data.actors.map((a) => a.id), ...(shapes ? topologyIds(shapes) : [])]);
          state.replaceView(reconcileView(state.view, { editions: new Set(data.editions.map((e) => e.year)), actors }));
        }
      }
      state.setLoad(load);
    });
    return () => controller.abort();
  }, [store, attempt, dataset, topology, firstLoad]);
}
