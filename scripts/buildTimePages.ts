/**
 * A Vite plugin that writes into the built page what a browser without JavaScript and a link
 * scraper need: a <noscript> list of the latest edition's supporters with their sources, Open
 * Graph and Twitter card tags, and the card's image (og-image.png, rendered at build time).
 *
 * The data is checked with the release checks first (the same as `npm run validate-data`): a
 * dataset, correction log or audit that fails them fails the build instead of being published. Set SITE_URL (e.g. https://example.org/support-map/)
 * to make og:image and og:url absolute, as scrapers require; without it og:image is relative.
 */
import { readFileSync } from 'node:fs';
import { decodeUtf8 } from '../src/data/decodeUtf8.ts';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { checkRelease } from '../src/data/checkRelease.ts';
import type { Correction } from '../src/data/schema.ts';
import { buildDataPackage, DATA_PACKAGE_FOLDER, datasetJsonLd } from '../src/export/dataPackage.ts';
import { formatIssue } from '../src/data/dataIssue.ts';
import { parseTopology } from '../src/data/loadResources.ts';
import { topologyIds, type WorldTopology } from '../src/data/topology.ts';
import { createDatasetIndex, type DatasetIndex } from '../src/filters/datasetIndex.ts';
import { noscriptSupportersHtml } from '../src/export/noscriptSupporters.ts';
import { OG_IMAGE, socialMetaTags } from '../src/export/socialMeta.ts';
import { checkedDigest, loadArchivedReleases, markDatasetLink, withReleaseLinks, type ArchivedRelease } from './dataReleases.ts';
import { renderOgImage } from './renderOgImage.ts';

export interface BuildTimePagesOptions {
  /** Project root; defaults to the working directory. */
  root?: string;
  /** Absolute site URL; defaults to the SITE_URL environment variable. */
  siteUrl?: string;
}

interface Loaded {
  index: DatasetIndex;
  topology: WorldTopology;
  year: number;
  /** The SHA-256 of data/dataset.json, when the page may use it as checked (src/data/checkedDigest.ts). */
  datasetSha256: string | null;
  /** data/dataset.json's version. */
  version: string;
  /** Earlier published versions, kept for pinned links (scripts/dataReleases.ts). */
  releases: ArchivedRelease[];
  /** The correction log, checked with the release. */
  corrections: Correction[];
}

export function loadBuildData(root: string): Loaded {
  const topologyPath = resolve(root, 'data/world.topo.json');
  const topology = parseTopology(readFileSync(topologyPath, 'utf8'));
  if (!topology) throw new Error(`${topologyPath} is not a world topology (run npm run build:topology)`);
  // Strict UTF-8, as the validator reads them: the build refuses what validate-data refuses.
  const read = (name: string) => {
    const decoded = decodeUtf8(readFileSync(resolve(root, 'data', name)));
    if (!decoded.ok) throw new Error(`data/${name}: byte ${decoded.offset} is not UTF-8 (npm run validate-data)`);
    return decoded.text;
  };
  const datasetText = read('dataset.json');
  const correctionsText = read('corrections.json');
  const checked = checkRelease(
    { dataset: datasetText, corrections: correctionsText, audit: read('audit.json'), relations: read('relations.json') },
    { topologyIds: topologyIds(topology) },
  );
  if (!checked.dataset)
    throw new Error(`data/ fails its release checks (npm run validate-data):\n${checked.issues.map(formatIssue).join('\n')}`);
  const index = createDatasetIndex(checked.dataset);
  if (index.latestListedYear === null) throw new Error('data/dataset.json has no edition with a list of supporters');
  const version = checked.dataset.version;
  const archived = loadArchivedReleases(root, version, topologyIds(topology));
  if (archived.problems.length > 0)
    throw new Error(`the archived releases fail their checks (npm run validate-data):\n${archived.problems.join('\n')}`);
  return {
    index,
    topology,
    year: index.latestListedYear,
    datasetSha256: checkedDigest(datasetText, checked.dataset),
    version,
    releases: archived.releases,
    // Checked above with the release: the log is what the page's corrections list reads.
    corrections: (JSON.parse(correctionsText) as { corrections: Correction[] }).corrections,
  };
}

export { checkedDigest };

/** index.html with the dataset's digest on its preload link; throws if the page has no such link. */
export function withDatasetDigest(html: string, sha256: string | null): string {
  return markDatasetLink(html, sha256 === null ? '' : ` data-sha256="${sha256}"`);
}

const MAIN_OPENING = /<main class="app__main">/;

/** index.html with `content` at the start of the static shell's <main>; throws if the shell has none. */
export function insertIntoMain(html: string, content: string): string {
  if (!MAIN_OPENING.test(html)) throw new Error('index.html has no <main class="app__main"> to hold the <noscript> list');
  return html.replace(MAIN_OPENING, (opening) => `${opening}\n${content}`);
}

export function buildTimePages(options: BuildTimePagesOptions = {}): Plugin {
  const root = options.root ?? process.cwd();
  const siteUrl = options.siteUrl ?? (process.env.SITE_URL || undefined);
  let loaded: Loaded | null = null;
  let command: 'build' | 'serve' = 'build';
  // Read once per build (the dev server re-reads on restart); both hooks use the same data.
  const data = () => (loaded ??= loadBuildData(root));

  return {
    name: 'support-map:build-time-pages',
    configResolved(config) {
      command = config.command;
    },
    // The dev server makes the data package on request, as the build writes it.
    configureServer(server) {
      server.middlewares.use(`/${DATA_PACKAGE_FOLDER}/`, (request, response, next) => {
        const { index, corrections } = data();
        const path = (request.url ?? '').split('?')[0]?.replace(/^\//, '');
        const file = buildDataPackage(index, corrections, siteUrl).files.find((candidate) => candidate.path === path);
        if (!file) return next();
        response.setHeader('content-type', file.path.endsWith('.csv') ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8');
        response.end(file.text);
      });
    },
    transformIndexHtml(html) {
      const { index, year, datasetSha256, version, releases } = data();
      // The dev server serves data/ as it is; the build writes each release beside the current data.
      const hrefOf = (release: ArchivedRelease) =>
        command === 'build' ? `./${release.fileName}` : `./data/releases/${release.version}.json`;
      const withData = withReleaseLinks(withDatasetDigest(html, datasetSha256), version, releases, hrefOf);
      return {
        // Inside <main>, under the site's title: where the map would be.
        html: insertIntoMain(withData, `<noscript>${noscriptSupportersHtml(index, year, 'en')}</noscript>`),
        tags: [
          ...socialMetaTags({ index, year, ...(siteUrl ? { siteUrl } : {}) }),
          { tag: 'noscript', children: '<link rel="stylesheet" href="./noscript.css">', injectTo: 'head' },
          // Data, not a script: the CSP's script-src does not apply to it.
          { tag: 'script', attrs: { type: 'application/ld+json' }, children: datasetJsonLd(index.dataset, siteUrl), injectTo: 'head' },
        ],
      };
    },
    async generateBundle() {
      const { index, topology, year, releases, corrections } = data();
      this.emitFile({ type: 'asset', fileName: OG_IMAGE.fileName, source: await renderOgImage(index, topology, year) });
      for (const release of releases) this.emitFile({ type: 'asset', fileName: release.fileName, source: release.text });
      for (const file of buildDataPackage(index, corrections, siteUrl).files)
        this.emitFile({ type: 'asset', fileName: `${DATA_PACKAGE_FOLDER}/${file.path}`, source: file.text });
    },
  };
}
