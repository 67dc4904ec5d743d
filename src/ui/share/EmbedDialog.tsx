/**
 * "Embed this map": the choices, a live preview of exactly what will be embedded, and the code
 * to paste. The code reflects the view behind the dialog (edition, filters, open country).
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { HEIGHT_MESSAGE } from '../../embed/heightReporter.ts';
import {
  buildEmbedCode,
  COLUMN_BREAKS,
  DEFAULT_HEIGHT,
  heightsFor,
  MAX_HEIGHT,
  MIN_HEIGHT,
  normalizeHeight,
  suggestedHeight,
} from '../../share/embedCode.ts';
import { dataState, embedUrl, loaderUrl, type EmbedFlags } from '../../share/viewUrls.ts';
import { THEMES, type Theme } from '../../state/urlParams.ts';
import { useAppStore } from '../../state/StoreContext.tsx';
import { selectUrl } from '../../state/selectors.ts';
import { copyText } from './copyText.ts';
import { DataChoice } from './DataChoice.tsx';
import { useDataset, useEditionYear } from '../common/viewHooks.ts';
import { useModalDialog } from '../common/useModalDialog.ts';
import { useShareWords } from './words.ts';
import { thisSitePages } from '../common/thisSitePages.ts';

const THEME_LABELS = { auto: 'embedThemeAuto', light: 'embedThemeLight', dark: 'embedThemeDark' } as const;
const FLAG_LABELS = { plain: 'embedPlain', static: 'embedStatic', transparent: 'embedTransparent' } as const;

export function EmbedDialog({ onClose }: { onClose: () => void }) {
  const t = useShareWords();
  const view = useAppStore(selectUrl);
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const codeRef = useRef<HTMLTextAreaElement>(null);
  const previewRef = useRef<HTMLIFrameElement>(null);
  const dialog = useModalDialog(onClose, headingRef);
  const [flags, setFlags] = useState<EmbedFlags>({ theme: view.theme, plain: false, static: false, transparent: false });
  const [auto, setAuto] = useState(true);
  // Null until the writer types a height: until then the fixed height follows the options.
  const [typedHeight, setTypedHeight] = useState<number | null>(null);
  const [previewHeight, setPreviewHeight] = useState(DEFAULT_HEIGHT);
  const [status, setStatus] = useState('');
  const dataset = useDataset();
  const year = useEditionYear();
  // Pinned by default: an embed in a published article keeps showing what the article describes;
  // a quiet link in it leads readers to newer data when there is some.
  const [pinned, setPinned] = useState(true);
  const version = pinned ? (dataset?.version ?? null) : null;

  const pageUrl = window.location.href;
  const src = useMemo(
    () => embedUrl(dataState(view, year, version), pageUrl, flags, thisSitePages()),
    [view, year, version, pageUrl, flags],
  );
  const wideHeight = suggestedHeight(COLUMN_BREAKS.wide, flags);
  const fixedHeight = typedHeight ?? wideHeight;
  const height = auto ? 'auto' : normalizeHeight(fixedHeight);
  const code = buildEmbedCode({
    src,
    loader: loaderUrl(pageUrl, thisSitePages()),
    title: t('appTitle'),
    height,
    initialHeight: wideHeight,
  });
  const [wide, medium, narrow] = heightsFor(flags);

  // The preview follows the height the embedded map reports, as the loader does on a host page.
  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      const data: unknown = event.data;
      if (event.source !== previewRef.current?.contentWindow || typeof data !== 'object' || data === null) return;
      const message = data as { type?: unknown; height?: unknown };
      if (message.type === HEIGHT_MESSAGE && typeof message.height === 'number' && Number.isFinite(message.height)) {
        setPreviewHeight(normalizeHeight(message.height));
      }
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, []);

  const copy = async () => {
    if (await copyText(code)) setStatus(t('embedCopied'));
    else {
      codeRef.current?.focus();
      codeRef.current?.select();
      setStatus(t('shareCopyManually'));
    }
  };

  return (
    <dialog {...dialog} className="share-dialog share-dialog--embed" aria-labelledby={headingId}>
      <div className="share-dialog__body">
        <header className="share-dialog__header">
          <h2 id={headingId} ref={headingRef} tabIndex={-1} className="share-dialog__title">
            {t('embedTitle')}
          </h2>
          <button type="button" className="share-dialog__close" onClick={onClose}>
            {t('dialogClose')}
          </button>
        </header>
        <p className="share-dialog__intro">{t('embedIntro')}</p>
        <div className="share-dialog__choices">
          {dataset && <DataChoice version={dataset.version} pinned={pinned} onChange={setPinned} />}
          <fieldset className="share-dialog__group">
            <legend>{t('embedHeight')}</legend>
            <label className="share-dialog__option">
              <input type="radio" name="embed-height" checked={auto} onChange={() => setAuto(true)} />
              {t('embedHeightAuto')}
            </label>
            <label className="share-dialog__option">
              <input type="radio" name="embed-height" checked={!auto} onChange={() => setAuto(false)} />
              {t('embedHeightFixed')}
            </label>
            {!auto && (
              <label className="share-dialog__option share-dialog__option--stacked">
                {t('embedHeightPixels')}
                <input
                  type="number"
                  className="share-dialog__number"
                  min={MIN_HEIGHT}
                  max={MAX_HEIGHT}
                  step={10}
                  value={Number.isFinite(fixedHeight) ? fixedHeight : ''}
                  onChange={(event) => setTypedHeight(event.currentTarget.valueAsNumber)}
                />
                <span className="share-dialog__hint">{t('embedHeightHint', { wide, medium, narrow })}</span>
              </label>
            )}
          </fieldset>
          <fieldset className="share-dialog__group">
            <legend>{t('embedTheme')}</legend>
            {THEMES.map((theme: Theme) => (
              <label key={theme} className="share-dialog__option">
                <input type="radio" name="embed-theme" checked={flags.theme === theme} onChange={() => setFlags({ ...flags, theme })} />
                {t(THEME_LABELS[theme])}
              </label>
            ))}
          </fieldset>
          <fieldset className="share-dialog__group">
            <legend>{t('embedOptions')}</legend>
            {(['plain', 'static', 'transparent'] as const).map((flag) => (
              <label key={flag} className="share-dialog__option">
                <input
                  type="checkbox"
                  checked={flags[flag]}
                  onChange={(event) => setFlags({ ...flags, [flag]: event.currentTarget.checked })}
                />
                {t(FLAG_LABELS[flag])}
              </label>
            ))}
          </fieldset>
        </div>
        <label className="share-dialog__code-label" htmlFor={`${headingId}-code`}>
          {t('embedCode')}
        </label>
        <textarea id={`${headingId}-code`} ref={codeRef} className="share-dialog__code" readOnly rows={5} value={code} spellCheck={false} />
        <div className="share-dialog__actions">
          <button type="button" className="share-dialog__copy" onClick={() => void copy()}>
            {t('embedCopy')}
          </button>
          <p className="share-dialog__status" role="status">
            {status}
          </p>
        </div>
        <h3 className="share-dialog__subtitle">{t('embedPreview')}</h3>
        <iframe
          ref={previewRef}
          className="share-dialog__preview"
          src={src}
          title={t('embedPreviewTitle')}
          name="support-map-preview"
          height={auto ? previewHeight : normalizeHeight(fixedHeight)}
        />
      </div>
    </dialog>
  );
}
