/**
 * The full page's share toolbar: copy the link, share it (where the system has a share sheet),
 * download the map or the table, and open the embed and cite dialogs. The dialogs and the
 * export code load on first use, so none of it is in the page's first download.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { preloadable } from '../common/preloadable.ts';
import { Region } from '../common/Region.tsx';
import type { ExportContext, ExportFormat } from '../../export/exportFiles.ts';
import { DEFAULT_PICTURE, PICTURE_SIZE_IDS, type PictureOptions, type PictureSize } from '../../export/pictureSizes.ts';
import { shareUrl } from '../../share/viewUrls.ts';
import { useAppStoreApi } from '../../state/StoreContext.tsx';
import { useDatasetIndex, useEditionYear, useLang, useMapGeometry } from '../common/viewHooks.ts';
import { selectCompareYear, selectFilteredEdition } from '../../state/selectors.ts';
import { copyText } from './copyText.ts';
import './share.css';
import { useShareWords } from './words.ts';
import { thisSitePages } from '../common/thisSitePages.ts';

// Each dialog in a region of its own: one that fails to arrive says so with Retry, and the rest of
// the share bar keeps working.
const EmbedDialog = preloadable(() => import('./EmbedDialog.tsx').then((m) => m.EmbedDialog)).Component;
const CiteDialog = preloadable(() => import('./CiteDialog.tsx').then((m) => m.CiteDialog)).Component;

const SIZE_LABELS: Record<PictureSize, 'pictureSizePage' | 'pictureSizeLandscape' | 'pictureSizeSquare'> = {
  page: 'pictureSizePage',
  landscape: 'pictureSizeLandscape',
  square: 'pictureSizeSquare',
};

/** The picture's on/off options, as the Embed dialog lists its flags. */
const PICTURE_FLAG_LABELS = { labels: 'pictureLabels', transparent: 'pictureTransparent' } as const;

const FORMATS: {
  format: ExportFormat;
  label: 'shareDownloadSvg' | 'shareDownloadPng' | 'shareDownloadCsv' | 'shareDownloadJson';
  needsMap: boolean;
}[] = [
  { format: 'svg', label: 'shareDownloadSvg', needsMap: true },
  { format: 'png', label: 'shareDownloadPng', needsMap: true },
  { format: 'csv', label: 'shareDownloadCsv', needsMap: false },
  { format: 'json', label: 'shareDownloadJson', needsMap: false },
];

export function ShareMenu() {
  const t = useShareWords();
  const lang = useLang();
  // The view is read when a button is used, not subscribed to: a filter toggle must not
  // re-render the toolbar.
  const store = useAppStoreApi();
  const index = useDatasetIndex();
  const hasEdition = useEditionYear() !== null;
  const geometry = useMapGeometry();
  const [status, setStatus] = useState('');
  const [manualUrl, setManualUrl] = useState<string | null>(null);
  const [downloadOpen, setDownloadOpen] = useState(false);
  const [dialog, setDialog] = useState<'embed' | 'cite' | null>(null);
  const [picture, setPicture] = useState<PictureOptions>(DEFAULT_PICTURE);
  const manualRef = useRef<HTMLInputElement>(null);
  const downloadButton = useRef<HTMLButtonElement>(null);
  const formatsId = useId();
  const canShare = typeof navigator !== 'undefined' && typeof navigator.share === 'function';

  const url = () => shareUrl(store.getState().url, window.location.href, thisSitePages());

  useEffect(() => {
    if (manualUrl !== null) manualRef.current?.select();
  }, [manualUrl]);

  const copyLink = async () => {
    const link = url();
    if (await copyText(link)) {
      setManualUrl(null);
      setStatus(t('shareLinkCopied'));
    } else {
      setManualUrl(link);
      setStatus(t('shareCopyManually'));
    }
  };

  const share = async () => {
    try {
      await navigator.share({ title: t('appTitle'), url: url() });
    } catch (error) {
      // Closing the share sheet is not a failure worth a message.
      if (!(error instanceof DOMException && error.name === 'AbortError')) setStatus(t('shareFailed', { reason: String(error) }));
    }
  };

  const download = async (format: ExportFormat) => {
    setDownloadOpen(false);
    downloadButton.current?.focus();
    const { url: view } = store.getState();
    const edition = selectFilteredEdition(store.getState());
    if (!index || !edition) return;
    const file = `${format.toUpperCase()}`;
    setStatus(t('shareDownloading', { file }));
    try {
      const [{ createExportFile }, { downloadBlob }] = await Promise.all([
        import('../../export/exportFiles.ts'),
        import('../../export/download.ts'),
      ]);
      const against = selectCompareYear(store.getState());
      let changes: ExportContext['changes'];
      if (against !== null && (format === 'svg' || format === 'png')) {
        const [{ editionChanges }, { settledRelations }] = await Promise.all([
          import('../../filters/editionChanges.ts'),
          import('../compare/relations.ts'),
        ]);
        const relations = await settledRelations();
        // Without the record of ended relations the picture would be wrong, not just incomplete.
        if (relations.status !== 'ready')
          throw new Error(relations.status === 'failed' ? relations.message : 'the record of ended relations is missing');
        changes = { view: editionChanges(index, edition.year, against, relations.ended), ended: relations.file.relationsEnded };
      }
      const { blob, filename } = await createExportFile(format, {
        ...(changes ? { changes } : {}),
        index,
        view: edition,
        selected: view.types,
        match: view.match,
        lang,
        geometry: geometry ? { viewBox: geometry.viewBox, shapes: geometry.shapes } : null,
        url: url(),
        picture,
      });
      downloadBlob(blob, filename);
      setStatus(t('shareDownloaded', { file: filename }));
    } catch (error) {
      setStatus(t('shareFailed', { reason: error instanceof Error ? error.message : String(error) }));
    }
  };

  const onDownloadKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape' && downloadOpen) {
      event.preventDefault();
      setDownloadOpen(false);
      downloadButton.current?.focus();
    }
  };

  return (
    <div className="share-menu" role="group" aria-label={t('shareToolbar')}>
      <div className="share-menu__buttons">
        <button type="button" className="share-menu__button" onClick={() => void copyLink()}>
          {t('shareCopyLink')}
        </button>
        {canShare && (
          <button type="button" className="share-menu__button" onClick={() => void share()}>
            {t('shareShare')}
          </button>
        )}
        <div
          className="share-menu__download"
          onKeyDown={onDownloadKeyDown}
          onBlur={(event) => {
            if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDownloadOpen(false);
          }}
        >
          <button
            ref={downloadButton}
            type="button"
            className="share-menu__button"
            aria-expanded={downloadOpen}
            aria-controls={formatsId}
            disabled={!index || !hasEdition}
            onClick={() => setDownloadOpen((open) => !open)}
          >
            {t('shareDownload')}
            <span aria-hidden="true"> ▾</span>
          </button>
          <div id={formatsId} className="share-menu__formats" hidden={!downloadOpen}>
            <fieldset className="share-menu__picture" disabled={!geometry}>
              <legend>{t('pictureOptions')}</legend>
              {PICTURE_SIZE_IDS.map((size) => (
                <label key={size} className="share-menu__option">
                  <input
                    type="radio"
                    name="picture-size"
                    checked={picture.size === size}
                    onChange={() => setPicture({ ...picture, size })}
                  />
                  {t(SIZE_LABELS[size])}
                </label>
              ))}
              {(['labels', 'transparent'] as const).map((flag) => (
                <label key={flag} className="share-menu__option">
                  <input
                    type="checkbox"
                    checked={picture[flag]}
                    onChange={(event) => setPicture({ ...picture, [flag]: event.currentTarget.checked })}
                  />
                  {t(PICTURE_FLAG_LABELS[flag])}
                </label>
              ))}
            </fieldset>
            <ul className="share-menu__format-list">
              {FORMATS.map(({ format, label, needsMap }) => (
                <li key={format}>
                  <button
                    type="button"
                    className="share-menu__format"
                    disabled={needsMap && !geometry}
                    onClick={() => void download(format)}
                  >
                    {t(label)}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        </div>
        <button type="button" className="share-menu__button" aria-haspopup="dialog" onClick={() => setDialog('embed')}>
          {t('shareEmbed')}
        </button>
        <button type="button" className="share-menu__button" aria-haspopup="dialog" disabled={!index} onClick={() => setDialog('cite')}>
          {t('shareCite')}
        </button>
      </div>
      {manualUrl !== null && (
        <label className="share-menu__manual">
          <span>{t('shareCopyManually')}</span>
          <input
            ref={manualRef}
            className="share-menu__manual-input"
            readOnly
            value={manualUrl}
            onFocus={(event) => event.currentTarget.select()}
          />
        </label>
      )}
      <p className="share-menu__status" role="status">
        {status}
      </p>
      {dialog !== null && (
        <Region name={dialog === 'embed' ? 'the Embed dialog' : 'the Cite dialog'}>
          {dialog === 'embed' ? <EmbedDialog onClose={() => setDialog(null)} /> : <CiteDialog onClose={() => setDialog(null)} />}
        </Region>
      )}
    </div>
  );
}
