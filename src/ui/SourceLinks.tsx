/** The sources behind an action or a group, each a link that opens in a new tab. */
import type { DatasetIndex } from '../filters/datasetIndex.ts';
import type { Lang } from '../state/urlCodec.ts';
import type { Translate } from './derived.ts';
import { formatPartialDate } from './formatPartialDate.ts';

interface SourceLinksProps {
  ids: readonly string[];
  index: DatasetIndex;
  lang: Lang;
  t: Translate;
}

export function SourceLinks({ ids, index, lang, t }: SourceLinksProps) {
  // The validator guarantees every id resolves; a missing one is skipped rather than shown broken.
  const sources = ids.flatMap((id) => {
    const source = index.sourcesById.get(id);
    return source ? [source] : [];
  });
  if (sources.length === 0) return null;
  return (
    <ul className="detail-panel__sources" aria-label={t('panelSources')}>
      {sources.map((source) => (
        <li key={source.id} className="detail-panel__source">
          {/* noopener: the source page must not reach back into this window. */}
          <a className="detail-panel__source-link" href={source.url} target="_blank" rel="noopener noreferrer">
            <span className="detail-panel__source-publisher">{source.publisher}</span>
            {': '}
            <cite className="detail-panel__source-title">{source.title}</cite>
            {', '}
            <time className="detail-panel__source-date" dateTime={source.date}>
              {formatPartialDate(source.date, lang)}
            </time>
            {' '}
            <span className="visually-hidden">{t('opensInNewTab')}</span>
          </a>
          {source.note && <span className="detail-panel__source-note"> ({source.note})</span>}
        </li>
      ))}
    </ul>
  );
}
