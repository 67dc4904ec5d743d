/**
 * Published versions of the data, kept so that a pinned link (`version=1.0.1`) keeps showing what
 * it showed: `data/releases/<version>.json` holds each earlier release's dataset.json exactly as it
 * was published (data/README.md, "Releasing a new version"). The current release is
 * data/dataset.json. The build ships each archived file beside the current one, and the page
 * finds them through links in its <head> (`data-release`).
 *
 * Each archive is checked as the current dataset is (the schema, the integrity and editorial
 * rules), its `version` must be its file name and earlier than the current version, and no two
 * files may hold the same version.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { checkReleaseDataset } from '../src/data/checkRelease.ts';
import { formatIssue } from '../src/data/dataIssue.ts';
import { decodeUtf8 } from '../src/data/decodeUtf8.ts';
import { compareVersions } from '../src/data/versions.ts';

export interface ArchivedRelease {
  version: string;
  text: string;
  /** The digest the page may trust in place of its own check (checkedDigest), or null. */
  sha256: string | null;
  /** Where the build writes it: content-addressed, so that a corrected archive is a new URL. */
  fileName: string;
}

/**
 * The digest the page trusts in place of its own check: only for a file whose checked form is the
 * parsed file itself (no text the schema trims), so that the page's parse equals the check's output.
 */
export function checkedDigest(text: string, checkedDataset: unknown): string | null {
  if (!isDeepStrictEqual(JSON.parse(text), checkedDataset)) return null;
  return sha256Hex(text);
}

const sha256Hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** The first 10 hex digits of a shipped file's SHA-256: its content address in `assets/`. */
export const contentTag = (text: string): string => sha256Hex(text).slice(0, 10);

const RELEASE_FILE = /^(\d{1,4}\.\d{1,4}\.\d{1,4})\.json$/;

/** Every archived release, oldest first, and every problem found (the build and validate-data fail on any). */
export function loadArchivedReleases(
  root: string,
  currentVersion: string,
  topologyIds?: ReadonlySet<string>,
): { releases: ArchivedRelease[]; problems: string[] } {
  const folder = resolve(root, 'data/releases');
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return { releases: [], problems: [] };
  }
  const releases: ArchivedRelease[] = [];
  const problems: string[] = [];
  for (const name of names.sort()) {
    const where = `data/releases/${name}`;
    const version = RELEASE_FILE.exec(name)?.[1];
    if (version === undefined) {
      problems.push(`${where}: not a release (name it <major>.<minor>.<patch>.json)`);
      continue;
    }
    const decoded = decodeUtf8(readFileSync(resolve(folder, name)));
    if (!decoded.ok) {
      problems.push(`${where}: byte ${decoded.offset} is not UTF-8`);
      continue;
    }
    let raw: unknown;
    try {
      raw = JSON.parse(decoded.text);
    } catch (error) {
      problems.push(`${where}: not JSON (${error instanceof Error ? error.message : String(error)})`);
      continue;
    }
    const checked = checkReleaseDataset(raw, topologyIds ? { topologyIds } : {});
    if (!checked.ok) {
      problems.push(...checked.issues.map((issue) => `${where}: ${formatIssue(issue)}`));
      continue;
    }
    if (checked.dataset.version !== version) {
      problems.push(`${where}: its version is "${checked.dataset.version}", not ${version}`);
      continue;
    }
    if (compareVersions(version, currentVersion) >= 0) {
      problems.push(`${where}: version ${version} is not earlier than data/dataset.json's ${currentVersion}`);
      continue;
    }
    const sha256 = checkedDigest(decoded.text, checked.dataset);
    const tag = (sha256 ?? '').slice(0, 10) || 'unchecked';
    releases.push({ version, text: decoded.text, sha256, fileName: `assets/dataset-${version}-${tag}.json` });
  }
  releases.sort((a, b) => compareVersions(a.version, b.version));
  return { releases, problems };
}

/**
 * The <head> links that tell the page where each archived release is, with its digest, and the
 * current version on the dataset's preload link. `href` is relative to the page, as the build's
 * other links are.
 */
const DATASET_LINK = /(<link\b[^>]*\bdata-resource="dataset")/;

/** index.html with `attributes` (e.g. ` data-version="1.1.0"`) on the dataset's preload link; throws if the page has none. */
export function markDatasetLink(html: string, attributes: string): string {
  if (!DATASET_LINK.test(html)) throw new Error('index.html has no <link data-resource="dataset">');
  return html.replace(DATASET_LINK, `$1${attributes}`);
}

export function withReleaseLinks(
  html: string,
  currentVersion: string,
  releases: readonly ArchivedRelease[],
  hrefOf: (release: ArchivedRelease) => string,
): string {
  const links = releases
    .map(
      (release) =>
        `<link rel="alternate" type="application/json" href="${hrefOf(release)}" data-release="${release.version}"${release.sha256 ? ` data-sha256="${release.sha256}"` : ''} />`,
    )
    .join('\n    ');
  const marked = markDatasetLink(html, ` data-version="${currentVersion}"`);
  return links === '' ? marked : marked.replace(/<\/head>/, `    ${links}\n  </head>`);
}
