/**
 * The actor across every Assembly, oldest first: the years table's row for it (the types as short
 * codes, their names for screen readers). A year with support is a button that shows that year in
 * place; the year shown is marked.
 */
import type { CSSProperties } from 'react';
import type { MatrixCellText } from '../../present/matrixRows.ts';
import type { PanelWordsTranslate } from './words.ts';

interface DetailHistoryProps {
  cells: readonly (MatrixCellText & { year: number })[];
  shown: number;
  /** The fill of each support level (1 to 4), as on the map. */
  fillOf: (level: number) => string | undefined;
  onPick: (year: number) => void;
  t: PanelWordsTranslate;
}

export function DetailHistory({ cells, shown, fillOf, onPick, t }: DetailHistoryProps) {
  return (
    <section className="detail-panel__history" aria-labelledby="detail-history-title">
      <h3 id="detail-history-title" className="detail-panel__history-title">
        {t('panelAcrossYears')}
      </h3>
      <ol className="detail-panel__years">
        {cells.map((cell) => {
          const label = `${cell.year}: ${cell.text}`;
          const content = (
            <>
              <span className="detail-panel__year-number" aria-hidden="true">
                {String(cell.year).slice(2)}
              </span>
              {/* What a screen reader says (the name of the button): "2019: Government / executive". */}
              <span className="visually-hidden">{label}</span>
              <span
                className={`detail-panel__year-cell detail-panel__year-cell--${cell.kind}`}
                style={{ '--year-fill': fillOf(cell.level) } as CSSProperties}
                aria-hidden="true"
              >
                {cell.kind === 'support' ? cell.short.join('') : cell.kind === 'none' ? '·' : '–'}
              </span>
            </>
          );
          return (
            <li key={cell.year} className="detail-panel__year-item" aria-current={cell.year === shown ? 'true' : undefined}>
              {cell.kind === 'support' && cell.year !== shown ? (
                <button type="button" className="detail-panel__year" title={label} onClick={() => onPick(cell.year)}>
                  {content}
                </button>
              ) : (
                <span className="detail-panel__year detail-panel__year--static" title={label}>
                  {content}
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
