/** The selected support types in words: "All", "None", or their names. */
import { SUPPORT_TYPE_IDS } from '../data/vocabulary.ts';
import type { Lang, SupportTypeId } from '../data/schema.ts';
import { typeLabel, type DatasetIndex } from '../filters/datasetIndex.ts';
import type { Translate } from '../i18n/translate.ts';

export function selectedTypesText(
  index: DatasetIndex,
  selected: readonly SupportTypeId[],
  lang: Lang,
  t: Translate<'typesAll' | 'typesNone' | 'listSeparator'>,
): string {
  if (selected.length === SUPPORT_TYPE_IDS.length) return t('typesAll');
  if (selected.length === 0) return t('typesNone');
  return selected.map((type) => typeLabel(index, type, lang)).join(t('listSeparator'));
}
