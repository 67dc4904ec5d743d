/**
 * Which dataset file a page loads: the current one, or an earlier release a pinned link asks for
 * (`version=1.0.1`, data/releases/ in the repository). The page learns both from its <head>: the
 * dataset's preload link carries the current version, and a `data-release` link per earlier
 * release carries its address and the digest the build checked (scripts/dataReleases.ts).
 */

export interface DatasetFile {
  url: string;
  /** The digest the build checked (checkedDigest.ts); absent in tests and dev. */
  sha256?: string;
}

export interface DatasetFiles {
  current: DatasetFile & { version: string | null };
  archived: readonly (DatasetFile & { version: string })[];
}

/**
 * The file for a requested version: an archived release when one matches, otherwise the current
 * data (the page then says the version asked for is not kept, see `versionNote`).
 */
export function datasetFileFor(requested: string | null, files: DatasetFiles): DatasetFile {
  const archived = requested === null ? undefined : files.archived.find((release) => release.version === requested);
  const { url, sha256 } = archived ?? files.current;
  return sha256 === undefined ? { url } : { url, sha256 };
}
