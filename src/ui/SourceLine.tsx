/** The source line: who reported the data, and which version of the dataset is shown. */
import { formatPartialDate } from '../i18n/formatPartialDate.ts';
import { useDataset, useLang, useT } from './derived.ts';

export function SourceLine() {
  const dataset = useDataset();
  const lang = useLang();
  const t = useT();
  if (!dataset) return null;
  const date = formatPartialDate(dataset.updated, lang);
  return <p className="source-line">{t('sourceLine', { version: dataset.version, date })}</p>;
}
