/** Small vocabularies shared by the panel, the table and the search: kinds, types, quantities, lists. */
import type { ActorKind, Quantity, SupportTypeId } from '../data/schema.ts';
import type { DatasetIndex } from '../filters/datasetIndex.ts';
import type { MessageKey, Translate } from './messages.ts';
import type { Lang } from '../state/urlCodec.ts';
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

/** Type labels come from the dataset, so staff can reword them without a release. */
export function typeLabel(index: DatasetIndex, type: SupportTypeId, lang: Lang): string {
  return index.supportTypesById.get(type)?.label[lang] ?? type;
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
