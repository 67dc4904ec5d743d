/** The sources behind an action or a group, each a link that opens in a new tab. */
import type { Lang, Source } from '../../data/schema.ts';
import { formatPartialDate } from '../../i18n/formatPartialDate.ts';
import { sourceHeading, type Titled } from '../../present/sourceHeading.ts';
import type { PanelWordsTranslate } from './words.ts';

interface SourceLinksProps {
  ids: readonly string[];
  /** The dataset's sources, or another file's (relations.json). */
  sourceOf: (id: string) => Source | undefined;
  lang: Lang;
  t: PanelWordsTranslate;
}

export function SourceLinks({ ids, sourceOf, lang, t }: SourceLinksProps) {
  // The validator guarantees every id resolves; a missing one is skipped rather than shown broken.
  const sources = ids.flatMap((id) => {
    const source = sourceOf(id);
    return source ? [source] : [];
  });
  if (sources.length === 0) return null;
  return (
    <ul className="detail-panel__sources" aria-label={t('panelSources')}>
      {sources.map((source) => (
        <li key={source.id} className="detail-panel__source">
          {/* noopener: the source page must not reach back into this window. */}
          <a className="detail-panel__source-link" href={source.url} target="_blank" rel="noopener noreferrer">
            <span className="detail-panel__source-publisher" lang={langOf(source.publisher, lang)}>
              {source.publisher}
            </span>
            {': '}
            <SourceHeading source={source} lang={lang} />
            {', '}
            <time className="detail-panel__source-date" dateTime={source.date}>
              {formatPartialDate(source.date, lang)}
            </time>{' '}
            <span className="visually-hidden">{t('opensInNewTab')}</span>
          </a>
          {source.note && (
            <span className="detail-panel__source-note" lang={langOf(source.note, lang)}>
              {' '}
              ({source.note})
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}

/** A real title is cited as a title; a description of the page is set in brackets, as a description. */
function SourceHeading({ source, lang }: { source: Titled; lang: Lang }) {
  const heading = sourceHeading(source, lang);
  if (heading.isDescription) return <span className="detail-panel__source-description">[{heading.text}]</span>;
  return (
    <cite className="detail-panel__source-title" lang={langOf(heading.text, lang)}>
      {heading.text}
    </cite>
  );
}

/**
 * Sources are quoted as published, untranslated, and the dataset records no language for them:
 * text with Han characters is Chinese, the rest is read as English. Undefined when it is the
 * page's language, so a screen reader switches voice only where the language changes.
 */
function langOf(text: string, pageLang: Lang): Lang | undefined {
  const lang: Lang = /\p{Script=Han}/u.test(text) ? 'zh-TW' : 'en';
  return lang === pageLang ? undefined : lang;
}
