/**
 * Hooks that derive what components show from the store's source state. Expensive results are
 * cached per dataset or topology object, so every component can ask for them without
 * recomputing (the index and the shapes are built once per load).
 */
import { useCallback, useEffect, useSyncExternalStore } from 'react';
import type { Dataset, SupportTypeId } from '../data/schema.ts';
import { countryFeatures, type WorldTopology } from '../data/topology.ts';
import { createDatasetIndex, resolveEditionYear, type DatasetIndex } from '../filters/datasetIndex.ts';
import { computeEditionView, type EditionView } from '../filters/editionView.ts';
import { hasDictionary, loadDictionary, subscribeDictionaries, translate, type MessageKey, type MessageParams, type Translate } from '../i18n/messages.ts';
import { regionName, resolveLang } from '../i18n/names.ts';
import { MAP_VIEWBOX } from '../map/frame.generated.ts';
import { computeShapes, type Shape } from '../map/geometry.ts';
import type { Lang, Match } from '../state/urlCodec.ts';
import { useAppStore } from '../state/StoreContext.tsx';

const indexCache = new WeakMap<Dataset, DatasetIndex>();
const shapeCache = new WeakMap<WorldTopology, MapGeometry>();

export interface MapGeometry {
  /** The SVG viewBox the shapes are drawn in: x, y, width, height. */
  viewBox: typeof MAP_VIEWBOX;
  shapes: Shape[];
  shapesById: ReadonlyMap<string, Shape>;
}

export function useDataset(): Dataset | null {
  return useAppStore((s) => (s.load.status === 'loading' ? null : (s.load.resources.dataset ?? null)));
}

export function useTopology(): WorldTopology | null {
  return useAppStore((s) => (s.load.status === 'loading' ? null : (s.load.resources.topology ?? null)));
}

export function useDatasetIndex(): DatasetIndex | null {
  const dataset = useDataset();
  if (!dataset) return null;
  let index = indexCache.get(dataset);
  if (!index) indexCache.set(dataset, (index = createDatasetIndex(dataset)));
  return index;
}

export function useMapGeometry(): MapGeometry | null {
  const topology = useTopology();
  if (!topology) return null;
  let geometry = shapeCache.get(topology);
  if (!geometry) {
    const shapes = computeShapes(countryFeatures(topology).features);
    geometry = { viewBox: MAP_VIEWBOX, shapes, shapesById: new Map(shapes.map((s) => [s.id, s])) };
    shapeCache.set(topology, geometry);
  }
  return geometry;
}

/** The edition shown: the URL's if the dataset has it, else the latest with a list. */
export function useEditionYear(): number | null {
  const index = useDatasetIndex();
  const requested = useAppStore((s) => s.view.edition);
  return index ? resolveEditionYear(index, requested) : null;
}

export function useEditionView(): EditionView | null {
  const index = useDatasetIndex();
  const year = useEditionYear();
  const types = useAppStore((s) => s.view.types);
  const match = useAppStore((s) => s.view.match);
  return index && year !== null ? editionViewFor(index, year, types, match) : null;
}

/**
 * A dozen components read the edition view; one computation per change serves them all. The
 * last result is kept per dataset index and reused while the edition, the types (the store's
 * own array, so compared by reference) and the match are the same.
 */
const viewCache = new WeakMap<DatasetIndex, { year: number; types: readonly SupportTypeId[]; match: Match; view: EditionView }>();

function editionViewFor(index: DatasetIndex, year: number, types: readonly SupportTypeId[], match: Match): EditionView {
  const last = viewCache.get(index);
  if (last && last.year === year && last.types === types && last.match === match) return last.view;
  const view = computeEditionView(index, year, types, match);
  viewCache.set(index, { year, types, match, view });
  return view;
}

export function useLang(): Lang {
  const fromUrl = useAppStore((s) => s.view.lang);
  return resolveLang(fromUrl, typeof navigator === 'undefined' ? [] : navigator.languages ?? [navigator.language]);
}

export type { Translate };

export function useT(): Translate {
  const lang = useLang();
  // A language's words may still be on their way (see loadDictionary): English until they arrive.
  const ready = useSyncExternalStore(subscribeDictionaries, () => hasDictionary(lang), () => true);
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
