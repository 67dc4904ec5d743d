/**
 * From the two files to what the page draws: the checked dataset with its index, and the map's
 * shapes. The work between the data's arrival and the first drawing is done in separate tasks
 * (the checks, then the shapes, a few dozen per task), so the page keeps answering on a slow
 * phone while it is done.
 */
import { damagedTopology, fetchDataset, loadResources, type LoadFailure, type ResourceUrls } from '../data/loadResources.ts';
import type { Dataset } from '../data/schema.ts';
import type { WorldTopology } from '../data/topology.ts';
import { createDatasetIndex, type DatasetIndex } from '../filters/datasetIndex.ts';
import { computeMapGeometry, prepareMapGeometry, type MapGeometry } from '../map/geometry.ts';

export type LoadState =
  | { status: 'loading' }
  | { status: 'ready'; index: DatasetIndex; geometry: MapGeometry }
  | { status: 'failed'; index: DatasetIndex | null; geometry: MapGeometry | null; failures: LoadFailure[] };

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function loadForMap(urls: ResourceUrls, signal?: AbortSignal): Promise<LoadState> {
  const fetched = await loadResources(urls, signal ? { signal } : {});
  await nextTask();
  const index = fetched.dataset ? createDatasetIndex(fetched.dataset) : null;
  const failures = [...fetched.failures];
  let geometry: MapGeometry | null = null;
  if (fetched.topology && !signal?.aborted) {
    try {
      geometry = await prepareMapGeometry(fetched.topology, nextTask);
    } catch (error) {
      // A topology of the right outline whose arcs cannot be drawn: the table still works.
      failures.push(damagedTopology(error instanceof Error ? error.message : String(error)));
    }
  }
  return loadStateOf(index, geometry, failures);
}

/**
 * Another dataset for the map already drawn (another campaign's): only the dataset is fetched and
 * checked; the shapes are the ones in hand.
 */
export async function loadDatasetFor(
  file: { url: string; sha256?: string },
  geometry: MapGeometry,
  signal?: AbortSignal,
): Promise<LoadState> {
  const fetched = await fetchDataset(file.url, file.sha256, signal ? { signal } : {});
  await nextTask();
  return loadStateOf(fetched.dataset ? createDatasetIndex(fetched.dataset) : null, geometry, fetched.failures);
}

/** The load state of files already in hand (tests, build-time pages). */
export function loadedState(dataset: Dataset, topology: WorldTopology): LoadState {
  return loadStateOf(createDatasetIndex(dataset), computeMapGeometry(topology), []);
}

function loadStateOf(index: DatasetIndex | null, geometry: MapGeometry | null, failures: LoadFailure[]): LoadState {
  if (index && geometry && failures.length === 0) return { status: 'ready', index, geometry };
  return { status: 'failed', index, geometry, failures };
}
