/**
 * The public list of corrections: every change made to published data, newest version first, each
 * with what changed, what it was, why, and the sources. Opened from the footer and the Cite dialog.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { loadCorrections, type CorrectionsResult } from '../../data/loadCorrections.ts';
import type { Correction, Lang, Source } from '../../data/schema.ts';
import { formatPartialDate } from '../../i18n/formatPartialDate.ts';
import { compareVersions } from '../../data/versions.ts';
import { headingText } from '../../present/sourceHeading.ts';
import { LocalText } from '../common/LocalText.tsx';
import { useModalDialog } from '../common/useModalDialog.ts';
import { useLang, useWholeDatasetIndex } from '../common/viewHooks.ts';
import { useCorrectionsWords } from './words.ts';
import '../share/share.css';

const CORRECTIONS_URL = new URL('../../../data/corrections.json', import.meta.url).href;

export function CorrectionsDialog({ onClose }: { onClose: () => void }) {
  const t = useCorrectionsWords();
  const lang = useLang();
  // A correction may cite the source of any edition's act.
  const index = useWholeDatasetIndex();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const dialog = useModalDialog(onClose, headingRef);
  const [attempt, setAttempt] = useState(0);
  const [result, setResult] = useState<CorrectionsResult | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    setResult(null);
    void loadCorrections(CORRECTIONS_URL, { signal: controller.signal }).then((loaded) => {
      if (!controller.signal.aborted) setResult(loaded);
    });
    return () => controller.abort();
  }, [attempt]);

  const byVersion = new Map<string, Correction[]>();
  for (const entry of result?.ok ? result.corrections : []) {
    const list = byVersion.get(entry.version) ?? [];
    list.push(entry);
    byVersion.set(entry.version, list);
  }
  const versions = [...byVersion.keys()].sort((a, b) => compareVersions(b, a));

  return (
    <dialog {...dialog} className="share-dialog share-dialog--corrections" aria-labelledby={headingId}>
      <div className="share-dialog__body">
        <header className="share-dialog__header">
          <h2 id={headingId} ref={headingRef} tabIndex={-1} className="share-dialog__title">
            {t('correctionsTitle')}
          </h2>
          <button type="button" className="share-dialog__close" onClick={onClose}>
            {t('dialogClose')}
          </button>
        </header>
        <p className="share-dialog__intro">{t('correctionsIntro')}</p>
        {result === null && (
          <p className="corrections__status" role="status">
            {t('correctionsLoading')}
          </p>
        )}
        {result && !result.ok && (
          <div className="corrections__status" role="alert">
            <p>{t('correctionsFailed', { reason: result.message })}</p>
            <button type="button" className="share-dialog__copy" onClick={() => setAttempt(attempt + 1)}>
              {t('retry')}
            </button>
          </div>
        )}
        {result?.ok && result.corrections.length === 0 && <p>{t('correctionsNone')}</p>}
        {versions.map((version) => (
          <section key={version} className="corrections__version" aria-labelledby={`${headingId}-${version}`}>
            <h3 id={`${headingId}-${version}`} className="corrections__version-title">
              {t('correctionsVersion', { version, date: formatPartialDate(byVersion.get(version)?.[0]?.date ?? '', lang) })}
            </h3>
            <ol className="corrections__list">
              {(byVersion.get(version) ?? []).map((entry) => (
                <CorrectionItem key={entry.id} entry={entry} lang={lang} sourceOf={(id) => index?.sourcesById.get(id)} />
              ))}
            </ol>
          </section>
        ))}
      </div>
    </dialog>
  );
}

function CorrectionItem({ entry, lang, sourceOf }: { entry: Correction; lang: Lang; sourceOf: (id: string) => Source | undefined }) {
  const t = useCorrectionsWords();
  const sources = entry.sources.flatMap((id) => sourceOf(id) ?? []);
  return (
    <li className="corrections__item" id={entry.id}>
      <p className="corrections__what">
        <LocalText text={entry.what} lang={lang} />
      </p>
      {entry.was && (
        <p className="corrections__was">
          {t('correctionsWas')} <LocalText text={entry.was} lang={lang} />
        </p>
      )}
      <p className="corrections__why">
        {t('correctionsWhy')} <LocalText text={entry.why} lang={lang} />
      </p>
      {sources.length > 0 && (
        <p className="corrections__sources">
          {t('correctionsSources')}{' '}
          {sources.map((source, i) => (
            <span key={source.id}>
              {i > 0 && t('listSeparator')}
              <a href={source.url} target="_blank" rel="noopener noreferrer">
                {source.publisher}: {headingText(source, lang)}
                <span className="visually-hidden"> {t('opensInNewTab')}</span>
              </a>
            </span>
          ))}
        </p>
      )}
    </li>
  );
}
