/** The source line: who reported the data, and which version of the dataset is shown. */
import { useDataset } from '../common/viewHooks.ts';
import { useWords } from '../common/useWords.ts';
import { pageWords } from '../../i18n/words/later.ts';
import { dataPackageFolder } from '../../export/dataPackage.ts';
import { CorrectionsButton } from '../corrections/CorrectionsButton.tsx';
import { DataVersionNote } from './DataVersionNote.tsx';

/**
 * `withCorrections` (the full page; embeds link to it instead): a button that opens the list of
 * corrections, and the link to the whole dataset of the body shown as a data package (written by the build).
 */
export function SourceLine({ withCorrections = false }: { withCorrections?: boolean }) {
  const dataset = useDataset();
  const t = useWords(pageWords);
  if (!dataset) return null;
  // The data version's date as ISO 8601 (2026-11-29), as data versions are usually written, and
  // not through Intl: the page's first Intl formatter loads locale data inside the first render.
  // A <div>, not a <p>: the corrections dialog (or its failure message) is rendered inside it.
  return (
    <div className="source-line">
      {t('sourceLine', { version: dataset.version, date: dataset.updated })}
      {withCorrections && (
        <>
          {' '}
          <CorrectionsButton className="source-line__corrections" />{' '}
          <a
            className="source-line__download"
            href={`./${dataPackageFolder(dataset.campaign ?? 'interpol')}/datapackage.json`}
            type="application/json"
          >
            {t('downloadAllData')}
          </a>
        </>
      )}
      <DataVersionNote />
    </div>
  );
}
