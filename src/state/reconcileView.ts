/**
 * A link can name an edition or an actor that the dataset does not have (a typo, or a link from
 * a future version). Once the data is in, such values are dropped so the app shows the default
 * instead, and the URL is rewritten to match.
 */
import type { UrlState } from './urlCodec.ts';

export interface KnownIds {
  editions: ReadonlySet<number>;
  /** Actor ids and the ids of every shape on the map. */
  actors: ReadonlySet<string>;
}

export function reconcileView(view: UrlState, known: KnownIds): UrlState {
  const edition = view.edition !== null && !known.editions.has(view.edition) ? null : view.edition;
  const country = view.country !== null && !known.actors.has(view.country) ? null : view.country;
  return edition === view.edition && country === view.country ? view : { ...view, edition, country };
}
