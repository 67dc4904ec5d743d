/**
 * The full page: composition only. Every region sits in its own error boundary, so a failure in
 * one (say, the table) leaves the others working and says what failed.
 */
import { Suspense, useDeferredValue, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useAppActions, useAppStore, useAppStoreApi } from '../state/StoreContext.tsx';
import { loadOtherCampaigns } from '../state/campaignLoader.ts';
import { selectCompareYear, selectCountry, selectUrl, selectViewMode } from '../state/selectors.ts';
import { shellHeadlineFits, type ShellHeadline } from '../state/shellHeadline.ts';
import { EditionHeadline, HeadlineBlock } from '../ui/edition/EditionHeadline.tsx';
import { EditionPicker, Timeline } from '../ui/edition/lazyTimeline.ts';
import { ListedOnly } from '../ui/edition/ListedOnly.tsx';
import { Region } from '../ui/common/Region.tsx';
import { ErrorBoundary } from '../ui/common/ErrorBoundary.tsx';
import { LanguageMenu } from '../ui/page/LanguageMenu.tsx';
import { CampaignNav } from '../ui/page/CampaignNav.tsx';
import { campaignsOf } from '../data/releases.ts';
import { Legend } from '../ui/map/Legend.tsx';
import { LoadStatus } from '../ui/page/LoadStatus.tsx';
import { MapSummary } from '../ui/map/MapSummary.tsx';
import { BodiesHeadline, BodiesLegend, ChangeAwareMap, ChangeLegend } from '../ui/compare/ChangeAwareMap.tsx';
import { useMapDrawn } from '../ui/map/mapDrawn.ts';
import { ViewSwitch } from '../ui/page/ViewSwitch.tsx';
import { useLang, usePageLoading } from '../ui/common/viewHooks.ts';
import { prepareRegionNames } from '../i18n/names.ts';
import { useWords } from '../ui/common/useWords.ts';
import { coreWords } from '../i18n/words/core.ts';
import { useDocumentSettings } from '../ui/page/useDocumentSettings.ts';
import { useResourceLoader, type LoaderProps } from './useResourceLoader.ts';
import { detailPanel } from '../ui/panel/lazyDetailPanel.ts';
import { preloadable } from '../ui/common/preloadable.ts';
import { whenIdle } from '../ui/common/whenIdle.ts';

// Not needed to draw the map: chunks of their own, fetched in idle time once the page is drawn
// (or when first shown, if that comes first).
const DetailPanel = detailPanel.Component;
const loadTableViews = () => import('../ui/table/tableViews.ts');
const tableView = preloadable(() => loadTableViews().then((m) => m.TableView));
const TableView = tableView.Component;
const MatrixView = preloadable(() => loadTableViews().then((m) => m.MatrixView)).Component;
// The search box, the filters, the share menu and the footer's source line are in the first view
// but are not the map: their code is fetched once the map is drawn (or at once, when the page opens
// on the table), and placeholders of their size hold their place until then.
const SearchBox = preloadable(() => import('../ui/search/SearchBox.tsx').then((m) => m.SearchBox)).Component;
const AsideControls = preloadable(() => import('../ui/filters/AsideControls.tsx').then((m) => m.AsideControls)).Component;
const FullSourceLine = preloadable(() => import('../ui/page/SourceLine.tsx').then((m) => m.SourceLine)).Component;
/** The search field's box, empty, while its code is on its way: nothing moves when it arrives. */
const SEARCH_BOX_PLACEHOLDER = (
  <div className="search-box" aria-hidden="true">
    <div className="search-box__input" />
  </div>
);
const ShareMenu = preloadable(() => import('../ui/share/ShareMenu.tsx').then((m) => m.ShareMenu)).Component;

/**
 * Focuses an element as soon as it is rendered. The table is drawn by a deferred render, and
 * its code may still be on its way: frames after the switch it may not exist yet, and focus would
 * stay on the skip link. Gives up after ~5 s.
 */
function focusWhenShown(selector: string, framesLeft = 300): void {
  const element = document.querySelector<HTMLElement>(selector);
  if (element) element.focus();
  else if (framesLeft > 0) requestAnimationFrame(() => focusWhenShown(selector, framesLeft - 1));
}

export interface AppProps extends LoaderProps {
  /** The headline the build wrote into the page, when the page's script left it shown (state/shellHeadline.ts). */
  shellHeadline?: ShellHeadline | null;
}

export function App({ shellHeadline = null, ...props }: AppProps) {
  useResourceLoader(props);
  useDocumentSettings();
  const t = useWords(coreWords);
  const { setView } = useAppActions();
  const store = useAppStoreApi();
  const lang = useLang();
  const campaigns = useMemo(() => campaignsOf(props.files), [props.files]);
  // While loading, only the header and the loading status are drawn; everything else appears
  // once, below them, when the data is in: content that appears moves nothing (no layout shift),
  // whereas controls that grew from empty to full would push the map down.
  const loading = usePageLoading();
  useEffect(() => {
    if (loading) return;
    // The code the first switch to the table or the first panel would wait for, fetched while
    // the browser is idle after the page is drawn; a failed fetch is tried again when the table or
    // panel is first shown. The table's collator is not made here: the page's first collator loads
    // the sorting data, a long task where a visitor's first click may land.
    whenIdle(() => {
      void tableView.preload().catch(() => undefined);
      void detailPanel.preload().catch(() => undefined);
    });
    // A task of its own (not with the code above), so that neither is a long task.
    whenIdle(() => prepareRegionNames(lang), 2000);
    // The other bodies' data, each in idle time of its own: a switch to one is then instant.
    whenIdle(() => void loadOtherCampaigns(store, () => new Promise((resolve) => whenIdle(resolve, 5000))), 5000);
  }, [loading, lang, store]);

  return (
    <div className="app">
      <a
        className="skip-link"
        href="#support-table"
        onClick={(event) => {
          event.preventDefault();
          setView('table');
          // The table itself: until the deferred switch has rendered, the id is on the map's region.
          focusWhenShown('#support-table.table-view');
        }}
      >
        {t('skipToTable')}
      </a>
      <header className="app__header">
        <div className="app__heading">
          <CampaignNav campaigns={campaigns} />
          <h1 className="app__title">{t('appTitle')}</h1>
          <p className="app__subtitle">{t('appSubtitle')}</p>
        </div>
        <LanguageMenu />
      </header>
      <main className="app__main">
        {loading && <ShellHeadlineWhileLoading shell={shellHeadline} />}
        <LoadStatus pending={loading} />
        {!loading && (
          <>
            <Region name="headline">
              <Headline />
            </Region>
            <div className="app__toolbar">
              <div className="app__edition">
                <Region name="edition selector">
                  {/* Its box keeps its height while the timeline's code is on its way (no layout shift). */}
                  <AfterMapDrawn>
                    <ErrorBoundary
                      region="timeline"
                      fallback={() => (
                        <Suspense fallback={null}>
                          <EditionPicker />
                        </Suspense>
                      )}
                    >
                      <Suspense fallback={null}>
                        <Timeline />
                      </Suspense>
                    </ErrorBoundary>
                  </AfterMapDrawn>
                </Region>
              </div>
              <ViewSwitch />
            </div>
            <div className="app__content">
              <PrimaryView />
              <aside className="app__aside">
                <Region name="search" fallback={SEARCH_BOX_PLACEHOLDER}>
                  <AfterMapDrawn placeholder={SEARCH_BOX_PLACEHOLDER}>
                    <SearchBox />
                  </AfterMapDrawn>
                </Region>
                <AsideKey />
              </aside>
              {/* Below the map on wide screens, where readers look for it; last on phones. */}
              <div className="app__share">
                <Region name="share menu">
                  <AfterMapDrawn>
                    <ShareMenu />
                  </AfterMapDrawn>
                </Region>
              </div>
            </div>
          </>
        )}
      </main>
      <DetailPanelSlot />
      {!loading && (
        <footer className="app__footer">
          <Region name="source line">
            <AfterMapDrawn>
              <FullSourceLine withCorrections />
            </AfterMapDrawn>
          </Region>
        </footer>
      )}
    </div>
  );
}

/**
 * While the first data load: the headline the page was built with, in the place and the words of
 * the app's own, so that the page's first paint keeps it until the app's replaces it. Only for the
 * view it was written for: any other view waits for its own.
 */
function ShellHeadlineWhileLoading({ shell }: { shell: ShellHeadline | null }) {
  const url = useAppStore(selectUrl);
  const lang = useLang();
  if (!shell || !shellHeadlineFits(shell.view, url, lang)) return null;
  return <HeadlineBlock headline={shell.headline} lang={lang} />;
}

/** The edition's headline; across bodies, the year's across them (a view of its own chunk). */
function Headline() {
  const across = useAppStore((s) => s.url.view === 'bodies');
  if (!across) return <EditionHeadline />;
  return (
    <Suspense fallback={<EditionHeadline />}>
      <BodiesHeadline />
    </Suspense>
  );
}

/**
 * Beside the map: the legend and the filters, or the change view's legend. A component of its own,
 * so that a switch of view re-renders this, not the whole page.
 */
function AsideKey() {
  const comparing = useAppStore(selectCompareYear) !== null;
  // The years table is every year at once: the edition's legend and filters do not apply to it. The
  // change view's legend replaces them beside the map; the table still lists the edition, filtered.
  const view = useAppStore(selectViewMode);
  if (view === 'years') return null;
  if (view === 'bodies')
    return (
      <Region name="legend across bodies">
        <Suspense fallback={<div className="aside-controls-placeholder" />}>
          <BodiesLegend />
        </Suspense>
      </Region>
    );
  if (comparing && view === 'map')
    return (
      <Region name="change legend">
        <Suspense fallback={<div className="aside-controls-placeholder" />}>
          <ChangeLegend />
        </Suspense>
      </Region>
    );
  return (
    <>
      <Region name="legend">
        <Legend besideFilters />
      </Region>
      <ListedOnly>
        <Region name="filters" fallback={<div className="aside-controls-placeholder" />}>
          <AfterMapDrawn placeholder={<div className="aside-controls-placeholder" />}>
            <AsideControls />
          </AfterMapDrawn>
        </Region>
      </ListedOnly>
    </>
  );
}

/**
 * The detail panel while an actor is selected. Its code is fetched the first time a panel opens
 * (or in idle time), not with the first view; opening or closing it re-renders only this.
 */
function DetailPanelSlot() {
  const country = useAppStore(selectCountry);
  return country === null ? null : (
    <Region name="detail panel">
      <DetailPanel />
    </Region>
  );
}

/**
 * Its children once the map is drawn, or at once when the page shows the table; the placeholder
 * until then. Shown once, shown for good: a switch back to the map does not hide them again.
 */
function AfterMapDrawn({ children, placeholder = null }: { children: ReactNode; placeholder?: ReactNode }) {
  const mapDrawn = useMapDrawn();
  const tableShown = useAppStore((state) => selectViewMode(state) !== 'map');
  const [shown, setShown] = useState(false);
  if (!shown && (mapDrawn || tableShown)) setShown(true);
  return shown || mapDrawn || tableShown ? children : placeholder;
}

/**
 * The map or the table, with the share menu below. The view shown follows the switch as a
 * deferred (time-sliced) render: the table's first mount is several hundred elements, a long task
 * on a slow phone if drawn at once. The Map/Table buttons show the choice at
 * once; the map stays until the table is ready. Only this reads the view, so the urgent render
 * of a switch is the buttons and this, not the whole page.
 */
function PrimaryView() {
  const view = useAppStore(selectViewMode);
  const shownView = useDeferredValue(view);
  const comparing = useAppStore(selectCompareYear) !== null;
  // The map across bodies is the map, differently coloured.
  const onMap = shownView === 'map' || shownView === 'bodies';
  // The same element while the shown view is unchanged: the urgent render stops here.
  return useMemo(
    () => (
      // The skip link's target must exist in every view: in the map view it is this region (where
      // the table will be), in the table view the table itself.
      <div className="app__primary" id={onMap ? 'support-table' : undefined} tabIndex={onMap ? -1 : undefined}>
        {/* The map stays mounted, hidden, while the table is shown: switching back is then
            instant, instead of drawing the whole map again (a long task on a slow phone). */}
        <div className="app__map-view" hidden={!onMap}>
          <ChangeAwareMap />
          {!comparing && shownView !== 'bodies' && (
            <ListedOnly>
              <MapSummary />
            </ListedOnly>
          )}
        </div>
        {shownView === 'table' && (
          <Region name="table">
            <TableView />
          </Region>
        )}
        {shownView === 'years' && (
          <Region name="years table">
            <MatrixView />
          </Region>
        )}
      </div>
    ),
    [shownView, comparing, onMap],
  );
}
