/**
 * The accessible twin of the map: every actor that passes the filters, one row each, sortable.
 * It is also what keyboard and screen-reader visitors reach through the skip link.
 */
import { useMemo, useState, type MouseEvent } from 'react';
import { useAppActions, useAppStore } from '../../state/StoreContext.tsx';
import { selectMatch, selectTypes } from '../../state/selectors.ts';
import { useDatasetIndex, useFilteredEdition, useLang, useNameOf } from '../common/viewHooks.ts';
import { joinList } from '../../i18n/labels.ts';
import { joinWords } from '../../present/counts.ts';
import { selectedTypesText } from '../../present/typesText.ts';
import { supporterRows } from '../../present/supporterRows.ts';
import { DEFAULT_SORT, nextSort, type SortKey, type SortState } from '../../filters/tableRows.ts';
import { useTableWords, type TableWordsTranslate } from './words.ts';

const COLUMNS: { key: SortKey; label: 'colName' | 'colKind' | 'colTypes' | 'colActions' | 'colSources' }[] = [
  { key: 'name', label: 'colName' },
  { key: 'kind', label: 'colKind' },
  { key: 'types', label: 'colTypes' },
  { key: 'actions', label: 'colActions' },
  { key: 'sources', label: 'colSources' },
];

export function TableView() {
  const index = useDatasetIndex();
  const view = useFilteredEdition();
  const selected = useAppStore(selectTypes);
  const match = useAppStore(selectMatch);
  const { openPanel } = useAppActions();
  const lang = useLang();
  const t = useTableWords();
  const nameOf = useNameOf();
  const [sort, setSort] = useState<SortState>(DEFAULT_SORT);

  const rows = useMemo(
    () => (index && view ? supporterRows(index, view, lang, t, sort, nameOf) : []),
    [index, view, lang, t, nameOf, sort],
  );

  if (!index || !view) return <div id="support-table" tabIndex={-1} className="table-view" />;

  const typesText = selectedTypesText(index, selected, lang, t);
  const status = index.editionsByYear.get(view.year)?.listStatus;
  const onRowClick = (id: string) => (event: MouseEvent<HTMLTableRowElement>) => {
    // The name button handles its own clicks (and Enter/Space); the rest of the row is a pointer shortcut.
    if (event.target instanceof Element && event.target.closest('button, a')) return;
    openPanel(id);
  };

  return (
    <div id="support-table" tabIndex={-1} className="table-view">
      {rows.length === 0 ? (
        <p className="table-view__empty">
          {status === 'no-assembly'
            ? t('mapNoAssembly', { year: String(view.year) })
            : status === 'no-list'
              ? t('mapNoList', { year: String(view.year) })
              : t('tableEmpty')}
        </p>
      ) : (
        <table className="table-view__table">
          <caption className="table-view__caption">
            {t('tableCaption', { year: String(view.year) })}
            <span className="table-view__filters">
              {' '}
              ({t('tableCaptionFilters', { match: t(match === 'all' ? 'matchAll' : 'matchAny'), types: typesText })})
            </span>
          </caption>
          <thead>
            <tr>
              {COLUMNS.map((column) => (
                <SortHeader key={column.key} column={column} sort={sort} onSort={setSort} t={t} />
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} className="table-view__row" onClick={onRowClick(row.id)}>
                <th scope="row" className="table-view__name">
                  <button type="button" className="table-view__open" onClick={() => openPanel(row.id)}>
                    {row.name}
                  </button>
                  {row.onlyThrough.length > 0 && (
                    <span className="table-view__note">{t('onlyThroughNote', { orgs: joinWords(row.onlyThrough, t) })}</span>
                  )}
                </th>
                <td className="table-view__kind">{row.kindLabel}</td>
                <td className="table-view__types">{joinList(t, row.typeLabels)}</td>
                <td className="table-view__count">{row.actions}</td>
                <td className="table-view__count">{row.sources.length}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

interface SortHeaderProps {
  column: (typeof COLUMNS)[number];
  sort: SortState;
  onSort: (sort: SortState) => void;
  t: TableWordsTranslate;
}

function SortHeader({ column, sort, onSort, t }: SortHeaderProps) {
  const active = sort.key === column.key;
  return (
    <th
      scope="col"
      className={`table-view__heading${column.key === 'actions' || column.key === 'sources' ? ' table-view__heading--count' : ''}`}
      aria-sort={active ? sort.direction : undefined}
    >
      <button type="button" className="table-view__sort" onClick={() => onSort(nextSort(sort, column.key))}>
        {t(column.label)}
        {/* aria-sort already tells screen readers; the arrow is for sighted visitors. */}
        <span className="table-view__sort-icon" aria-hidden="true">
          {active ? (sort.direction === 'ascending' ? '▲' : '▼') : ''}
        </span>
      </button>
    </th>
  );
}
