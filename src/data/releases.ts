/**
 * Which dataset file a page loads: the current one, or an earlier release a pinned link asks for
 * (`version=1.0.1`, data/releases/ in the repository). The page learns both from its <head>: the
 * dataset's preload link carries the current version, and a `data-release` link per earlier
 * release carries its address and the digest the build checked (scripts/dataReleases.ts); and a
 * `data-campaign` link per other campaign (scripts/campaignFiles.ts), fetched when first shown.
 */

import { CAMPAIGN_IDS, type CampaignId } from './vocabulary.ts';

export interface DatasetFile {
  url: string;
  /** The digest the build checked (checkedDigest.ts); absent in tests and dev. */
  sha256?: string;
}

export interface DatasetFiles {
  /** INTERPOL's current data. */
  current: DatasetFile & { version: string | null };
  /** INTERPOL's earlier releases. */
  archived: readonly (DatasetFile & { version: string })[];
  /** The map's shapes file, every campaign's map (for a campaign loaded before any map is drawn). */
  shapes?: string;
  /** Each other campaign's current data, when the build wrote it (a `data-campaign` link). */
  campaigns?: Partial<Record<CampaignId, DatasetFile & { version: string | null }>>;
  /**
   * The edition's part the page preloads (a `data-resource="edition"` link, scripts/editionParts.ts):
   * its body's current data cut to the edition the page shows when the link asks for none.
   */
  part?: EditionPartFile;
}

export interface EditionPartFile extends DatasetFile {
  campaign: CampaignId;
  version: string;
  edition: number;
}

/**
 * The page's edition part, when it holds what a view asks for first: the same body, the current
 * data (or the same version pinned), and the same edition (or none asked: the page's own).
 * Otherwise null, and the page loads the whole file.
 */
export function partFor(
  files: DatasetFiles,
  view: { campaign: CampaignId; version: string | null; edition: number | null },
): DatasetFile | null {
  const { part } = files;
  if (!part || part.campaign !== view.campaign) return null;
  if (view.version !== null && view.version !== part.version) return null;
  if (view.edition !== null && view.edition !== part.edition) return null;
  return part.sha256 === undefined ? { url: part.url } : { url: part.url, sha256: part.sha256 };
}

/**
 * The file for a requested version: an archived release when one matches, otherwise the current
 * data (the page then says the version asked for is not kept, see `versionNote`).
 */
export function datasetFileFor(requested: string | null, files: DatasetFiles, campaign: CampaignId = 'interpol'): DatasetFile | null {
  if (campaign !== 'interpol') {
    // Other campaigns keep no earlier releases yet: a pinned link shows their current data, and says so.
    const file = files.campaigns?.[campaign];
    if (!file) return null;
    return file.sha256 === undefined ? { url: file.url } : { url: file.url, sha256: file.sha256 };
  }
  const archived = requested === null ? undefined : files.archived.find((release) => release.version === requested);
  const { url, sha256 } = archived ?? files.current;
  return sha256 === undefined ? { url } : { url, sha256 };
}

/** The newest data version of each campaign whose file the page knows. */
export function latestVersions(files: DatasetFiles): Partial<Record<CampaignId, string>> {
  const latest: Partial<Record<CampaignId, string>> = {};
  if (files.current.version !== null) latest.interpol = files.current.version;
  for (const [campaign, file] of Object.entries(files.campaigns ?? {}) as [CampaignId, { version: string | null }][])
    if (file.version !== null) latest[campaign] = file.version;
  return latest;
}

/** The campaigns the page can show: INTERPOL, and every other whose file it knows, in the vocabulary's order. */
export function campaignsOf(files: DatasetFiles | undefined): CampaignId[] {
  return CAMPAIGN_IDS.filter((campaign) => campaign === 'interpol' || files?.campaigns?.[campaign] !== undefined);
}
