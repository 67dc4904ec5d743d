/**
 * Fetches the two files the app needs, in parallel, and checks them before anything is shown:
 * a dataset that fails validation is never shown as if it were true. With the dataset but no
 * map shapes, the table still works, so what arrived whole is kept.
 */
import type { CampaignId, Dataset } from './schema.ts';
import { isBuildChecked } from './checkedDigest.ts';
import { formatIssue } from './dataIssue.ts';
import { fetchText, type FetchTextOptions, type FetchTextResult } from './fetchText.ts';
import { parseShapesFile, type ShapeRecord } from './shapesFile.ts';

export interface LoadFailure {
  /** `shapes`: the map's shapes file (data/world.shapes.json). */
  resource: 'dataset' | 'shapes';
  /** The campaign whose data failed, once the page knows campaigns (useResourceLoader). */
  campaign?: CampaignId;
  /** A sentence for visitors. */
  message: string;
  /** Every problem as `location: message`, for staff (debug mode). */
  details: string[];
}

/** What arrived whole, and what failed. */
export interface FetchedResources {
  dataset: Dataset | null;
  shapes: ShapeRecord[] | null;
  failures: LoadFailure[];
}

export interface ResourceUrls {
  dataset: string;
  /** The map's shapes (data/world.shapes.json), the same for every campaign. */
  shapes: string;
  /** The SHA-256 of the dataset file the build checked (checkedDigest.ts); absent in tests and dev. */
  datasetSha256?: string;
}

export async function loadResources(urls: ResourceUrls, options: FetchTextOptions = {}): Promise<FetchedResources> {
  const [dataset, shapesResponse] = await Promise.all([
    fetchDataset(urls.dataset, urls.datasetSha256, options),
    fetchText(urls.shapes, options),
  ]);
  const failures: LoadFailure[] = [];

  let shapes: ShapeRecord[] | null = null;
  if (shapesResponse.ok) {
    shapes = parseShapesFile(shapesResponse.text);
    if (!shapes) failures.push(damagedShapes('is not a file of map shapes'));
  } else {
    failures.push(networkFailure('shapes', shapesResponse));
  }
  failures.push(...dataset.failures);
  return { dataset: dataset.dataset, shapes, failures };
}

/** One dataset file, fetched and checked (another campaign's, once the map is drawn). */
export async function fetchDataset(
  url: string,
  sha256: string | undefined,
  options: FetchTextOptions = {},
): Promise<{ dataset: Dataset | null; failures: LoadFailure[] }> {
  const response = await fetchText(url, options);
  if (!response.ok) return { dataset: null, failures: [networkFailure('dataset', response)] };
  if (await isBuildChecked(response.text, sha256)) return { dataset: buildCheckedDataset(response.text), failures: [] };
  const checked = await checkInFull(response.text);
  return 'failure' in checked ? { dataset: null, failures: [checked.failure] } : { dataset: checked.dataset, failures: [] };
}

/**
 * The file the build checked: its schema output is the parsed JSON itself (the build refuses to
 * write the digest otherwise, scripts/buildTimePages.ts), so it is used as parsed.
 */
function buildCheckedDataset(text: string): Dataset {
  return JSON.parse(text) as Dataset;
}

/**
 * Any other file is checked in full, by the checker's own chunk: a page whose file is the checked
 * one never downloads it. A checker that cannot be fetched is a failure the reader can retry.
 */
async function checkInFull(text: string): Promise<{ dataset: Dataset } | { failure: LoadFailure }> {
  let checked;
  try {
    const { checkDatasetText } = await import('./checkDataset.ts');
    checked = checkDatasetText(text);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return {
      failure: { resource: 'dataset', message: 'The list of supporters could not be checked: the checker did not load.', details: [`(checker): ${why}`] },
    };
  }
  if (checked.ok) return { dataset: checked.dataset };
  const { issues } = checked;
  return {
    failure: {
      resource: 'dataset',
      message: `The list of supporters failed its checks (${issues.length} problem${issues.length === 1 ? '' : 's'}), so it is not shown.`,
      details: issues.map(formatIssue),
    },
  };
}

function networkFailure(resource: LoadFailure['resource'], response: Extract<FetchTextResult, { ok: false }>): LoadFailure {
  const what = resource === 'dataset' ? 'The list of supporters' : 'The world map';
  return { resource, message: `${what} could not be loaded: ${response.message}.`, details: [`(${resource}): ${response.kind} ${response.message}`] };
}

/** The failure for a shapes file that arrived but cannot be drawn; `why` is for the debug details. */
export function damagedShapes(why: string): LoadFailure {
  return { resource: 'shapes', message: 'The world map arrived damaged.', details: [`(file): ${why}`] };
}
