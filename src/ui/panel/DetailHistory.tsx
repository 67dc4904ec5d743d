/** Other editions in which the actor showed support; each year switches the edition in place. */
import type { PanelWordsTranslate } from './words.ts';

interface DetailHistoryProps {
  years: readonly number[];
  onPick: (year: number) => void;
  t: PanelWordsTranslate;
}

export function DetailHistory({ years, onPick, t }: DetailHistoryProps) {
  if (years.length === 0) return <p className="detail-panel__history">{t('panelHistoryNone')}</p>;
  return (
    <section className="detail-panel__history" aria-labelledby="detail-history-title">
      <h3 id="detail-history-title" className="detail-panel__history-title">
        {t('panelAlsoSupported')}
      </h3>
      <ul className="detail-panel__years">
        {years.map((year) => (
          <li key={year}>
            <button type="button" className="detail-panel__year" onClick={() => onPick(year)}>
              {year}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
