/**
 * The view model: named selectors over the store, defined once at module level (a selector made
 * inside a component is a new function at every render, and React re-subscribes it every time).
 * A selector returns a primitive or an object that stays the same while its inputs do
 * (memoizeLast), never a new object per call.
 */
import { type DatasetIndex, resolveEditionYear } from '../filters/datasetIndex.ts';
import { computeEditionSupport, filterEdition, type EditionSupport, type FilteredEdition } from '../filters/filterEdition.ts';
import type { MapGeometry } from '../map/geometry.ts';
import type { Dataset } from '../data/schema.ts';
import { memoizeLast } from './memo.ts';
import type { AppActions, AppState } from './store.ts';
import type { UrlState } from './urlParams.ts';

type State = AppState & AppActions;

export const selectUrl = (s: State) => s.url;
export const selectCountry = (s: State) => s.url.country;
export const selectCompare = (s: State) => s.url.compare;
export const selectViewMode = (s: State) => s.url.view;
export const selectTypes = (s: State) => s.url.types;
export const selectTypeCount = (s: State) => s.url.types.length;
export const selectMatch = (s: State) => s.url.match;
export const selectTheme = (s: State) => s.url.theme;
export const selectLang = (s: State) => s.url.lang;
export const selectEmbed = (s: State) => s.url.embed;
export const selectPlain = (s: State) => s.url.plain;
export const selectStatic = (s: State) => s.url.static;
export const selectDebug = (s: State) => s.url.debug;
export const selectVersion = (s: State) => s.url.version;
export const selectLatestDataVersion = (s: State) => s.latestDataVersions[s.url.campaign] ?? null;
export const selectCampaign = (s: State) => s.url.campaign;
export const selectTransparentEmbed = (s: State) => s.url.transparent && s.url.embed;
export const selectLoad = (s: State) => s.load;
/**
 * Whether the data in hand answer a view: the whole file always; an edition's part (the page's
 * first data, data/editionPart.ts) only for that edition on the map or in the table, with no
 * comparison and no panel, which read other editions. The loader fetches the whole file at once
 * when a view needs it (useResourceLoader), and until then the page says it is loading.
 */
export function partCovers(index: DatasetIndex, url: UrlState): boolean {
  return index.part === null || (resolveEditionYear(index, url.edition) === index.part && readsOneEdition(url));
}

/** A view of one edition only: the map or the table, with no comparison and no panel. */
export function readsOneEdition(url: UrlState): boolean {
  return url.compare === null && url.country === null && (url.view === 'map' || url.view === 'table');
}

const answersView = (s: State): boolean => s.load.status === 'loading' || s.load.index === null || partCovers(s.load.index, s.url);

export const selectLoading = (s: State) => s.load.status === 'loading' || !answersView(s);
/** True while the page holds an edition's part only, whatever the view (the loader then fetches the whole file). */
export const selectHoldsPart = (s: State) => s.load.status !== 'loading' && (s.load.index?.part ?? null) !== null;
/** True when the view needs more than the part in hand: the whole file is wanted now, not in idle time. */
export const selectNeedsWholeFile = (s: State) => !answersView(s);
export const selectLoadAttempt = (s: State) => s.loadAttempt;

export const selectIndex = (s: State): DatasetIndex | null => (s.load.status === 'loading' || !answersView(s) ? null : s.load.index);
/** The index of every edition: null while the page holds an edition's part only (for the downloads and the correction log). */
export const selectWholeIndex = (s: State): DatasetIndex | null => {
  const index = selectIndex(s);
  return index && index.part === null ? index : null;
};
export const selectDataset = (s: State): Dataset | null => selectIndex(s)?.dataset ?? null;
export const selectGeometry = (s: State): MapGeometry | null => (s.load.status === 'loading' ? null : s.load.geometry);

/** The edition shown: the URL's if the dataset has it, else the latest with a list. */
export const selectEditionYear = (s: State): number | null => {
  const index = selectIndex(s);
  return index ? resolveEditionYear(index, s.url.edition) : null;
};

const editionSupportOf = memoizeLast(computeEditionSupport);

/** The edition's support whatever the filters: for what must not change on a filter toggle. */
export const selectEditionSupport = (s: State): EditionSupport | null => {
  const index = selectIndex(s);
  const year = selectEditionYear(s);
  return index && year !== null ? editionSupportOf(index, year) : null;
};

const filteredEditionOf = memoizeLast(filterEdition);

/** The edition under the filters: what the map colours and the table lists. */
export const selectFilteredEdition = (s: State): FilteredEdition | null => {
  const index = selectIndex(s);
  const support = selectEditionSupport(s);
  return index && support ? filteredEditionOf(index, support.year, s.url.types, s.url.match, support) : null;
};

/** Whether the edition shown has a list of supporters, or why not (`no-list`, `no-assembly`). */
export const selectListStatus = (s: State) => {
  const year = selectEditionYear(s);
  return year === null ? null : (selectIndex(s)?.editionsByYear.get(year)?.listStatus ?? null);
};

/**
 * The Assembly the edition shown is compared with, when the comparison can be made: both have a
 * list of supporters (the loader drops a `compare` without one, reconcileUrlState.ts). Null
 * otherwise: no comparison, or the timeline moved to a year without a list.
 */
export const selectCompareYear = (s: State): number | null => (selectListStatus(s) === 'listed' ? s.url.compare : null);

/** True when no country matches the filters (the map then has no supporter to focus). */
export const selectNoMatchingCountry = (s: State) => {
  const counts = selectFilteredEdition(s)?.matchingCounts;
  return !counts || counts.countries + counts.throughOnly === 0;
};
