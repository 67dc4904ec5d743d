/**
 * Small vocabularies shared by the panel, the table and the search: kinds, quantities, lists. (Type
 * names come from the dataset: typeLabel in filters/datasetIndex.ts.)
 */
import type { ActorKind, Quantity } from '../data/schema.ts';
import type { Translate } from './translate.ts';

type KindKey = 'kindCountry' | 'kindTerritory' | 'kindOrganisation' | 'kindPlace';
type QuantityKey = 'quantityExact' | 'quantityOver' | 'quantityAbout';

const KIND_KEYS: Record<ActorKind, KindKey> = {
  country: 'kindCountry',
  territory: 'kindTerritory',
  organisation: 'kindOrganisation',
  place: 'kindPlace',
};

export function kindLabel(t: Translate<KindKey>, kind: ActorKind): string {
  return t(KIND_KEYS[kind]);
}

export function joinList(t: Translate<'listSeparator'>, items: readonly string[]): string {
  return items.join(t('listSeparator'));
}

const QUALIFIER_KEYS: Record<Quantity['qualifier'], QuantityKey> = {
  exact: 'quantityExact',
  over: 'quantityOver',
  about: 'quantityAbout',
};

/** "over 70", as the source put it; numbers are formatted by translate. */
export function formatQuantity(t: Translate<QuantityKey>, quantity: Quantity): string {
  return t(QUALIFIER_KEYS[quantity.qualifier], { value: quantity.value });
}
