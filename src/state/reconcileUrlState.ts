/**
 * A link can name an edition or an actor that the dataset does not have (a typo, or a link from
 * a future version), or a comparison with a year without a list. Once the data is in, such values are dropped so the app shows the default
 * instead, and the URL is rewritten to match.
 */
import type { DatasetIndex } from '../filters/datasetIndex.ts';
import type { MapGeometry } from '../map/geometry.ts';
import type { UrlState } from './urlParams.ts';

export interface KnownIds {
  editions: ReadonlySet<number>;
  /** Editions with a list of supporters: the only ones a comparison can be made with. */
  listedEditions: ReadonlySet<number>;
  /** Actor ids and the ids of every shape on the map. */
  actors: ReadonlySet<string>;
}

/** What the loaded data knows; without the map, only the dataset's actors. */
export function knownIds(index: DatasetIndex, geometry: MapGeometry | null): KnownIds {
  return {
    editions: new Set(index.editionsByYear.keys()),
    listedEditions: new Set(index.dataset.editions.filter((edition) => edition.listStatus === 'listed').map((edition) => edition.year)),
    actors: new Set([...index.actorsById.keys(), ...(geometry?.shapesById.keys() ?? [])]),
  };
}

export function reconcileUrlState(url: UrlState, known: KnownIds): UrlState {
  const edition = url.edition !== null && !known.editions.has(url.edition) ? null : url.edition;
  const compare = url.compare !== null && !known.listedEditions.has(url.compare) ? null : url.compare;
  const country = url.country !== null && !known.actors.has(url.country) ? null : url.country;
  return edition === url.edition && compare === url.compare && country === url.country ? url : { ...url, edition, compare, country };
}
