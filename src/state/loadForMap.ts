/**
 * From the two files to what the page draws: the checked dataset with its index, and the map's
 * shapes. The index is made in a task of its own after the files' arrival, so the page keeps
 * answering on a slow phone while it is done.
 */
import { fetchDataset, loadResources, type LoadFailure, type ResourceUrls } from '../data/loadResources.ts';
import type { Dataset } from '../data/schema.ts';
import { createDatasetIndex, type DatasetIndex } from '../filters/datasetIndex.ts';
import { mapGeometry, type MapGeometry, type Shape } from '../map/geometry.ts';

export type LoadState =
  | { status: 'loading' }
  | { status: 'ready'; index: DatasetIndex; geometry: MapGeometry }
  | { status: 'failed'; index: DatasetIndex | null; geometry: MapGeometry | null; failures: LoadFailure[] };

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function loadForMap(urls: ResourceUrls, signal?: AbortSignal): Promise<LoadState> {
  const fetched = await loadResources(urls, signal ? { signal } : {});
  await nextTask();
  const index = fetched.dataset ? createDatasetIndex(fetched.dataset) : null;
  const geometry = fetched.shapes ? mapGeometry(fetched.shapes) : null;
  return loadStateOf(index, geometry, fetched.failures);
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
export function loadedState(dataset: Dataset, shapes: readonly Shape[]): LoadState {
  return loadStateOf(createDatasetIndex(dataset), mapGeometry(shapes), []);
}

function loadStateOf(index: DatasetIndex | null, geometry: MapGeometry | null, failures: LoadFailure[]): LoadState {
  if (index && geometry && failures.length === 0) return { status: 'ready', index, geometry };
  return { status: 'failed', index, geometry, failures };
}
