/**
 * The view model as hooks: each reads one named selector (state/selectors.ts), one store
 * subscription each, so a component subscribes to exactly what it shows.
 */
import { useCallback, useDeferredValue } from 'react';
import type { Dataset, Lang } from '../../data/schema.ts';
import type { DatasetIndex } from '../../filters/datasetIndex.ts';
import type { EditionSupport, FilteredEdition } from '../../filters/filterEdition.ts';
import { regionName, resolveLang } from '../../i18n/names.ts';
import type { MapGeometry } from '../../map/geometry.ts';
import { useAppStore, useTrailingAppStore } from '../../state/StoreContext.tsx';
import {
  selectDataset,
  selectEditionSupport,
  selectEditionYear,
  selectFilteredEdition,
  selectGeometry,
  selectIndex,
  selectLang,
  selectListStatus,
  selectLoading,
  selectNoMatchingCountry,
  selectWholeIndex,
} from '../../state/selectors.ts';

/**
 * True while the page below the loading status waits: for the data, then for its own drawing,
 * which React does in the background, in slices (useDeferredValue), so that a phone keeps
 * answering. Layouts draw nothing below the status while it is true (so nothing moves when the
 * page comes) and pass it to LoadStatus as `pending`.
 */
export function usePageLoading(): boolean {
  return useDeferredValue(useAppStore(selectLoading));
}

export function useDataset(): Dataset | null {
  return useAppStore(selectDataset);
}

export function useDatasetIndex(): DatasetIndex | null {
  return useAppStore(selectIndex);
}

/** Every edition's data: null while the page holds only the part of the edition shown first. */
export function useWholeDatasetIndex(): DatasetIndex | null {
  return useAppStore(selectWholeIndex);
}

export function useMapGeometry(): MapGeometry | null {
  return useAppStore(selectGeometry);
}

/** The edition shown: the URL's if the dataset has it, else the latest with a list. */
export function useEditionYear(): number | null {
  return useAppStore(selectEditionYear);
}

export function useFilteredEdition(): FilteredEdition | null {
  return useAppStore(selectFilteredEdition);
}

/**
 * The same, for what is read after the map (its summary, notice, legend counts, organisations):
 * a filter change draws the map and the pressed button in the click's own frame, and these in
 * the next one, so the reader sees the map change sooner.
 */
export function useTrailingFilteredEdition(): FilteredEdition | null {
  return useTrailingAppStore(selectFilteredEdition);
}

/** `listed`, or why the edition shown has no list (`no-list`, `no-assembly`); null while loading. */
export function useListStatus() {
  return useAppStore(selectListStatus);
}

/** True when no country matches the filters (the map then has no supporter to focus). */
export function useNoMatchingCountry(): boolean {
  return useAppStore(selectNoMatchingCountry);
}

/** The edition's support whatever the filters: for what must not re-render on a filter toggle. */
export function useEditionSupport(): EditionSupport | null {
  return useAppStore(selectEditionSupport);
}

/**
 * Trailing reads of the edition shown, for what is read after the map and the timeline (the
 * headline, the filters' counts, the comparison chooser, the search): an edition change draws the
 * map and the timeline's stop in the click's own frame, and these in the next one.
 */
export function useTrailingEditionYear(): number | null {
  return useTrailingAppStore(selectEditionYear);
}
export function useTrailingEditionSupport(): EditionSupport | null {
  return useTrailingAppStore(selectEditionSupport);
}
export function useTrailingListStatus() {
  return useTrailingAppStore(selectListStatus);
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

/**
 * Name of any actor or shape: the dataset's name, else the browser's name for the region, else the id.
 * `of`: names from this index rather than the store's (a deferred copy, in step with what it names).
 */
export function useNameOf(of?: DatasetIndex | null): (id: string) => string {
  const lang = useLang();
  const current = useDatasetIndex();
  const index = of === undefined ? current : of;
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
