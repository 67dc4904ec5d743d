/**
 * What the filters colour: the supporters' fills and their targets (outlines, markers, hit
 * areas). The only part of the map that reads the edition view, so a filter toggle re-renders
 * this and not the map around it (its box, its zoom, its tooltip, its controls).
 *
 * It tells the map, through `layoutRef`, the supporters in keyboard order and where the markers
 * were placed: the map needs them in its event handlers, never to render.
 */
import { memo, useLayoutEffect, useMemo, type RefObject } from 'react';
import type { SupportTypeId } from '../../data/schema.ts';
import { typeLabel } from '../../filters/datasetIndex.ts';
import { isPainted } from '../../filters/filterEdition.ts';
import { fillFor, stepColors } from '../../map/colorScale.ts';
import { focusOrder } from '../../map/focusOrder.ts';
import type { Shape } from '../../map/geometry.ts';
import { needsMarker, spreadMarkers, type PlacedMarker } from '../../map/markers.ts';
import { CountryLayer } from './CountryLayer.tsx';
import { useDatasetIndex, useEditionSupport, useFilteredEdition, useLang, useNameOf } from '../common/viewHooks.ts';
import { useWords } from '../common/useWords.ts';
import { coreWords } from '../../i18n/words/core.ts';
import type { MapGeometry } from '../../map/geometry.ts';
import { describeActions } from '../../present/describeSupport.ts';
import { SUBJECT_ID } from '../../data/schema.ts';
import { SupporterLayer, type MarkerLayout, type SupporterItem, type TargetHandlers } from './SupporterLayer.tsx';
import { useColorScheme } from '../common/useColorScheme.ts';
import { toScreenPoint, type MapTransform } from './useZoom.ts';

/** Closest two marker centres may be, in screen pixels: a 10-px dot and a gap you can see. */
const MARKER_GAP_PX = 14;

export interface MapLayout {
  /** The supporters that match the filters, west to east: the map's keyboard order. */
  order: readonly string[];
  /** The markers as placed, in screen pixels from the map's top-left corner. */
  placed: readonly PlacedMarker[];
}

export const EMPTY_LAYOUT: MapLayout = { order: [], placed: [] };

export interface MapLayersProps {
  geometry: MapGeometry;
  transform: MapTransform;
  /** Screen pixels per viewBox unit at zoom 1. */
  pixelsPerUnit: number;
  selected: string | null;
  activeId: string | null;
  interactive: boolean;
  handlers: TargetHandlers;
  layoutRef: RefObject<MapLayout>;
}

export const MapLayers = memo(function MapLayers(props: MapLayersProps) {
  const { geometry, transform, pixelsPerUnit, selected, activeId, interactive, handlers, layoutRef } = props;
  const index = useDatasetIndex();
  const view = useFilteredEdition();
  const edition = useEditionSupport();
  const lang = useLang();
  const t = useWords(coreWords);
  const nameOf = useNameOf();
  const scheme = useColorScheme();
  const [vx, vy] = geometry.viewBox;
  const { k } = transform;

  const fills = useMemo(() => {
    const colors = stepColors(view?.steps ?? 0, scheme);
    const map = new Map<string, string>();
    for (const support of view?.matching ?? []) {
      const fill = fillFor(support.level, colors);
      if (fill && isPainted(support.kind)) map.set(support.id, fill);
    }
    return map;
  }, [view, scheme]);

  // The actors of the edition: the only shapes a filter can colour. Depends on the edition, not
  // on the filters, so the rest of the map is not re-rendered by a toggle.
  const supporterIds = useMemo(() => new Set(edition?.actors.keys() ?? []), [edition]);

  // Every painted actor of the edition that has a shape, west to east. Their targets stay mounted
  // while the edition is shown and a filter change only hides or shows them, so a toggle never
  // creates an element or parses a path.
  const editionShapes = useMemo(() => {
    if (!edition) return [];
    const shapes = new Map<string, Shape>();
    for (const [id, actor] of edition.actors) {
      const shape = isPainted(actor.kind) ? geometry.shapesById.get(id) : undefined;
      if (shape) shapes.set(id, shape);
    }
    return focusOrder([...shapes.values()]).map((id) => shapes.get(id) as Shape);
  }, [geometry, edition]);

  // A matching supporter's name says what it did in the edition, whatever the filters select, so
  // the names are kept per edition and language instead of being rebuilt on every toggle.
  const labels = useMemo(() => {
    const names = (type: SupportTypeId) => (index ? typeLabel(index, type, lang) : type);
    const made = new Map<string, string>();
    return (id: string): string => {
      let label = made.get(id);
      const actor = edition?.actors.get(id);
      if (label === undefined && actor) made.set(id, (label = `${nameOf(id)}: ${describeActions(actor, names, t)}`));
      return label ?? '';
    };
  }, [index, edition, lang, nameOf, t]);

  const items = useMemo<SupporterItem[]>(
    () =>
      editionShapes.map((shape) => {
        const fill = fills.get(shape.id);
        const shown = fill !== undefined;
        return { id: shape.id, shape, fill: fill ?? '', shown, marker: needsMarker(shape, pixelsPerUnit * k), label: shown ? labels(shape.id) : '' };
      }),
    [editionShapes, fills, labels, pixelsPerUnit, k],
  );

  // Markers are laid out in screen pixels (so they never overlap whatever the zoom), then
  // drawn in viewBox units inside the zoomed group. Every supporter of the edition has its
  // place, shown or not: a filter change never moves a marker (nor costs a new layout, up to
  // half a millisecond for the Caribbean's cluster), it only shows or hides some.
  const markerShapes = useMemo(() => editionShapes.filter((shape) => needsMarker(shape, pixelsPerUnit * k)), [editionShapes, pixelsPerUnit, k]);
  const placedAll = useMemo<PlacedMarker[]>(
    () =>
      spreadMarkers(
        markerShapes.map((shape) => {
          const [x, y] = toScreenPoint(transform, shape.anchor, [vx, vy], pixelsPerUnit);
          return { id: shape.id, x, y };
        }),
        MARKER_GAP_PX,
      ),
    [markerShapes, transform, pixelsPerUnit, vx, vy],
  );
  const placed = useMemo(() => placedAll.filter((marker) => fills.has(marker.id)), [placedAll, fills]);
  const markerLayout = useMemo(() => {
    const layout = new Map<string, MarkerLayout>();
    const { k: scale, x: tx, y: ty } = transform;
    const toUnits = (sx: number, sy: number): [number, number] => [(sx / pixelsPerUnit + vx - tx) / scale, (sy / pixelsPerUnit + vy - ty) / scale];
    for (const marker of placedAll) layout.set(marker.id, { at: toUnits(marker.x, marker.y), hitRadiusPx: marker.hitRadius });
    return layout;
  }, [placedAll, transform, pixelsPerUnit, vx, vy]);

  useLayoutEffect(() => {
    layoutRef.current = { order: items.filter((item) => item.shown).map((item) => item.id), placed };
  }, [items, placed, layoutRef]);

  const taiwan = geometry.shapesById.get(SUBJECT_ID) ?? null;
  const taiwanMarker = taiwan && needsMarker(taiwan, pixelsPerUnit * k) ? taiwan : null;

  return (
    <>
      <CountryLayer shapes={geometry.shapes} supporterIds={supporterIds} fills={fills} selected={selected} />
      <SupporterLayer
        items={interactive ? items : items.filter((item) => item.marker)}
        activeId={activeId}
        pixelsPerUnit={pixelsPerUnit * k}
        taiwan={taiwanMarker}
        selected={selected}
        markers={markerLayout}
        handlers={handlers}
        interactive={interactive}
      />
    </>
  );
});
