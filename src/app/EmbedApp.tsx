/**
 * The layout for iframes (`?embed=1`): the map, its legend, compact filters, the edition's
 * headline, a source line and a link to the full map, nothing else. Nothing navigates the host
 * page: the one link opens a new tab. Render flags: `plain` drops the title and footer,
 * `static` drops everything interactive, `transparent` drops the page background.
 */
import { useEffect } from 'react';
import { fullMapUrl } from '../embed/fullMapUrl.ts';
import { startHeightReporter } from '../embed/heightReporter.ts';
import { useAppStore } from '../state/StoreContext.tsx';
import { selectFlags, selectView } from '../state/selectors.ts';
import { EditionHeadline } from '../ui/EditionHeadline.tsx';
import { Region } from '../ui/Region.tsx';
import { Filters } from '../ui/Filters.tsx';
import { Legend } from '../ui/Legend.tsx';
import { LoadStatus } from '../ui/LoadStatus.tsx';
import { MapSummary } from '../ui/MapSummary.tsx';
import { MapView } from '../ui/MapView.tsx';
import { SourceLine } from '../ui/SourceLine.tsx';
import { useDocumentSettings } from '../ui/useDocumentSettings.ts';
import { usePageLoading, useT } from '../ui/derived.ts';
import { useResourceLoader, type LoaderProps } from '../ui/useResourceLoader.ts';
import { detailPanel } from '../ui/detailPanelCode.ts';
import { whenIdle } from '../ui/whenIdle.ts';

const DetailPanel = detailPanel.Component;

export function EmbedApp({ urls, firstLoad }: LoaderProps) {
  useResourceLoader(urls, firstLoad);
  useDocumentSettings();
  const t = useT();
  const flags = useAppStore(selectFlags);
  const view = useAppStore(selectView);
  // As in the full page: nothing below the loading status until the data is in, so nothing moves.
  const loading = usePageLoading();

  useEffect(() => startHeightReporter(), []);
  // A panel's code, fetched in idle time once the map is drawn, so that the first panel opens at
  // once (a static embed opens none).
  const interactive = !flags.static;
  useEffect(() => {
    if (!loading && interactive) whenIdle(() => void detailPanel.preload().catch(() => undefined));
  }, [loading, interactive]);
  const href = fullMapUrl(view, window.location.href);

  const classes = ['embed', flags.plain ? 'embed--plain' : '', flags.static ? 'embed--static' : ''].filter(Boolean).join(' ');
  return (
    <div className={classes}>
      {!flags.plain && (
        <header className="embed__header">
          <h1 className="embed__title">{t('appTitle')}</h1>
          {!loading && <Region name="headline"><EditionHeadline withEdition /></Region>}
        </header>
      )}
      <main className="embed__main">
        <LoadStatus pending={loading} />
        {!loading && (
          <>
            <Region name="map"><MapView interactive={!flags.static} /></Region>
            {!flags.static && <MapSummary />}
            <Region name="legend"><Legend /></Region>
            {!flags.static && <Region name="filters"><Filters compact /></Region>}
          </>
        )}
      </main>
      {!flags.plain && !loading && (
        <footer className="embed__footer">
          <SourceLine />
          <a className="embed__full-link" href={href} target="_blank" rel="noopener noreferrer">
            {t('openFullMap')}
            <span className="visually-hidden"> {t('opensInNewTab')}</span>
          </a>
        </footer>
      )}
      {!flags.static && view.country !== null && <Region name="detail panel"><DetailPanel /></Region>}
    </div>
  );
}
