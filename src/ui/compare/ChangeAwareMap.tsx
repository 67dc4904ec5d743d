/**
 * The map, coloured by the edition or, while two Assemblies are compared, by change (with the list
 * of changes below it). The change
 * view's code is a chunk of its own, fetched the first time a comparison is shown; until its
 * colours arrive the map shows none (never the edition's colours under the change legend).
 */
import { Suspense, useState } from 'react';
import { useAppStore } from '../../state/StoreContext.tsx';
import { selectCompareYear } from '../../state/selectors.ts';
import { preloadable } from '../common/preloadable.ts';
import { Region } from '../common/Region.tsx';
import type { MapPaint } from '../map/MapLayers.tsx';
import { MapView } from '../map/MapView.tsx';

// One dynamic import for both parts (each import() costs the first view its own loader code).
const loadChangeView = () => import('./changeView.ts');
const ChangePainter = preloadable(() => loadChangeView().then((m) => m.ChangePainter)).Component;
/** The change view's legend, for the page and the embed. */
export const ChangeLegend = preloadable(() => loadChangeView().then((m) => m.ChangeLegend)).Component;
const NO_PAINT: MapPaint = { ids: [], fills: new Map(), describe: () => '' };

// The map across bodies: a chunk of its own, fetched the first time that view is shown.
const loadBodiesView = () => import('../bodies/BodiesView.tsx');
const BodiesPainter = preloadable(() => loadBodiesView().then((m) => m.BodiesPainter)).Component;
/** The legend of the map across bodies, beside the map. */
export const BodiesLegend = preloadable(() => loadBodiesView().then((m) => m.BodiesLegend)).Component;
/** Its headline, in place of the body's edition's. */
export const BodiesHeadline = preloadable(() => loadBodiesView().then((m) => m.BodiesHeadline)).Component;

export function ChangeAwareMap({ interactive = true }: { interactive?: boolean }) {
  const across = useAppStore((s) => s.url.view === 'bodies' && !s.url.embed);
  const comparing = useAppStore(selectCompareYear) !== null && !across;
  const [paint, setPaint] = useState<MapPaint | null>(null);
  return (
    <>
      <Region name="map">
        <MapView interactive={interactive} paint={comparing || across ? (paint ?? NO_PAINT) : undefined} />
      </Region>
      {across && (
        <Region name="map across bodies">
          <Suspense fallback={null}>
            <BodiesPainter onPaint={setPaint} />
          </Suspense>
        </Region>
      )}
      {comparing && (
        <Region name="change view">
          <Suspense fallback={null}>
            <ChangePainter onPaint={setPaint} />
          </Suspense>
        </Region>
      )}
    </>
  );
}
