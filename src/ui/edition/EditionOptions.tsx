/** One <option> per edition year, named as the page names editions ("2024 · Glasgow"). */
import type { Lang } from '../../data/schema.ts';
import type { DatasetIndex } from '../../filters/datasetIndex.ts';
import type { Translate } from '../../i18n/translate.ts';
import { editionName } from '../../present/editionNames.ts';

export function EditionOptions({
  years,
  index,
  lang,
  t,
}: {
  years: readonly number[];
  index: DatasetIndex;
  lang: Lang;
  t: Translate<'editionOption' | 'editionOptionNoAssembly'>;
}) {
  return years.map((year) => {
    const edition = index.editionsByYear.get(year);
    return (
      <option key={year} value={year}>
        {edition ? editionName(edition, lang, t) : String(year)}
      </option>
    );
  });
}
