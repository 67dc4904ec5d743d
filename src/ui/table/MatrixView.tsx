/**
 * Every supporter across the years: a row per actor, a column per Assembly (oldest first), each cell
 * the types it showed as short codes (their full names for screen readers and in a tooltip), or why
 * a year has nothing to say. Sortable by the number of Assemblies (the default) or by name; with the
 * trend above it and the table as CSV or JSON.
 */
import { useMemo, useState } from 'react';
import { SUPPORT_TYPE_IDS } from '../../data/vocabulary.ts';
import { typeLabel } from '../../filters/datasetIndex.ts';
import { supportMatrix } from '../../filters/supportMatrix.ts';
import { levelColor } from '../../map/colorScale.ts';
import { DEFAULT_MATRIX_SORT, matrixRows, SHORT_TYPE_KEYS, type MatrixSort } from '../../present/matrixRows.ts';
import { trendPoints } from '../../present/trend.ts';
import { useAppActions } from '../../state/StoreContext.tsx';
import { useColorScheme } from '../common/useColorScheme.ts';
import { useDatasetIndex, useLang, useNameOf } from '../common/viewHooks.ts';
import { TrendChart } from './TrendChart.tsx';
import { useYearsWords } from './words.ts';
import '../compare/time.css';

export function MatrixView() {
  const index = useDatasetIndex();
  const lang = useLang();
  const t = useYearsWords();
  const nameOf = useNameOf();
  const scheme = useColorScheme();
  const { openPanel, setEdition, setView } = useAppActions();
  const [sort, setSort] = useState<MatrixSort>(DEFAULT_MATRIX_SORT);
  const matrix = useMemo(() => (index ? supportMatrix(index) : null), [index]);
  const rows = useMemo(
    () => (index && matrix ? matrixRows(index, matrix, lang, t, nameOf, sort) : []),
    [index, matrix, lang, t, nameOf, sort],
  );
  const points = useMemo(() => (index ? trendPoints(index) : []), [index]);
  if (!index || !matrix) return <div id="support-table" tabIndex={-1} className="matrix-view" />;

  const download = async (format: 'csv' | 'json') => {
    const [{ matrixToCsv, matrixToJson }, { downloadBlob }] = await Promise.all([
      import('../../export/matrixExport.ts'),
      import('../../export/download.ts'),
    ]);
    const filename = `support-map-years-${lang}.${format}`;
    const { dataset } = index;
    const text =
      format === 'csv'
        ? matrixToCsv(rows, matrix.years, { name: t('matrixActor'), id: t('csvId'), editions: t('matrixEditions') })
        : matrixToJson(matrix, new Map(rows.map((row) => [row.id, row.name])), {
            title: t('matrixTitle'),
            datasetVersion: dataset.version,
            datasetUpdated: dataset.updated,
            lang,
            url: window.location.href,
          });
    downloadBlob(new Blob([text], { type: format === 'csv' ? 'text/csv;charset=utf-8' : 'application/json;charset=utf-8' }), filename);
  };
  const sortBy = (key: MatrixSort['key']) =>
    setSort((current) =>
      current.key === key
        ? { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' }
        : { key, direction: key === 'name' ? 'ascending' : 'descending' },
    );
  /** A column the table sorts by: aria-sort says the order, the arrow shows it. */
  const sortHeading = (key: MatrixSort['key'], label: string) => (
    <th
      scope="col"
      aria-sort={sort.key === key ? sort.direction : undefined}
      className={`matrix-view__heading matrix-view__heading--${key === 'name' ? 'name' : 'count'}`}
    >
      <button type="button" className="matrix-view__sort" onClick={() => sortBy(key)}>
        {label}
        <span aria-hidden="true">{sort.key === key ? (sort.direction === 'ascending' ? '▲' : '▼') : ''}</span>
      </button>
    </th>
  );

  return (
    <div id="support-table" tabIndex={-1} className="matrix-view">
      <h2 className="matrix-view__title">{t('matrixTitle')}</h2>
      <TrendChart points={points} t={t} />
      <div className="matrix-view__tools">
        <p className="matrix-view__key">
          <span className="matrix-view__key-title">{t('matrixKey')}:</span>{' '}
          {SUPPORT_TYPE_IDS.map((type) => (
            <span key={type} className="matrix-view__key-item">
              <b>{t(SHORT_TYPE_KEYS[type])}</b> {typeLabel(index, type, lang)}
            </span>
          ))}
        </p>
        <div className="matrix-view__downloads">
          <button type="button" className="matrix-view__download" onClick={() => void download('csv')}>
            {t('matrixDownloadCsv')}
          </button>
          <button type="button" className="matrix-view__download" onClick={() => void download('json')}>
            {t('matrixDownloadJson')}
          </button>
        </div>
      </div>
      <div className="matrix-view__scroll" tabIndex={0} role="region" aria-labelledby="matrix-caption">
        <table className="matrix-view__table">
          <caption id="matrix-caption" className="matrix-view__caption">
            {t('matrixCaption', { first: String(matrix.years[0]), last: String(matrix.years[matrix.years.length - 1]) })}
          </caption>
          <thead>
            <tr>
              {sortHeading('name', t('matrixActor'))}
              {matrix.years.map((year) => {
                const status = index.editionsByYear.get(year)?.listStatus;
                return (
                  <th key={year} scope="col" className={`matrix-view__heading matrix-view__year matrix-view__year--${status}`}>
                    {status === 'listed' ? (
                      <button
                        type="button"
                        className="matrix-view__year-link"
                        onClick={() => {
                          setEdition(year);
                          setView('map');
                        }}
                      >
                        {year}
                      </button>
                    ) : (
                      year
                    )}
                  </th>
                );
              })}
              {sortHeading('editions', t('matrixEditions'))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} data-id={row.id}>
                <th scope="row" className="matrix-view__name">
                  <button type="button" className="matrix-view__open" onClick={() => openPanel(row.id)}>
                    {row.name}
                  </button>
                </th>
                {row.cells.map((cell, i) => (
                  <td key={matrix.years[i]} className={`matrix-view__cell matrix-view__cell--${cell.kind}`} title={cell.text}>
                    {cell.kind === 'support' ? (
                      <>
                        <span
                          className="matrix-view__swatch"
                          style={{ background: levelColor(cell.level, scheme) ?? undefined }}
                          aria-hidden="true"
                        />
                        <span aria-hidden="true">{cell.short.join(' ')}</span>
                        <span className="visually-hidden">{cell.text}</span>
                      </>
                    ) : (
                      <>
                        <span aria-hidden="true">{cell.kind === 'none' ? '·' : '–'}</span>
                        <span className="visually-hidden">{cell.text}</span>
                      </>
                    )}
                  </td>
                ))}
                <td className="matrix-view__count">{row.editions}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
