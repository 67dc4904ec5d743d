/**
 * "Cite this map": the dataset's version and date, a suggested citation (plain text and BibTeX)
 * of the current view, and where to send a correction when the dataset names a place for it.
 */
import { formatPartialDate } from '../../i18n/formatPartialDate.ts';
import { useId, useRef, useState } from 'react';
import { citationBibtex, citationText, type CitationInput } from '../../share/citation.ts';
import { correctionHref } from '../../share/correctionLink.ts';
import { dataState, shareUrl } from '../../share/viewUrls.ts';
import { useAppStore } from '../../state/StoreContext.tsx';
import { selectUrl } from '../../state/selectors.ts';
import { useDataset, useEditionYear, useLang, useNameOf } from '../common/viewHooks.ts';
import { CorrectionsButton } from '../corrections/CorrectionsButton.tsx';
import { copyText } from './copyText.ts';
import { DataChoice } from './DataChoice.tsx';
import { useModalDialog } from '../common/useModalDialog.ts';
import { useShareWords } from './words.ts';
import { thisSitePages } from '../common/thisSitePages.ts';

export function CiteDialog({ onClose }: { onClose: () => void }) {
  const t = useShareWords();
  const lang = useLang();
  const dataset = useDataset();
  const year = useEditionYear();
  const nameOf = useNameOf();
  const view = useAppStore(selectUrl);
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const bibRef = useRef<HTMLTextAreaElement>(null);
  const dialog = useModalDialog(onClose, headingRef);
  const [status, setStatus] = useState('');
  // A citation names what its writer saw: pinned to this data version unless asked otherwise.
  const [pinned, setPinned] = useState(true);
  if (!dataset) return null;

  const url = shareUrl(dataState(view, year, pinned ? dataset.version : null), window.location.href, thisSitePages());
  const input: CitationInput = {
    title: dataset.title[lang],
    site: t('appTitle'),
    version: dataset.version,
    updated: dataset.updated,
    url,
    accessed: new Date().toISOString().slice(0, 10),
    lang,
  };
  const text = citationText(input);
  const bibtex = citationBibtex(input);
  const date = formatPartialDate(dataset.updated, lang);
  const correction =
    year === null
      ? null
      : correctionHref(dataset.corrections, {
          actorId: view.country,
          actorName: view.country ? nameOf(view.country) : null,
          edition: year,
          url,
          lang,
        });

  const copy = async (value: string, field: HTMLTextAreaElement | null) => {
    if (await copyText(value)) setStatus(t('citeCopied'));
    else {
      field?.focus();
      field?.select();
      setStatus(t('shareCopyManually'));
    }
  };

  return (
    <dialog {...dialog} className="share-dialog share-dialog--cite" aria-labelledby={headingId}>
      <div className="share-dialog__body">
        <header className="share-dialog__header">
          <h2 id={headingId} ref={headingRef} tabIndex={-1} className="share-dialog__title">
            {t('citeTitle')}
          </h2>
          <button type="button" className="share-dialog__close" onClick={onClose}>
            {t('dialogClose')}
          </button>
        </header>
        <p className="share-dialog__intro">{t('citeDataset', { version: dataset.version, date })}</p>
        <div className="share-dialog__choices">
          <DataChoice version={dataset.version} pinned={pinned} onChange={setPinned} />
        </div>
        <label className="share-dialog__code-label" htmlFor={`${headingId}-text`}>
          {t('citeText')}
        </label>
        <textarea
          id={`${headingId}-text`}
          ref={textRef}
          className="share-dialog__code share-dialog__code--prose"
          readOnly
          rows={4}
          value={text}
        />
        <div className="share-dialog__actions">
          <button type="button" className="share-dialog__copy" onClick={() => void copy(text, textRef.current)}>
            {t('citeCopyText')}
          </button>
        </div>
        <label className="share-dialog__code-label" htmlFor={`${headingId}-bib`}>
          {t('citeBibtex')}
        </label>
        <textarea
          id={`${headingId}-bib`}
          ref={bibRef}
          className="share-dialog__code"
          readOnly
          rows={10}
          value={bibtex}
          spellCheck={false}
        />
        <div className="share-dialog__actions">
          <button type="button" className="share-dialog__copy" onClick={() => void copy(bibtex, bibRef.current)}>
            {t('citeCopyBibtex')}
          </button>
          <p className="share-dialog__status" role="status">
            {status}
          </p>
        </div>
        <p className="share-dialog__corrections">
          {t('citeCorrections')} <CorrectionsButton className="share-dialog__link-button" />
        </p>
        {correction && (
          <p className="share-dialog__correction">
            <a href={correction} {...(correction.startsWith('https:') ? { target: '_blank', rel: 'noopener noreferrer' } : {})}>
              {t('citeCorrection')}
              {correction.startsWith('https:') && <span className="visually-hidden"> {t('opensInNewTab')}</span>}
            </a>
          </p>
        )}
      </div>
    </dialog>
  );
}
