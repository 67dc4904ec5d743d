/** The source line: who reported the data, and which version of the dataset is shown. */
import { useDataset, useLang, useT } from './derived.ts';

export function SourceLine() {
  const dataset = useDataset();
  const lang = useLang();
  const t = useT();
  if (!dataset) return null;
  // Not formatPartialDate: importing it here would split it into a chunk of its own in the first
  // download (it is shared with the lazy panel), which costs more than these two lines.
  const date = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${dataset.updated}T00:00:00Z`));
  return <p className="source-line">{t('sourceLine', { version: dataset.version, date })}</p>;
}
