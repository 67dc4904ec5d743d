/** Read the URL → create the store → keep the URL in sync → render. */
import { StrictMode } from 'react';
import { App } from './app/App.tsx';
import { createRoot } from 'react-dom/client';
import { resolveLang } from './i18n/names.ts';
import { loadLanguage, setCampaignWords } from './i18n/translate.ts';
import { loadCampaignWords } from './i18n/campaignWords.ts';
import { datasetFileFor, latestVersions, partFor, type DatasetFiles } from './data/releases.ts';
import { isCampaignId } from './data/vocabulary.ts';
import { loadForMap } from './state/loadForMap.ts';
import { loadCampaign, loadCampaignPart, showCampaign } from './state/campaignLoader.ts';
import { StoreProvider } from './state/StoreContext.tsx';
import { createAppStore } from './state/store.ts';
import { parseUrlState } from './state/urlCodec.ts';
import { readsOneEdition } from './state/selectors.ts';
import { readShellHeadline } from './state/shellHeadline.ts';
import { startUrlSync } from './state/urlSync.ts';
import { withViewPageState } from './state/viewPages.ts';
import { preloadable } from './ui/common/preloadable.ts';
import { Region } from './ui/common/Region.tsx';
import './ui/styles.css';

/**
 * How long React's first render waits for the first data, once the page's first frames are out:
 * the static page (title, headline, "Loading…") is on screen meanwhile.
 */
const FIRST_DATA_WAIT_MS = 500;

// index.html preloads both files; the build rewrites those links to hashed names, so the links
// are the one place that knows the URLs.
const resourceLink = (name: string) => document.querySelector<HTMLLinkElement>(`link[data-resource="${name}"]`);
const resourceUrl = (name: string, fallback: string) => resourceLink(name)?.href ?? new URL(fallback, document.baseURI).href;
// The build writes the digest of the dataset it checked on the same link (data/checkedDigest.ts),
// and the current data version; earlier releases, for pinned links, have links of their own.
const datasetLink = resourceLink('dataset');
const shapes = resourceUrl('shapes', 'data/world.shapes.json');
// The build's pages preload their edition's part of their body's data (scripts/editionParts.ts).
const partLink = resourceLink('edition');
const partCampaign = partLink?.dataset.partOf;
const files: DatasetFiles = {
  current: {
    url: resourceUrl('dataset', 'data/dataset.json'),
    version: datasetLink?.dataset.version ?? null,
    ...(datasetLink?.dataset.sha256 ? { sha256: datasetLink.dataset.sha256 } : {}),
  },
  archived: [...document.querySelectorAll<HTMLLinkElement>('link[data-release]')].map((link) => ({
    url: link.href,
    version: link.dataset.release ?? '',
    ...(link.dataset.sha256 ? { sha256: link.dataset.sha256 } : {}),
  })),
  shapes,
  // The other campaigns' data, fetched when first shown (or in idle time).
  campaigns: Object.fromEntries(
    [...document.querySelectorAll<HTMLLinkElement>('link[data-campaign]')].map((link) => [
      link.dataset.campaign,
      { url: link.href, version: link.dataset.version ?? null, ...(link.dataset.sha256 ? { sha256: link.dataset.sha256 } : {}) },
    ]),
  ),
  ...(partLink && partCampaign && isCampaignId(partCampaign) && partLink.dataset.version && partLink.dataset.edition
    ? {
        part: {
          campaign: partCampaign,
          version: partLink.dataset.version,
          edition: Number(partLink.dataset.edition),
          url: partLink.href,
          ...(partLink.dataset.sha256 ? { sha256: partLink.dataset.sha256 } : {}),
        },
      }
    : {}),
};

// A view's page (interpol/2019/, wha/2019/, zh-TW/) shows its body, edition and language when the query names none.
const initial = withViewPageState(parseUrlState(window.location.search).state, window.location.pathname, window.location.search);
// A campaign whose file this site lacks starts from INTERPOL's files; the loader then says so.
const campaignFile = datasetFileFor(initial.version, files, initial.campaign);
const dataset = campaignFile ?? files.current;
const urls = {
  dataset: dataset.url,
  shapes,
  ...(dataset.sha256 ? { datasetSha256: dataset.sha256 } : {}),
};
const store = createAppStore(initial, latestVersions(files), files);
startUrlSync(store);

// The data's checks and the map's shapes start now, not when React has mounted: they then run
// while the page waits below for its first frames (and the Chinese words, or the embed's code),
// which would otherwise be idle time before them on the way to the map. When the page's edition
// part holds the view asked for, only it: the map then waits for one edition's acts, however many
// the record holds, and the loader fetches the whole file after the map.
const part = campaignFile && readsOneEdition(initial) ? partFor(files, initial) : null;
const firstLoad = campaignFile && !part ? loadForMap(urls) : undefined;
const firstRef = campaignFile && { campaign: initial.campaign, url: campaignFile.url, sha256: campaignFile.sha256, shapes };
// With the campaign's words: the loader finds it pending (or in hand) instead of fetching again.
const firstCampaign = firstRef
  ? part
    ? loadCampaignPart(store, firstRef, part, new AbortController().signal)
    : loadCampaign(store, firstRef, new AbortController().signal, firstLoad)
  : undefined;

// A reader of Chinese gets the first render in Chinese: its words are fetched before rendering.
const lang = resolveLang(initial.lang, navigator.languages ?? [navigator.language]);
await loadLanguage(lang).catch(() => undefined);
// And another campaign's reader its words (a failure is the loader's to report, with Retry).
await loadCampaignWords(initial.campaign)
  .then(setCampaignWords)
  .catch(() => undefined);

// The full page is in the first download; the embed layout is a chunk of its own, fetched only
// for embeds (alongside the data the page preloads). If it cannot be fetched, its region says so
// with Retry, which fetches it again.
const embedLayout = preloadable(() => import('./app/EmbedApp.tsx').then((m) => m.EmbedApp));
if (initial.embed) await embedLayout.preload().catch(() => undefined);

// index.html's static page is the first paint, and its subtitle (on a phone, the edition's
// headline: state/shellHeadline.ts) the largest text of it.
// Chromium reports that paint's largest text a frame later; replacing the text before then
// drops the report, and the largest paint becomes React's copy of the same subtitle, after the
// scripts. So React takes over once two frames are out (or after 100 ms, when no frames come,
// as in a background tab); the data keep downloading meanwhile.
await new Promise<void>((resolve) => {
  requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
  setTimeout(resolve, 100);
});
// The first render is the page with its data when they come soon after (on most loads they are
// in hand by then): the page is then rendered once, not first as "Loading" and again at once,
// which cost a cheap phone ~50 ms before the map. Later data are shown by the loader as they come.
if (firstCampaign) {
  const soon = await Promise.race([
    firstCampaign.catch(() => undefined),
    new Promise<undefined>((resolve) => setTimeout(resolve, FIRST_DATA_WAIT_MS)),
  ]);
  if (soon?.load.status === 'ready') showCampaign(store, soon);
}

// Read before React replaces the static page: the headline the build wrote, if it stays shown.
const shellHeadline = readShellHeadline(document);
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <StoreProvider store={store}>
        {initial.embed ? (
          <Region name="embed layout">
            <embedLayout.Component urls={urls} firstLoad={firstLoad} files={files} />
          </Region>
        ) : (
          <App urls={urls} firstLoad={firstLoad} files={files} shellHeadline={shellHeadline} />
        )}
      </StoreProvider>
    </StrictMode>,
  );
}
