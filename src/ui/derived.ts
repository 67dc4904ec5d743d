/**
 * Hooks that derive what components show from the store's source state. Expensive results are
 * cached per dataset or topology object, so every component can ask for them without
 * recomputing (the index and the shapes are built once per load).
 */
import { useCallback, useDeferredValue, useEffect, useSyncExternalStore } from 'react';
import type { Dataset, SupportTypeId } from '../data/schema.ts';
import { countryFeatures, type WorldTopology } from '../data/topology.ts';
import { createDatasetIndex, resolveEditionYear, type DatasetIndex } from '../filters/datasetIndex.ts';
import { computeEditionSupport, computeEditionView, type EditionSupport, type EditionView } from '../filters/editionView.ts';
import { hasDictionary, loadDictionary, subscribeDictionaries, translate, type MessageKey, type MessageParams, type Translate } from '../i18n/messages.ts';
import { regionName, resolveLang } from '../i18n/names.ts';
import { MAP_VIEWBOX } from '../map/frame.generated.ts';
import { computeShapes, type Shape } from '../map/geometry.ts';
import type { Lang, Match } from '../state/urlCodec.ts';
import { useAppStore } from '../state/StoreContext.tsx';
import { selectLang, selectLoading } from '../state/selectors.ts';
import type { AppActions, AppState } from '../state/store.ts';

const indexCache = new WeakMap<Dataset, DatasetIndex>();
const shapeCache = new WeakMap<WorldTopology, MapGeometry>();

export interface MapGeometry {
  /** The SVG viewBox the shapes are drawn in: x, y, width, height. */
  viewBox: typeof MAP_VIEWBOX;
  shapes: Shape[];
  shapesById: ReadonlyMap<string, Shape>;
}

type State = AppState & AppActions;

// Selectors, one store subscription per hook: every subscription is checked on every store
// change (a pointer move, a toggle), so the derived hooks below do not stack one on another.
const selectDataset = (s: State): Dataset | null => (s.load.status === 'loading' ? null : (s.load.resources.dataset ?? null));
const selectTopology = (s: State): WorldTopology | null => (s.load.status === 'loading' ? null : (s.load.resources.topology ?? null));

function indexOf(dataset: Dataset | null): DatasetIndex | null {
  if (!dataset) return null;
  let index = indexCache.get(dataset);
  if (!index) indexCache.set(dataset, (index = createDatasetIndex(dataset)));
  return index;
}

/**
 * A selector that works its result out once per store state. Every subscribed component runs
 * its selectors on every store change: the first one computes, the others reuse.
 */
function perState<T>(compute: (s: State) => T): (s: State) => T {
  let last: State | undefined;
  let value: T;
  return (s) => {
    if (s !== last) {
      value = compute(s);
      last = s;
    }
    return value;
  };
}

const selectIndex = perState((s) => indexOf(selectDataset(s)));
const selectEditionYear = perState((s) => {
  const index = selectIndex(s);
  return index ? resolveEditionYear(index, s.view.edition) : null;
});
const selectEditionView = perState((s) => {
  const index = selectIndex(s);
  const year = selectEditionYear(s);
  return index && year !== null ? editionViewFor(index, year, s.view.types, s.view.match) : null;
});
const selectEditionSupport = perState((s) => {
  const index = selectIndex(s);
  const year = selectEditionYear(s);
  return index && year !== null ? editionSupportFor(index, year) : null;
});
const selectNoMatchingCountry = (s: State) => (selectEditionView(s)?.matchingCountries ?? 0) === 0;

/**
 * True while the page below the loading status waits: for the data, then for its own drawing,
 * which React does in the background, in slices (useDeferredValue); done at once, it is a quarter
 * second in which a phone cannot answer. Layouts draw nothing below the status while it is true
 * (so nothing moves when the page comes) and pass it to LoadStatus as `pending`.
 */
export function usePageLoading(): boolean {
  return useDeferredValue(useAppStore(selectLoading));
}

export function useDataset(): Dataset | null {
  return useAppStore(selectDataset);
}

export function useTopology(): WorldTopology | null {
  return useAppStore(selectTopology);
}

export function useDatasetIndex(): DatasetIndex | null {
  return useAppStore(selectIndex);
}

export function useMapGeometry(): MapGeometry | null {
  const topology = useTopology();
  return topology ? mapGeometryOf(topology) : null;
}

/** The shapes of a topology, worked out once (the loader prepares them before the first render). */
function mapGeometryOf(topology: WorldTopology): MapGeometry {
  let geometry = shapeCache.get(topology);
  if (!geometry) shapeCache.set(topology, (geometry = geometryFrom(computeShapes(countryFeatures(topology).features))));
  return geometry;
}

/**
 * The same, a few dozen shapes per task (`nextTask` between them): all 240 at once are a long
 * task on a slow phone (about 90 ms at 4× CPU slowdown).
 */
export async function prepareMapGeometry(topology: WorldTopology, nextTask: () => Promise<void>, perTask = 60): Promise<void> {
  if (shapeCache.has(topology)) return;
  const features = countryFeatures(topology).features;
  const shapes: Shape[] = [];
  for (let start = 0; start < features.length; start += perTask) {
    shapes.push(...computeShapes(features.slice(start, start + perTask)));
    await nextTask();
  }
  if (!shapeCache.has(topology)) shapeCache.set(topology, geometryFrom(shapes));
}

function geometryFrom(shapes: Shape[]): MapGeometry {
  return { viewBox: MAP_VIEWBOX, shapes, shapesById: new Map(shapes.map((s) => [s.id, s])) };
}

/** The edition shown: the URL's if the dataset has it, else the latest with a list. */
export function useEditionYear(): number | null {
  return useAppStore(selectEditionYear);
}

export function useEditionView(): EditionView | null {
  return useAppStore(selectEditionView);
}

/** True when no country matches the filters (the map then has no supporter to focus). */
export function useNoMatchingCountry(): boolean {
  return useAppStore(selectNoMatchingCountry);
}

/** The edition's support whatever the filters: for what must not re-render on a filter toggle. */
export function useEditionSupport(): EditionSupport | null {
  return useAppStore(selectEditionSupport);
}

/** The edition view of a store state, for code that needs it once (a click) rather than on every change. */
export const editionViewOf: (state: State) => EditionView | null = selectEditionView;

/**
 * A dozen components read the edition view; one computation per change serves them all. The
 * last result is kept per dataset index and reused while the edition, the types (the store's
 * own array, so compared by reference) and the match are the same.
 */
const viewCache = new WeakMap<DatasetIndex, { year: number; types: readonly SupportTypeId[]; match: Match; view: EditionView }>();

const supportCache = new WeakMap<DatasetIndex, Map<number, EditionSupport>>();

function editionSupportFor(index: DatasetIndex, year: number): EditionSupport {
  let byYear = supportCache.get(index);
  if (!byYear) supportCache.set(index, (byYear = new Map()));
  let support = byYear.get(year);
  if (!support) byYear.set(year, (support = computeEditionSupport(index, year)));
  return support;
}

function editionViewFor(index: DatasetIndex, year: number, types: readonly SupportTypeId[], match: Match): EditionView {
  const last = viewCache.get(index);
  if (last && last.year === year && last.types === types && last.match === match) return last.view;
  const view = computeEditionView(index, year, types, match, editionSupportFor(index, year));
  viewCache.set(index, { year, types, match, view });
  return view;
}

/**
 * The browser's languages, read once and again when they change: Chromium builds a new array at
 * every read of `navigator.languages`, and every component that shows words asks on every render.
 */
let browserLanguages: readonly string[] | null = null;
function readBrowserLanguages(): readonly string[] {
  if (browserLanguages === null) {
    if (typeof navigator === 'undefined') return [];
    browserLanguages = navigator.languages ?? [navigator.language];
    window.addEventListener('languagechange', () => (browserLanguages = null), { once: true });
  }
  return browserLanguages;
}

export function useLang(): Lang {
  const fromUrl = useAppStore(selectLang);
  return resolveLang(fromUrl, readBrowserLanguages());
}

export type { Translate };

export function useT(): Translate {
  const lang = useLang();
  // A language's words may still be on their way (see loadDictionary): English until they arrive.
  const hasWords = useCallback(() => hasDictionary(lang), [lang]);
  const ready = useSyncExternalStore(subscribeDictionaries, hasWords, () => true);
  useEffect(() => {
    if (!ready) void loadDictionary(lang);
  }, [lang, ready]);
  return useCallback((key: MessageKey, params?: MessageParams) => translate(lang, key, params), [lang, ready]);
}

/** Name of any actor or shape: the dataset's name, else the browser's name for the region, else the id. */
export function useNameOf(): (id: string) => string {
  const lang = useLang();
  const index = useDatasetIndex();
  const geometry = useMapGeometry();
  return useCallback(
    (id: string) => {
      const actor = index?.actorsById.get(id);
      if (actor) return actor.name[lang];
      return regionName(geometry?.shapesById.get(id)?.a2, lang) ?? id;
    },
    [lang, index, geometry],
  );
}
