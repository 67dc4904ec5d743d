/**
 * A Vite plugin that writes what a browser without JavaScript and a link scraper need, on every
 * page of a view (scripts/viewPages.ts: the root page and one per edition): a <noscript> list of
 * the edition's supporters with their sources, Open Graph and Twitter card tags, the card's image
 * (rendered at build time), and an oEmbed file with its discovery link.
 *
 * The data is checked with the release checks first (the same as `npm run validate-data`): a
 * dataset, correction log or audit that fails them fails the build instead of being published.
 * SITE_URL (e.g. https://example.org/support-map/) makes the cards, pages and oEmbed files
 * absolute, as scrapers require; a production build fails without it.
 */
import { readFileSync } from 'node:fs';
import { decodeUtf8 } from '../src/data/decodeUtf8.ts';
import { resolve } from 'node:path';
import { loadEnv, type Plugin } from 'vite';
import { checkRelease } from '../src/data/checkRelease.ts';
import type { Correction } from '../src/data/schema.ts';
import { buildDataPackage, DATA_PACKAGE_FOLDER, dataPackageFolder, type DataPackageFile } from '../src/export/dataPackage.ts';
import { formatIssue } from '../src/data/dataIssue.ts';
import { parseTopology, topologyIds } from '../src/data/topology.ts';
import { parseShapesFile, type ShapeRecord } from '../src/data/shapesFile.ts';
import { createDatasetIndex, type DatasetIndex } from '../src/filters/datasetIndex.ts';
import { OEMBED_FILE, OG_IMAGE, siteBase } from '../src/export/socialMeta.ts';
import { viewOfPath, viewPagePath } from '../src/state/viewPages.ts';
import type { CampaignId, Lang } from '../src/data/vocabulary.ts';
import type { Dictionary } from '../src/i18n/Dictionary.ts';
import zhTW from '../src/i18n/dictionaries/zh-TW.ts';
import { addLanguage, setCampaignWords, type CampaignWords } from '../src/i18n/translate.ts';

// Each body's own words, for its pages (the app loads them on demand, as it does the dictionaries).
const CAMPAIGN_WORDS: Record<Exclude<CampaignId, 'interpol'>, CampaignWords> = { wha, icao, unfccc, unga };
const campaignWordsOf = (campaign: CampaignId | undefined): CampaignWords | null =>
  campaign === undefined || campaign === 'interpol' ? null : CAMPAIGN_WORDS[campaign];
/** `render` with the words of `campaign`, then INTERPOL's again. */
function inWordsOf<T>(campaign: CampaignId | undefined, render: () => T): T {
  setCampaignWords(campaignWordsOf(campaign));
  try {
    return render();
  } finally {
    setCampaignWords(null);
  }
}

// The pages in other languages need their words now: the app loads them on demand, with an
// import() that this bundled config cannot follow. A new language fails the type check here.
const DICTIONARIES: Record<Exclude<Lang, 'en'>, Dictionary> = { 'zh-TW': zhTW };
for (const [lang, dictionary] of Object.entries(DICTIONARIES)) addLanguage(lang as Lang, dictionary);
import { checkedDigest, loadArchivedReleases, markDatasetLink, withReleaseLinks, type ArchivedRelease } from './dataReleases.ts';
import { loadCampaignFiles, shippedCampaignFile, withCampaignLinks, type CampaignFile, type ShippedCampaignFile } from './campaignFiles.ts';
import { renderOgImage } from './renderOgImage.ts';
import { shippedEditionParts, withEditionPartLink, type ShippedEditionPart } from './editionParts.ts';
import {
  insertIntoMain,
  oembedJson,
  renderViewPage,
  sitePagesOf,
  viewPagesMeta,
  viewPagesOf,
  type OtherCampaign,
  type ViewPage,
} from './viewPages.ts';
import wha from '../src/i18n/campaigns/wha.ts';
import icao from '../src/i18n/campaigns/icao.ts';
import unfccc from '../src/i18n/campaigns/unfccc.ts';
import unga from '../src/i18n/campaigns/unga.ts';

export interface BuildTimePagesOptions {
  /** Project root; defaults to the working directory. */
  root?: string;
  /** Absolute site URL; defaults to the SITE_URL environment variable. */
  siteUrl?: string;
}

interface Loaded {
  index: DatasetIndex;
  /** The map's shapes as the page draws them (data/world.shapes.json): the social cards draw them too. */
  shapes: ShapeRecord[];
  year: number;
  /** The SHA-256 of data/dataset.json, when the page may use it as checked (src/data/checkedDigest.ts). */
  datasetSha256: string | null;
  /** data/dataset.json's version. */
  version: string;
  /** Earlier published versions, kept for pinned links (scripts/dataReleases.ts). */
  releases: ArchivedRelease[];
  /** The correction log, checked with the release. */
  corrections: Correction[];
  /** The other campaigns' data, checked (scripts/campaignFiles.ts). */
  campaigns: CampaignFile[];
  /** Each of them as the build ships it (minified, content-addressed), in the same order. */
  shipped: ShippedCampaignFile[];
}

export function loadBuildData(root: string): Loaded {
  const topologyPath = resolve(root, 'data/world.topo.json');
  const topology = parseTopology(readFileSync(topologyPath, 'utf8'));
  if (!topology) throw new Error(`${topologyPath} is not a world topology (run npm run build:topology)`);
  const shapesPath = resolve(root, 'data/world.shapes.json');
  const shapes = parseShapesFile(readFileSync(shapesPath, 'utf8'));
  if (!shapes) throw new Error(`${shapesPath} is not a file of map shapes (run npm run build:topology)`);
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
  const campaigns = loadCampaignFiles(root, checked.dataset, topologyIds(topology));
  if (campaigns.problems.length > 0)
    throw new Error(`the campaigns' data fail their checks (npm run validate-data):\n${campaigns.problems.join('\n')}`);
  return {
    index,
    shapes,
    year: index.latestListedYear,
    datasetSha256: checkedDigest(datasetText, checked.dataset),
    version,
    releases: archived.releases,
    // Checked above with the release: the log is what the page's corrections list reads.
    corrections: (JSON.parse(correctionsText) as { corrections: Correction[] }).corrections,
    campaigns: campaigns.files,
    shipped: campaigns.files.map(shippedCampaignFile),
  };
}

export { checkedDigest };

/** index.html with the dataset's digest on its preload link; throws if the page has no such link. */
export function withDatasetDigest(html: string, sha256: string | null): string {
  return markDatasetLink(html, sha256 === null ? '' : ` data-sha256="${sha256}"`);
}

export { insertIntoMain };

/** Thrown by a production build without SITE_URL: its link previews and oEmbed would not work. */
export const MISSING_SITE_URL =
  'SITE_URL is not set. A production build needs the address the site is served from, for its link previews and oEmbed: ' +
  'SITE_URL=https://example.org/support-map/ npm run build (README, "Deploy"). Tests and benchmarks build with --mode staging.';

export function buildTimePages(options: BuildTimePagesOptions = {}): Plugin {
  const root = options.root ?? process.cwd();
  let siteUrl = options.siteUrl ?? (process.env.SITE_URL || undefined);
  let loaded: Loaded | null = null;
  let command: 'build' | 'serve' = 'build';
  // Read once per build (the dev server re-reads on restart); every hook uses the same data.
  const data = () => (loaded ??= loadBuildData(root));
  // The other bodies' indexes, for their pages.
  let otherIndexes: OtherCampaign[] | null = null;
  const others = () =>
    (otherIndexes ??= data().campaigns.map((file) => ({ campaign: file.campaign, index: createDatasetIndex(file.dataset) })));
  // Each body's data package: INTERPOL's with its correction log, the others' (which have none yet) beside it.
  let packages: { folder: string; files: DataPackageFile[] }[] | null = null;
  const dataPackages = () =>
    (packages ??= [
      { folder: dataPackageFolder('interpol'), files: buildDataPackage(data().index, data().corrections, siteUrl).files },
      ...others().map(({ campaign, index }) => ({
        folder: dataPackageFolder(campaign),
        files: buildDataPackage(index, [], siteUrl).files,
      })),
    ]);
  const indexOf = (campaign: CampaignId | undefined) =>
    campaign === undefined || campaign === 'interpol'
      ? data().index
      : (others().find((other) => other.campaign === campaign)?.index ?? data().index);

  // The dev server's page for a path, as the build writes it (an unknown body or edition is the root page).
  const pageFor = (path: string): ViewPage => {
    const view = viewOfPath(path);
    const lang = view?.lang ?? 'en';
    const campaign = view?.campaign && others().some((other) => other.campaign === view.campaign) ? view.campaign : 'interpol';
    const index = indexOf(campaign);
    const edition = view?.edition ?? null;
    const latest = campaign === 'interpol' ? data().year : (index.latestListedYear ?? data().year);
    return edition !== null && index.editionsByYear.has(edition)
      ? { path: viewPagePath(edition, lang, campaign), year: edition, editionPage: true, lang, campaign }
      : { path: viewPagePath(null, lang, campaign), year: latest, editionPage: false, lang, campaign };
  };

  return {
    name: 'support-map:build-time-pages',
    configResolved(config) {
      command = config.command;
      // The environment wins over .env files; --mode staging reads .env.staging's placeholder address.
      siteUrl ??= loadEnv(config.mode, config.envDir || root, 'SITE_URL')['SITE_URL'] || undefined;
      if (command === 'build' && config.mode === 'production' && !siteUrl) throw new Error(MISSING_SITE_URL);
      if (siteUrl && !/^https?:\/\//.test(siteUrl)) throw new Error(`SITE_URL must be an http(s) address, not ${JSON.stringify(siteUrl)}`);
    },
    configureServer(server) {
      // The data package on request, as the build writes it.
      server.middlewares.use(`/${DATA_PACKAGE_FOLDER}/`, (request, response, next) => {
        const path = `${DATA_PACKAGE_FOLDER}/${(request.url ?? '').split('?')[0]?.replace(/^\//, '')}`;
        const file = dataPackages()
          .flatMap(({ folder, files }) => files.map((candidate) => ({ ...candidate, path: `${folder}/${candidate.path}` })))
          .find((candidate) => candidate.path === path);
        if (!file) return next();
        response.setHeader('content-type', file.path.endsWith('.csv') ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8');
        response.end(file.text);
      });
      // The edition pages, as the build writes them (before Vite's fallback sends every path to index.html).
      server.middlewares.use((request, response, next) => {
        const path = (request.url ?? '').split('?')[0] ?? '';
        const view = viewOfPath(path);
        if (view === null || (view.edition === null && view.lang === null && view.campaign === null)) return next();
        server
          .transformIndexHtml(path, readFileSync(resolve(root, 'index.html'), 'utf8'))
          .then((html) => {
            response.setHeader('content-type', 'text/html; charset=utf-8');
            response.end(html);
          })
          .catch(next);
      });
    },
    transformIndexHtml(html, context) {
      const devPage = (template: string, page: ViewPage) =>
        inWordsOf(page.campaign, () => renderViewPage(template, { index: indexOf(page.campaign), page, ...(siteUrl ? { siteUrl } : {}) }));
      const { index, datasetSha256, version, releases, campaigns, shipped } = data();
      // The dev server serves data/ as it is; the build writes each release beside the current data.
      const hrefOf = (release: ArchivedRelease) =>
        command === 'build' ? `./${release.fileName}` : `./data/releases/${release.version}.json`;
      const campaignLinks =
        command === 'build'
          ? shipped.map((file) => ({ campaign: file.campaign, href: `./${file.fileName}`, version: file.version, sha256: file.sha256 }))
          : campaigns.map((file) => ({
              campaign: file.campaign,
              href: `./${file.path}`,
              version: file.dataset.version,
              sha256: file.sha256,
            }));
      const withData = withCampaignLinks(
        withReleaseLinks(withDatasetDigest(html, datasetSha256), version, releases, hrefOf),
        campaignLinks,
      );
      return {
        // The build makes each view's page from the finished index.html (generateBundle); the dev
        // server makes the one asked for here.
        html: command === 'build' ? withData : devPage(withData, pageFor(context.path)),
        tags: [
          viewPagesMeta(index, others()),
          { tag: 'noscript', children: '<link rel="stylesheet" href="./noscript.css">', injectTo: 'head' },
        ],
      };
    },
    generateBundle: {
      // After Vite has written index.html with the hashed names of everything it loads.
      order: 'post',
      async handler(_options, bundle) {
        const { index, shapes, year, releases } = data();
        const built = bundle['index.html'];
        if (built?.type !== 'asset' || typeof built.source !== 'string') throw new Error('the build wrote no index.html');
        const template = built.source;
        const cards = new Map<string, Buffer>();
        // Each body's editions, one part each: a page preloads the part of the edition it shows.
        const parts: ShippedEditionPart[] = [
          ...shippedEditionParts('interpol', index.dataset),
          ...data().campaigns.flatMap((file) => shippedEditionParts(file.campaign, file.dataset)),
        ];
        const partOf = (page: ViewPage) => {
          const campaign = page.campaign ?? 'interpol';
          const part = parts.find((candidate) => candidate.campaign === campaign && candidate.edition === page.year);
          if (!part) throw new Error(`no part for ${campaign} ${page.year}`);
          return part;
        };
        const pages = siteUrl ? sitePagesOf(index, siteBase(siteUrl).href, others()) : undefined;
        for (const page of viewPagesOf(index, year, others())) {
          const pageIndex = indexOf(page.campaign);
          // Each body's pages in its own words (its title, its meetings), set for this page only.
          setCampaignWords(campaignWordsOf(page.campaign));
          const part = partOf(page);
          const html = withEditionPartLink(
            renderViewPage(template, { index: pageIndex, page, ...(siteUrl ? { siteUrl } : {}) }),
            part,
            `./${part.fileName}`,
          );
          if (page.path === '') built.source = html;
          else this.emitFile({ type: 'asset', fileName: `${page.path}index.html`, source: html });
          const key = `${page.campaign ?? 'interpol'} ${page.year} ${page.lang}`;
          const card = cards.get(key) ?? (await renderOgImage(pageIndex, shapes, page.year, page.lang));
          cards.set(key, card);
          this.emitFile({ type: 'asset', fileName: `${page.path}${OG_IMAGE.fileName}`, source: card });
          if (siteUrl)
            this.emitFile({
              type: 'asset',
              fileName: `${page.path}${OEMBED_FILE}`,
              source: oembedJson({ index: pageIndex, page, siteUrl, version: pageIndex.dataset.version, ...(pages ? { pages } : {}) }),
            });
        }
        setCampaignWords(null);
        for (const release of releases) this.emitFile({ type: 'asset', fileName: release.fileName, source: release.text });
        for (const file of data().shipped) this.emitFile({ type: 'asset', fileName: file.fileName, source: file.text });
        for (const part of parts) this.emitFile({ type: 'asset', fileName: part.fileName, source: part.text });
        for (const { folder, files } of dataPackages())
          for (const file of files) this.emitFile({ type: 'asset', fileName: `${folder}/${file.path}`, source: file.text });
      },
    },
  };
}
