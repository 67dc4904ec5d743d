/**
 * Small vocabularies shared by the panel, the table and the search: kinds, quantities, lists. (Type
 * names come from the dataset: typeLabel in filters/datasetIndex.ts.)
 */
import type { ActorKind, Quantity } from '../data/schema.ts';
import type { MessageKey, Translate } from './messages.ts';
// Registers the words this feature uses with translate().
import './detailMessages.ts';

const KIND_KEYS: Record<ActorKind, MessageKey> = {
  country: 'kindCountry',
  territory: 'kindTerritory',
  organisation: 'kindOrganisation',
  place: 'kindPlace',
};

export function kindLabel(t: Translate, kind: ActorKind): string {
  return t(KIND_KEYS[kind]);
}


export function joinList(t: Translate, items: readonly string[]): string {
  return items.join(t('listSeparator'));
}

const QUALIFIER_KEYS: Record<Quantity['qualifier'], MessageKey> = {
  exact: 'quantityExact',
  over: 'quantityOver',
  about: 'quantityAbout',
};

/** "over 70", as the source put it; numbers are formatted by translate. */
export function formatQuantity(t: Translate, quantity: Quantity): string {
  return t(QUALIFIER_KEYS[quantity.qualifier], { value: quantity.value });
}
