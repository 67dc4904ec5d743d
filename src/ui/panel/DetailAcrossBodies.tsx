/**
 * One country across every body the map covers: a row per body, a cell per year, as the years
 * row above it draws them. A year with support links to that body's view of that year with the
 * country's panel open (its evidence); the cell shown is marked. The other bodies' data are loaded
 * when the grid first needs them (state/campaignLoader.ts).
 */
import { useEffect, useState, type CSSProperties } from 'react';
import type { CampaignId, Lang } from '../../data/vocabulary.ts';
import { actorYearCells } from '../../present/matrixRows.ts';
import { afterNextPaint } from '../../state/urlSync.ts';
import { isPlainClick } from '../common/isPlainClick.ts';
import { useCampaignIndexes } from '../common/useCampaignIndexes.ts';
import { serializeUrlState } from '../../state/urlCodec.ts';
import { linkState } from '../../state/urlParams.ts';
import { useAppStore, useAppStoreApi } from '../../state/StoreContext.tsx';
import { CAMPAIGN_LINK_WORDS } from '../page/CampaignNav.tsx';
import type { PanelWordsTranslate } from './words.ts';

interface DetailAcrossBodiesProps {
  id: string;
  shownYear: number;
  lang: Lang;
  fillOf: (level: number) => string | undefined;
  t: PanelWordsTranslate;
}

export function DetailAcrossBodies({ id, shownYear, lang, fillOf, t }: DetailAcrossBodiesProps) {
  const store = useAppStoreApi();
  const url = useAppStore((s) => s.url);
  // Drawn once the panel itself is painted: the click that opens a panel waits for the panel only.
  const [painted, setPainted] = useState(false);
  useEffect(() => afterNextPaint(window)(() => setPainted(true), 'replace'), []);
  const { campaigns, indexes } = useCampaignIndexes(painted);
  if (campaigns.length < 2 || !painted) return null;

  const rows = campaigns.flatMap((campaign) => {
    const index = indexes[campaign];
    return index ? [{ campaign, cells: actorYearCells(index, id, lang, t) }] : [];
  });
  const years = [...new Set(rows.flatMap((row) => row.cells.map((cell) => cell.year)))].sort((a, b) => a - b);
  const viewOf = (campaign: CampaignId, year: number) => ({
    ...linkState(url, 'fullMap'),
    campaign,
    edition: year,
    country: id,
    compare: null,
  });

  return (
    <section className="detail-panel__bodies" aria-labelledby="detail-bodies-title">
      <h3 id="detail-bodies-title" className="detail-panel__history-title">
        {t('panelAcrossBodies')}
      </h3>
      <table className="detail-panel__bodies-table">
        <colgroup>
          <col className="detail-panel__bodies-names" />
        </colgroup>
        <thead>
          <tr>
            <td />
            {years.map((year) => (
              <th key={year} scope="col" className="detail-panel__year-number">
                {String(year).slice(2)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ campaign, cells }) => {
            const [short, full] = CAMPAIGN_LINK_WORDS[campaign];
            const byYear = new Map(cells.map((cell) => [cell.year, cell]));
            return (
              <tr key={campaign}>
                <th scope="row" className="detail-panel__body-name" title={t(full)}>
                  {t(short)}
                </th>
                {years.map((year) => {
                  const cell = byYear.get(year);
                  const label = t('panelAcrossBodiesCell', { body: t(full), year: String(year), text: cell?.text ?? '' });
                  const shown = campaign === url.campaign && year === shownYear;
                  // A block of the level's colour, as on the map; the types are in the label.
                  const mark = (
                    <span
                      className={`detail-panel__body-cell detail-panel__body-cell--${cell?.kind ?? 'none'}`}
                      style={{ '--year-fill': cell ? fillOf(cell.level) : undefined } as CSSProperties}
                      aria-hidden="true"
                    >
                      {cell?.kind === 'support' ? '' : cell?.kind === 'none' ? '·' : '–'}
                    </span>
                  );
                  return (
                    <td key={year} {...(shown ? { 'aria-current': 'true' as const } : {})}>
                      {cell?.kind === 'support' && !shown ? (
                        <a
                          className="detail-panel__year"
                          href={serializeUrlState(viewOf(campaign, year))}
                          title={label}
                          onClick={(event) => {
                            if (!isPlainClick(event)) return;
                            event.preventDefault();
                            store
                              .getState()
                              .replaceUrlState({ ...store.getState().url, campaign, edition: year, country: id, compare: null });
                          }}
                        >
                          {mark}
                          <span className="visually-hidden">{label}</span>
                        </a>
                      ) : (
                        <span className="detail-panel__year detail-panel__year--static" title={label}>
                          {mark}
                          <span className="visually-hidden">{label}</span>
                        </span>
                      )}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
      {rows.length < campaigns.length && <p className="detail-panel__bodies-loading">{t('panelAcrossBodiesLoading')}</p>}
    </section>
  );
}
