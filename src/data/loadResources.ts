/**
 * Fetches the two files the app needs, in parallel, and checks them before anything is shown:
 * a dataset that fails validation is never shown as if it were true. With the dataset but no
 * topology, the table still works, so what arrived whole is kept.
 */
import type { CampaignId, Dataset } from './schema.ts';
import { isBuildChecked } from './checkedDigest.ts';
import { formatIssue } from './dataIssue.ts';
import { fetchText, type FetchTextOptions, type FetchTextResult } from './fetchText.ts';
import type { WorldTopology } from './topology.ts';

export interface LoadFailure {
  resource: 'dataset' | 'topology';
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
  topology: WorldTopology | null;
  failures: LoadFailure[];
}

export interface ResourceUrls {
  dataset: string;
  topology: string;
  /** The SHA-256 of the dataset file the build checked (checkedDigest.ts); absent in tests and dev. */
  datasetSha256?: string;
}

export async function loadResources(urls: ResourceUrls, options: FetchTextOptions = {}): Promise<FetchedResources> {
  const [dataset, topologyResponse] = await Promise.all([
    fetchDataset(urls.dataset, urls.datasetSha256, options),
    fetchText(urls.topology, options),
  ]);
  const failures: LoadFailure[] = [];

  let topology: WorldTopology | undefined;
  if (topologyResponse.ok) {
    topology = parseTopology(topologyResponse.text) ?? undefined;
    if (!topology) failures.push(damagedTopology('is not a world topology'));
  } else {
    failures.push(networkFailure('topology', topologyResponse));
  }
  failures.push(...dataset.failures);
  return { dataset: dataset.dataset, topology: topology ?? null, failures };
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

/** The failure for a topology that arrived but cannot be drawn; `why` is for the debug details. */
export function damagedTopology(why: string): LoadFailure {
  return { resource: 'topology', message: 'The world map arrived damaged.', details: [`(file): ${why}`] };
}

/** A topology we can draw from, or null for anything else (a truncated body, an HTML error page). */
export function parseTopology(text: string): WorldTopology | null {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof raw !== 'object' || raw === null) return null;
  const candidate = raw as { type?: unknown; arcs?: unknown; objects?: { countries?: { geometries?: unknown } } };
  if (candidate.type !== 'Topology' || !Array.isArray(candidate.arcs)) return null;
  if (!Array.isArray(candidate.objects?.countries?.geometries)) return null;
  return raw as WorldTopology;
}
