/**
 * Loads the dataset and the topology when the app mounts and again on each Retry. A newer
 * attempt or an unmount aborts the older one, and a stale answer is never written.
 *
 * The work between the data's arrival and the first drawing is done in separate tasks (the
 * checks, then the map's shapes, then the render), so the page never stops answering for all
 * of it at once: on a slow phone each part is tens of milliseconds, together a quarter second.
 */
import { useEffect } from 'react';
import { loadResources, type ResourceUrls } from '../data/loadResources.ts';
import { topologyIds } from '../data/topology.ts';
import { reconcileView } from '../state/reconcileView.ts';
import { prepareMapGeometry } from './derived.ts';
import { useAppStore, useAppStoreApi } from '../state/StoreContext.tsx';
import { selectLoadAttempt } from '../state/selectors.ts';

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function useResourceLoader(urls: ResourceUrls): void {
  const store = useAppStoreApi();
  const attempt = useAppStore(selectLoadAttempt);
  const { dataset, topology } = urls;
  useEffect(() => {
    const controller = new AbortController();
    void (async () => {
      const load = await loadResources({ dataset, topology }, { signal: controller.signal });
      await nextTask();
      if (load.status !== 'loading' && load.resources.topology) await prepareMapGeometry(load.resources.topology, nextTask);
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
    })();
    return () => controller.abort();
  }, [store, attempt, dataset, topology]);
}
