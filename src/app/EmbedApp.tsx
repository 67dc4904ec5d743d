/**
 * The layout for iframes (`?embed=1`): the map, its legend, compact filters, the edition's
 * headline, a source line and a link to the full map, nothing else. Nothing navigates the host
 * page: the one link opens a new tab. Render flags: `plain` drops the title and footer,
 * `static` drops everything interactive, `transparent` drops the page background.
 */
import { Suspense, useEffect } from 'react';
import { fullMapUrl } from '../embed/fullMapUrl.ts';
import { startHeightReporter } from '../embed/heightReporter.ts';
import { startHostMessages } from '../embed/hostMessages.ts';
import { useAppStore, useAppStoreApi } from '../state/StoreContext.tsx';
import { selectCompareYear, selectCountry, selectPlain, selectStatic, selectUrl } from '../state/selectors.ts';
import { EditionHeadline } from '../ui/edition/EditionHeadline.tsx';
import { ListedOnly } from '../ui/edition/ListedOnly.tsx';
import { Timeline } from '../ui/edition/lazyTimeline.ts';
import { Region } from '../ui/common/Region.tsx';
import { Filters } from '../ui/filters/Filters.tsx';
import { Legend } from '../ui/map/Legend.tsx';
import { LoadStatus } from '../ui/page/LoadStatus.tsx';
import { MapSummary } from '../ui/map/MapSummary.tsx';
import { ChangeAwareMap, ChangeLegend } from '../ui/compare/ChangeAwareMap.tsx';
import { SourceLine } from '../ui/page/SourceLine.tsx';
import { useDocumentSettings } from '../ui/page/useDocumentSettings.ts';
import { usePageLoading } from '../ui/common/viewHooks.ts';
import { useWords } from '../ui/common/useWords.ts';
import { pageWords } from '../i18n/words/later.ts';
import { useResourceLoader, type LoaderProps } from './useResourceLoader.ts';
import { detailPanel } from '../ui/panel/lazyDetailPanel.ts';
import { whenIdle } from '../ui/common/whenIdle.ts';
import { thisSitePages } from '../ui/common/thisSitePages.ts';

const DetailPanel = detailPanel.Component;

export function EmbedApp(props: LoaderProps) {
  useResourceLoader(props);
  useDocumentSettings();
  const t = useWords(pageWords);
  const plain = useAppStore(selectPlain);
  const isStatic = useAppStore(selectStatic);
  const country = useAppStore(selectCountry);
  const url = useAppStore(selectUrl);
  const comparing = useAppStore(selectCompareYear) !== null;
  // As in the full page: nothing below the loading status until the data is in, so nothing moves.
  const loading = usePageLoading();

  useEffect(() => startHeightReporter(), []);
  const store = useAppStoreApi();
  useEffect(() => startHostMessages(store), [store]);
  // A panel's code, fetched in idle time once the map is drawn, so that the first panel opens at
  // once (a static embed opens none).
  const interactive = !isStatic;
  useEffect(() => {
    if (!loading && interactive) whenIdle(() => void detailPanel.preload().catch(() => undefined));
  }, [loading, interactive]);
  const href = fullMapUrl(url, window.location.href, thisSitePages());

  const classes = ['embed', plain ? 'embed--plain' : '', isStatic ? 'embed--static' : ''].filter(Boolean).join(' ');
  return (
    <div className={classes}>
      {!plain && (
        <header className="embed__header">
          {loading ? (
            <h1 className="embed__title">{t('appTitle')}</h1>
          ) : (
            <Region name="headline">
              <EditionHeadline level={1} />
            </Region>
          )}
        </header>
      )}
      <main className="embed__main">
        <LoadStatus pending={loading} />
        {!loading && (
          <>
            {!isStatic && (
              // Readers may look at other years; the embed still opens on the one its code names.
              <div className="app__edition">
                <Region name="timeline">
                  <Timeline />
                </Region>
              </div>
            )}
            <ChangeAwareMap interactive={!isStatic} />
            {!isStatic && !comparing && (
              <ListedOnly>
                <MapSummary />
              </ListedOnly>
            )}
            {comparing ? (
              // Both Assemblies named in its title; no chooser in an embed (it shows what its code names).
              <Region name="change legend">
                <Suspense fallback={null}>
                  <ChangeLegend chooser={false} />
                </Suspense>
              </Region>
            ) : (
              <Region name="legend">
                <Legend besideFilters={!isStatic} />
              </Region>
            )}
            {!isStatic && !comparing && (
              <ListedOnly>
                <Region name="filters">
                  <Filters compact />
                </Region>
              </ListedOnly>
            )}
          </>
        )}
      </main>
      {!plain && !loading && (
        <footer className="embed__footer">
          <SourceLine />
          <a className="embed__full-link" href={href} target="_blank" rel="noopener noreferrer">
            {t('openFullMap')}
            <span className="visually-hidden"> {t('opensInNewTab')}</span>
          </a>
        </footer>
      )}
      {!isStatic && country !== null && (
        <Region name="detail panel">
          <DetailPanel />
        </Region>
      )}
    </div>
  );
}
