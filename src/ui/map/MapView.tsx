/**
 * The choropleth. d3 computed the geometry once (useMapGeometry) and computes the zoom
 * transform (useZoom); this component only maps state to SVG attributes.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { MAP_VIEWBOX } from '../../map/frame.generated.ts';
import { nextInOrder } from '../../map/focusOrder.ts';
import { nearestMarker, needsMarker } from '../../map/markers.ts';
import { useAppActions, useAppStore } from '../../state/StoreContext.tsx';
import { selectCountry } from '../../state/selectors.ts';
import { useEditionYear, useMapGeometry, useNoMatchingCountry } from '../common/viewHooks.ts';
import { useWords } from '../common/useWords.ts';
import { coreWords } from '../../i18n/words/core.ts';
import { EMPTY_LAYOUT, MapLayers, type MapLayout } from './MapLayers.tsx';
import { MapTooltip, type TooltipAt } from './MapTooltip.tsx';
import { TaiwanHatch } from './TaiwanHatch.tsx';
import type { TargetHandlers } from './SupporterLayer.tsx';
import { useElementWidth } from '../common/useElementWidth.ts';
import { toScreenPoint, transformAttribute, useZoom } from './useZoom.ts';
import { ZoomControls } from './ZoomControls.tsx';

export const MAP_DRAWN_MARK = 'map-drawn';

/** Zoom level for a selected small state: close enough to see it, far enough to see its region. */
const SMALL_STATE_ZOOM = 4;

export function MapView({ interactive = true }: { interactive?: boolean }) {
  // Nothing here reads the edition view: the colours and the supporters' targets are MapLayers',
  // so a filter toggle does not re-render the map's box, zoom or tooltip.
  const geometry = useMapGeometry();
  const year = useEditionYear();
  const noMatch = useNoMatchingCountry();
  const t = useWords(coreWords);
  const selected = useAppStore(selectCountry);
  const { openPanel } = useAppActions();

  const containerRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const targets = useRef(new Map<string, SVGElement>());
  // The supporters' keyboard order and marker places, as MapLayers last drew them.
  const layout = useRef<MapLayout>(EMPTY_LAYOUT);
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

  // Selecting a state too small to see from elsewhere (the search, a link, the table) zooms in on
  // it, so that the visitor sees where it is. A selection made on the map itself does not move
  // the map: the visitor already sees the place they clicked.
  const { centerOn } = zoom;
  const selectedOnMap = useRef<string | null>(null);
  useEffect(() => {
    if (!selected || selected === selectedOnMap.current) return;
    const shape = geometry?.shapesById.get(selected);
    if (shape && width && needsMarker(shape, width / vw)) centerOn(shape.anchor, SMALL_STATE_ZOOM);
  }, [selected, geometry, width, vw, centerOn]);
  const selectFromMap = (id: string) => {
    selectedOnMap.current = id;
    openPanel(id);
  };

  // "The map is drawn": shapes and colours are in the DOM. The benchmark measures up to this mark.
  const drawn = geometry !== null && year !== null && width !== null;
  useEffect(() => {
    if (drawn && typeof performance !== 'undefined' && performance.getEntriesByName(MAP_DRAWN_MARK).length === 0) performance.mark(MAP_DRAWN_MARK);
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
    const near = nearestMarker(layout.current.placed, x, y);
    return { id: near ?? target?.getAttribute('data-id') ?? null, x, y };
  };

  // Touch has no hover: the first tap on a country shows its tooltip, a second tap opens it.
  const lastPointer = useRef<string>('mouse');
  const onPointerDown = (event: PointerEvent<SVGSVGElement>) => {
    lastPointer.current = event.pointerType;
  };
  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    if (event.pointerType === 'touch') return;
    const { id, x, y } = resolvePointer(event);
    const shown = id && !id.startsWith('_') ? id : null;
    setTooltip(shown ? { id: shown, x, y } : null);
  };
  const onPointerLeave = () => {
    setTooltip(null);
  };
  const onClick = (event: React.MouseEvent<SVGSVGElement>) => {
    const { id, x, y } = resolvePointer(event);
    if (!id || id.startsWith('_')) return setTooltip(null);
    if (lastPointer.current === 'touch' && tooltip?.id !== id) {
      return setTooltip({ id, x, y });
    }
    selectFromMap(id);
  };

  const onKeyDown = (event: KeyboardEvent<SVGElement>, id: string) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      selectFromMap(id);
      return;
    }
    const next = nextInOrder(layout.current.order, id, event.key);
    if (next) {
      event.preventDefault();
      setActiveId(next);
      targets.current.get(next)?.focus();
    }
  };
  const onFocus = (id: string) => {
    setActiveId(id);
    const shape = geometry?.shapesById.get(id);
    if (shape) {
      const placed = layout.current.placed.find((marker) => marker.id === id);
      const [x, y] = placed ? [placed.x, placed.y] : toScreenPoint(zoom.transform, shape.anchor, [vx, vy], pixelsPerUnit);
      setTooltip({ id, x, y });
    }
  };
  const onBlur = () => {
    setTooltip(null);
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

  const label = year === null ? t('appTitle') : t('mapLabel', { year: String(year) });
  return (
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
        </defs>
        <rect className="map__sea" x={vx} y={vy} width={vw} height={vh} />
        {/* The layers wait for the map's width (known before the first paint): which states are
            markers depends on it, and drawing them first at a guessed width was a wasted render. */}
        {geometry && width !== null && (
          <g transform={transformAttribute(zoom.transform)}>
            <MapLayers
              geometry={geometry}
              transform={zoom.transform}
              pixelsPerUnit={pixelsPerUnit}
              selected={selected}
              activeId={activeId}
              interactive={interactive}
              handlers={handlers}
              layoutRef={layout}
            />
          </g>
        )}
      </svg>
      {tooltip && <MapTooltip at={tooltip} hint={t(lastPointer.current === 'touch' ? 'tooltipTapAgain' : 'tooltipOpen')} />}
      {interactive && geometry && <ZoomControls k={k} zoomIn={zoom.zoomIn} zoomOut={zoom.zoomOut} reset={zoom.reset} />}
    </div>
  );
}
