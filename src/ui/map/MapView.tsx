/**
 * The choropleth. The loader computed the geometry once and d3-zoom computes the zoom transform
 * (useZoom); this component lays out the edition's supporters for the current zoom
 * (map/supporterLayout.ts) and maps state to SVG attributes.
 */
import {
  Suspense,
  startTransition,
  useDeferredValue,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type PointerEvent,
} from 'react';
import { MAP_VIEWBOX } from '../../map/frame.generated.ts';
import { nextInOrder } from '../../map/focusOrder.ts';
import { isPainted } from '../../filters/filterEdition.ts';
import { coreWords } from '../../i18n/words/core.ts';
import { nearestMarker, needsMarker } from '../../map/markers.ts';
import { placeMarkers, supporterShapes, type MarkerFrame } from '../../map/supporterLayout.ts';
import { toScreenPoint, transformAttribute, type MapTransform } from '../../map/transform.ts';
import { selectCountry, selectFilteredEdition } from '../../state/selectors.ts';
import { useAppActions, useAppStoreApi, useTrailingAppStore } from '../../state/StoreContext.tsx';
import { useElementWidth } from '../common/useElementWidth.ts';
import { useWords } from '../common/useWords.ts';
import { useEditionSupport, useEditionYear, useMapGeometry, useNoMatchingCountry } from '../common/viewHooks.ts';
import { MapLayers, type MapPaint } from './MapLayers.tsx';
import type { TooltipAt } from './MapTooltip.tsx';
import { preloadable } from '../common/preloadable.ts';
import type { TargetHandlers } from './SupporterLayer.tsx';
import { TaiwanHatch } from './TaiwanHatch.tsx';
import { useZoom } from './useZoom.ts';
import { markMapDrawn, useMapDrawn } from './mapDrawn.ts';
import { whenIdle } from '../common/whenIdle.ts';

// Not needed to draw the map: fetched once it is drawn, well before a first hover or click. The
// controls' placeholder is an empty row of their height, so that nothing below them moves.
const mapTooltip = preloadable(() => import('./MapTooltip.tsx').then((m) => m.MapTooltip));
const MapTooltip = mapTooltip.Component;
const zoomControls = preloadable(() => import('./ZoomControls.tsx').then((m) => m.ZoomControls));
const ZoomControls = zoomControls.Component;
// What the map says when it has nothing to colour: most views never show it.
const mapNotice = preloadable(() => import('./MapNotice.tsx').then((m) => m.MapNotice));
const MapNotice = mapNotice.Component;

/** The zoom buttons' row, empty, until their code is here: nothing below moves when they come. */
const ZOOM_CONTROLS_PLACEHOLDER = <div className="map-controls" aria-hidden="true" />;

/** Zoom level for a selected small state: close enough to see it, far enough to see its region. */
const SMALL_STATE_ZOOM = 4;

/** `paint`: colours other than the filtered edition's (the change view). */
export function MapView({ interactive = true, paint }: { interactive?: boolean; paint?: MapPaint }) {
  // Nothing here reads the filtered edition: the colours and the supporters' targets are
  // MapLayers', so a filter toggle does not re-render the map's box, zoom or tooltip. Event
  // handlers read which supporters are shown from the store when they run.
  const geometry = useMapGeometry();
  const year = useEditionYear();
  // In step with MapLayers: an edition or body change draws the map in a render after the click's.
  const edition = useDeferredValue(useEditionSupport());
  const shownYear = useDeferredValue(year);
  const store = useAppStoreApi();
  const noMatch = useNoMatchingCountry();
  const t = useWords(coreWords);
  // The panel answers the click in its frame; the map's outline of the selection follows in the next.
  const selected = useTrailingAppStore(selectCountry);
  const { openPanel } = useAppActions();

  const containerRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const targets = useRef(new Map<string, SVGElement>());
  const width = useElementWidth(containerRef);
  // Known before the data arrives, so the map's box does not jump when the shapes come in.
  const viewBox = geometry?.viewBox ?? MAP_VIEWBOX;
  const zoom = useZoom(svgRef, viewBox, interactive);
  const [tooltip, setTooltip] = useState<TooltipAt | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  // Content shown on hover or focus must be dismissible without moving either (WCAG 1.4.13).
  const tooltipShown = tooltip !== null;
  useEffect(() => {
    if (!tooltipShown) return;
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key === 'Escape') setTooltip(null);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [tooltipShown]);

  const [vx, vy, vw, vh] = viewBox;
  const pixelsPerUnit = width ? width / vw : 1;
  const { k } = zoom.transform;

  // The edition's painted supporters west to east, and their markers at this zoom: per edition and
  // frame, whatever the filters (a toggle never moves a marker).
  // Painted by change, the shapes follow the paint alone: a new edition's first render (before its
  // paint arrives) then places no marker for nothing.
  const paintIds = paint?.ids;
  const shapesEdition = paintIds ? null : edition;
  const editionShapes = useMemo(() => {
    if (!geometry) return [];
    const painted = paintIds ?? [...(shapesEdition?.actors ?? [])].filter(([, actor]) => isPainted(actor.kind)).map(([id]) => id);
    return supporterShapes(painted, geometry.shapesById);
  }, [shapesEdition, geometry, paintIds]);
  const frame = useMemo<MarkerFrame>(
    () => ({ transform: zoom.transform, pixelsPerUnit, origin: [vx, vy] }),
    [zoom.transform, pixelsPerUnit, vx, vy],
  );
  // Not before the width is known: markers placed for a guessed width would be placed again.
  const measured = width !== null;
  const markers = useMemo(() => (measured ? placeMarkers(editionShapes, frame) : []), [measured, editionShapes, frame]);
  /** Whether the filters show a supporter now (read when an event happens, not on every toggle). */
  const shownNow = () => {
    if (paint) return (id: string) => paint.fills.has(id);
    const filtered = selectFilteredEdition(store.getState());
    return (id: string) => filtered?.actors.get(id)?.matches === true;
  };

  // Selecting a state too small to see from elsewhere (the search, a link, the table) zooms in on
  // it, so that the visitor sees where it is. A selection made on the map itself does not move
  // the map: the visitor already sees the place they clicked.
  // Once its panel closes, the map goes back to where it was before that zoom (not left at 4× over
  // an empty ocean).
  const { centerOn, goTo } = zoom;
  const selectedOnMap = useRef<string | null>(null);
  const transformNow = useRef(zoom.transform);
  transformNow.current = zoom.transform;
  const zoomedForSelection = useRef<MapTransform | null>(null);
  useEffect(() => {
    if (!selected) {
      if (zoomedForSelection.current) goTo(zoomedForSelection.current);
      zoomedForSelection.current = null;
      selectedOnMap.current = null;
      return;
    }
    if (selected === selectedOnMap.current) return;
    const shape = geometry?.shapesById.get(selected);
    if (shape && width && needsMarker(shape, width / vw)) {
      zoomedForSelection.current ??= transformNow.current;
      centerOn(shape.anchor, SMALL_STATE_ZOOM);
    }
  }, [selected, geometry, width, vw, centerOn, goTo]);
  const selectFromMap = (id: string) => {
    selectedOnMap.current = id;
    openPanel(id);
  };

  // "The map is drawn": shapes and colours are in the DOM. The benchmark measures up to this mark.
  const drawn = geometry !== null && year !== null && width !== null;
  // The notice and the zoom buttons come once the first map is drawn: rendering them fetches
  // their code, work that would otherwise come before the map on a slow phone.
  const afterFirstMap = useMapDrawn();
  useEffect(() => {
    if (!drawn) return;
    markMapDrawn();
    // Their code once the map is on screen: adding a module preload costs the main thread too.
    whenIdle(() => {
      void mapTooltip.preload().catch(() => undefined);
      void zoomControls.preload().catch(() => undefined);
      void mapNotice.preload().catch(() => undefined);
    });
  }, [drawn]);

  /** What the pointer is on: a supporter's outline under it, else a small state's marker within reach, else the shape under it. */
  const resolvePointer = (event: PointerEvent<SVGSVGElement> | React.MouseEvent<SVGSVGElement>) => {
    const rect = event.currentTarget.getBoundingClientRect();
    const x = event.clientX - rect.left;
    const y = event.clientY - rect.top;
    const target = (event.target as Element).closest('[data-id]');
    // A supporter's outline under the pointer is that supporter (a click inside Mexico is Mexico,
    // however close Belize's marker is); elsewhere the nearest marker within reach wins.
    if (target?.matches('.map__target:not(.map__target--marker)')) return { id: target.getAttribute('data-id'), x, y };
    const shown = shownNow();
    const near = nearestMarker(
      markers.filter((marker) => shown(marker.id)),
      x,
      y,
    );
    return { id: near ?? target?.getAttribute('data-id') ?? null, x, y };
  };

  // Touch has no hover: the first tap on a country shows its tooltip, a second tap opens it.
  const lastPointer = useRef<string>('mouse');
  const onPointerDown = (event: PointerEvent<SVGSVGElement>) => {
    lastPointer.current = event.pointerType;
  };
  // Whether the tooltip shown is the keyboard focus's: a blur hides only that one.
  const tooltipOfFocus = useRef(false);
  const showTooltip = (at: TooltipAt | null, ofFocus = false) => {
    tooltipOfFocus.current = at !== null && ofFocus;
    setTooltip(at);
  };
  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    if (event.pointerType === 'touch') return;
    const { id, x, y } = resolvePointer(event);
    const shown = id && !id.startsWith('_') ? id : null;
    showTooltip(shown ? { id: shown, x, y } : null);
  };
  const onPointerLeave = () => {
    showTooltip(null);
  };
  const onClick = (event: React.MouseEvent<SVGSVGElement>) => {
    const { id, x, y } = resolvePointer(event);
    if (!id || id.startsWith('_')) return showTooltip(null);
    if (lastPointer.current === 'touch' && tooltip?.id !== id) {
      return showTooltip({ id, x, y });
    }
    selectFromMap(id);
  };

  const onKeyDown = (event: KeyboardEvent<SVGElement>, id: string) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      selectFromMap(id);
      return;
    }
    const shown = shownNow();
    const order = editionShapes.filter((shape) => shown(shape.id)).map((shape) => shape.id);
    const next = nextInOrder(order, id, event.key);
    if (next) {
      event.preventDefault();
      setActiveId(next);
      targets.current.get(next)?.focus();
    }
  };
  const onFocus = (id: string) => {
    // The tab stop follows a pointer's focus too, a frame later: the click's frame has more to show.
    startTransition(() => setActiveId(id));
    // A tooltip for the keyboard's focus; a pointer's tooltip is already where the pointer is.
    if (!focusVisible(targets.current.get(id))) return;
    const shape = geometry?.shapesById.get(id);
    if (shape) {
      const placed = markers.find((marker) => marker.id === id);
      const [x, y] = placed ? [placed.x, placed.y] : toScreenPoint(zoom.transform, shape.anchor, [vx, vy], pixelsPerUnit);
      showTooltip({ id, x, y }, true);
    }
  };
  const onBlur = () => {
    if (tooltipOfFocus.current) showTooltip(null);
  };
  const register = (id: string, element: SVGElement | null) => {
    if (element) targets.current.set(id, element);
    else targets.current.delete(id);
  };
  // The targets are memo components: they get one handlers object for the map's lifetime, which
  // calls this render's functions (they read this render's supporters and layout).
  const latest = useRef<TargetHandlers>({ onKeyDown, onFocus, onBlur, register });
  useLayoutEffect(() => {
    latest.current = { onKeyDown, onFocus, onBlur, register };
  });
  const handlers = useMemo<TargetHandlers>(
    () => ({
      onKeyDown: (event, id) => latest.current.onKeyDown(event, id),
      onFocus: (id) => latest.current.onFocus(id),
      onBlur: () => latest.current.onBlur(),
      register: (id, element) => latest.current.register(id, element),
    }),
    [],
  );

  const label = shownYear === null ? t('appTitle') : t('mapLabel', { year: String(shownYear) });
  return (
    <div className="map-frame">
      <div className={`map${k > 1 ? ' map--zoomed' : ''}`} ref={containerRef}>
        <svg
          ref={svgRef}
          className="map__svg"
          viewBox={viewBox.join(' ')}
          role="group"
          aria-label={label}
          tabIndex={noMatch ? 0 : undefined}
          onPointerDown={interactive ? onPointerDown : undefined}
          onPointerMove={interactive ? onPointerMove : undefined}
          onPointerLeave={interactive ? onPointerLeave : undefined}
          onClick={interactive ? onClick : undefined}
        >
          <defs>
            <TaiwanHatch id="taiwan-hatch" size={2} />
            <linearGradient id="arctic-fade" x1="0" x2="0" y1="0" y2="1">
              <stop offset="0" className="map__fade-stop" />
              <stop offset="1" className="map__fade-stop" stopOpacity="0" />
            </linearGradient>
          </defs>
          <rect className="map__sea" x={vx} y={vy} width={vw} height={vh} />
          {/* The layers wait for the map's width (known before the first paint): which states are
            markers depends on it, and drawing them first at a guessed width was a wasted render. */}
          {geometry && width !== null && (
            <g transform={transformAttribute(zoom.transform)}>
              <MapLayers
                geometry={geometry}
                frame={frame}
                editionShapes={editionShapes}
                markers={markers}
                selected={selected}
                activeId={activeId}
                interactive={interactive}
                handlers={handlers}
                paint={paint}
              />
            </g>
          )}
          {/* The frame crops the far north; a fade, not a hard line, where the Arctic is cut. */}
          {k === 1 && <rect className="map__fade" x={vx} y={vy} width={vw} height={vh * 0.05} fill="url(#arctic-fade)" />}
        </svg>
        {geometry && !paint && afterFirstMap && (
          <Suspense fallback={null}>
            <MapNotice />
          </Suspense>
        )}
        {tooltip && (
          // Its own boundary: a first hover before the tooltip's code is here must not blank the map.
          <Suspense fallback={null}>
            <MapTooltip
              at={tooltip}
              text={paint?.describe(tooltip.id)}
              hint={t(lastPointer.current === 'touch' ? 'tooltipTapAgain' : 'tooltipOpen')}
              bounds={{ width: width ?? 0, height: (width ?? 0) * (vh / vw) }}
            />
          </Suspense>
        )}
      </div>
      {interactive &&
        geometry &&
        (afterFirstMap ? (
          <Suspense fallback={ZOOM_CONTROLS_PLACEHOLDER}>
            <ZoomControls k={k} zoomIn={zoom.zoomIn} zoomOut={zoom.zoomOut} reset={zoom.reset} goTo={zoom.goTo} viewBox={viewBox} />
          </Suspense>
        ) : (
          ZOOM_CONTROLS_PLACEHOLDER
        ))}
    </div>
  );
}

/** `:focus-visible`, where the browser can say (not jsdom): true when it cannot. */
function focusVisible(element: Element | undefined): boolean {
  try {
    return element?.matches(':focus-visible') ?? true;
  } catch {
    return true;
  }
}
