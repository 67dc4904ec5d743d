/**
 * The full page: composition only. Every region sits in its own error boundary, so a failure in
 * one (say, the table) leaves the others working and says what failed.
 */
import { lazy } from 'react';
import { useAppActions, useAppStore } from '../state/StoreContext.tsx';
import { selectCountry, selectViewMode } from '../state/selectors.ts';
import { EditionPicker } from '../ui/EditionPicker.tsx';
import { Region } from '../ui/Region.tsx';
import { SearchBoxPlaceholder } from '../ui/SearchBoxPlaceholder.tsx';
import { FilterSheet } from '../ui/FilterSheet.tsx';
import { Filters } from '../ui/Filters.tsx';
import { LanguageMenu } from '../ui/LanguageMenu.tsx';
import { Legend } from '../ui/Legend.tsx';
import { LoadStatus } from '../ui/LoadStatus.tsx';
import { MapSummary } from '../ui/MapSummary.tsx';
import { MapView } from '../ui/MapView.tsx';
import { OrganisationList } from '../ui/OrganisationList.tsx';
import { SourceLine } from '../ui/SourceLine.tsx';
import { ViewSwitch } from '../ui/ViewSwitch.tsx';
import { usePageLoading, useT } from '../ui/derived.ts';
import { useDocumentSettings } from '../ui/useDocumentSettings.ts';
import { useResourceLoader, type LoaderProps } from '../ui/useResourceLoader.ts';

// Not needed to draw the map: these load in parallel with the data, in chunks of their own.
const DetailPanel = lazy(() => import('../ui/DetailPanel.tsx').then((m) => ({ default: m.DetailPanel })));
const TableView = lazy(() => import('../ui/TableView.tsx').then((m) => ({ default: m.TableView })));
// The search box and the share menu are in the first view: their downloads start now, alongside the data.
const searchBoxModule = import('../ui/SearchBox.tsx');
const SearchBox = lazy(() => searchBoxModule.then((m) => ({ default: m.SearchBox })));
const shareMenuModule = import('../ui/share/ShareMenu.tsx');
const ShareMenu = lazy(() => shareMenuModule.then((m) => ({ default: m.ShareMenu })));

/**
 * Focuses an element as soon as it is rendered. The table is a lazy chunk: one frame after the
 * view switches it may not exist yet, and focus would stay on the skip link. Gives up after ~5 s.
 */
function focusWhenShown(id: string, framesLeft = 300): void {
  const element = document.getElementById(id);
  if (element) element.focus();
  else if (framesLeft > 0) requestAnimationFrame(() => focusWhenShown(id, framesLeft - 1));
}

export function App({ urls, firstLoad }: LoaderProps) {
  useResourceLoader(urls, firstLoad);
  useDocumentSettings();
  const t = useT();
  const view = useAppStore(selectViewMode);
  const { setView } = useAppActions();
  const country = useAppStore(selectCountry);
  // While loading, only the header and the loading status are drawn; everything else appears
  // once, below them, when the data is in: content that appears moves nothing (no layout shift),
  // whereas controls that grew from empty to full would push the map down.
  const loading = usePageLoading();

  return (
    <div className="app">
      <a
        className="skip-link"
        href="#support-table"
        onClick={(event) => {
          event.preventDefault();
          setView('table');
          // After the switch has rendered: until then the id is still on the map's region.
          requestAnimationFrame(() => focusWhenShown('support-table'));
        }}
      >
        {t('skipToTable')}
      </a>
      <header className="app__header">
        <div className="app__heading">
          <h1 className="app__title">{t('appTitle')}</h1>
          <p className="app__subtitle">{t('appSubtitle')}</p>
        </div>
        <LanguageMenu />
      </header>
      <main className="app__main">
        <LoadStatus pending={loading} />
        {!loading && (
          <>
            <div className="app__controls">
              <Region name="edition selector"><EditionPicker /></Region>
              <FilterSheet><Region name="filters"><Filters /></Region></FilterSheet>
              <div className="app__tools">
                <ViewSwitch />
                <Region name="search" fallback={<SearchBoxPlaceholder />}>
                  <SearchBox />
                </Region>
              </div>
            </div>
            <div className="app__content">
              {/* The skip link's target must exist in every view: in the map view it is this region
                  (where the table will be), in the table view the table itself. */}
              <div className="app__primary" id={view === 'map' ? 'support-table' : undefined} tabIndex={view === 'map' ? -1 : undefined}>
                {/* The map stays mounted, hidden, while the table is shown: switching back is then
                    instant, instead of drawing the whole map again (a long task on a slow phone). */}
                <div className="app__map-view" hidden={view !== 'map'}>
                  <Region name="map"><MapView /></Region>
                  <MapSummary />
                  <Region name="legend"><Legend /></Region>
                </div>
                {view === 'table' && <Region name="table"><TableView /></Region>}
                {/* Below the map, where readers look for it, and where its late arrival moves nothing above. */}
                <Region name="share menu"><ShareMenu /></Region>
              </div>
              <aside className="app__aside"><Region name="organisations"><OrganisationList /></Region></aside>
            </div>
          </>
        )}
      </main>
      {/* Its code is fetched the first time a panel opens, not with the first view. */}
      {country !== null && <Region name="detail panel"><DetailPanel /></Region>}
      {!loading && (
        <footer className="app__footer">
          <SourceLine />
        </footer>
      )}
    </div>
  );
}
