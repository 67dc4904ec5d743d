/**
 * The supporters that match the filters, drawn above the map: a marker for each one too small
 * to see or hit, and an outline for the others. These are the map's keyboard stops (roving
 * tabindex: only the active one is in the tab order) and carry each country's accessible name.
 *
 * Layers, bottom to top: the markers' invisible hit areas (so that a click inside a neighbour's
 * outline still reaches the neighbour), the outlines, leader lines from pushed-apart markers to
 * their places, and the marker dots.
 */
import type { KeyboardEvent } from 'react';
import type { Shape } from '../map/geometry.ts';

export interface SupporterItem {
  id: string;
  shape: Shape;
  marker: boolean;
  fill: string;
  label: string;
}

export interface MarkerLayout {
  /** Where the marker is drawn, in viewBox units (may be pushed away from the anchor). */
  at: readonly [number, number];
  hitRadiusPx: number;
}

export interface SupporterLayerProps {
  items: readonly SupporterItem[];
  activeId: string | null;
  /** Screen pixels per viewBox unit at the current zoom: markers keep a constant screen size. */
  pixelsPerUnit: number;
  taiwan: Shape | null;
  /** The actor whose panel is open: its marker or outline is drawn emphasised. */
  selected: string | null;
  markers: ReadonlyMap<string, MarkerLayout>;
  onKeyDown(event: KeyboardEvent<SVGElement>, id: string): void;
  onFocus(id: string): void;
  onBlur(): void;
  register(id: string, element: SVGElement | null): void;
  /** False in static embeds: the markers are drawn, but nothing on the map is a control. */
  interactive?: boolean;
}

const MARKER_RADIUS_PX = 5;
/** Leader lines are drawn only for markers pushed further than this from their place. */
const LEADER_MIN_PX = 3;

export function SupporterLayer(props: SupporterLayerProps) {
  const { items, activeId, pixelsPerUnit, taiwan, selected, markers, onKeyDown, onFocus, onBlur, register, interactive = true } = props;
  const unit = 1 / pixelsPerUnit;
  // The last focused supporter stays the tab stop while it is on the map; once a filter removes
  // it, the first one takes over, so the map never drops out of the tab order.
  const tabStop = activeId !== null && items.some((item) => item.id === activeId) ? activeId : (items[0]?.id ?? null);
  const markerItems = items.filter((item) => item.marker && markers.has(item.id));
  const targetProps = (item: SupporterItem) =>
    interactive
      ? {
          'data-id': item.id,
          role: 'button',
          'aria-label': item.label,
          tabIndex: item.id === tabStop ? 0 : -1,
          ref: (element: SVGElement | null) => register(item.id, element),
          onKeyDown: (event: KeyboardEvent<SVGElement>) => onKeyDown(event, item.id),
          onFocus: () => onFocus(item.id),
          onBlur,
        }
      : { 'data-id': item.id };
  const emphasis = (id: string) => (id === selected ? ' map__target--selected' : '');

  return (
    <g className="map__supporters">
      <g className="map__hits">
        {markerItems.map((item) => {
          const layout = markers.get(item.id) as MarkerLayout;
          return <circle key={item.id} className="map__hit" data-id={item.id} cx={layout.at[0]} cy={layout.at[1]} r={layout.hitRadiusPx * unit} />;
        })}
      </g>
      {items
        .filter((item) => !item.marker)
        .map((item) => (
          <path key={item.id} className={`map__target${emphasis(item.id)}`} d={item.shape.d} {...targetProps(item)} />
        ))}
      <g className="map__leaders">
        {markerItems.map((item) => {
          const [x, y] = (markers.get(item.id) as MarkerLayout).at;
          const [ax, ay] = item.shape.anchor;
          if (Math.hypot(x - ax, y - ay) * pixelsPerUnit < LEADER_MIN_PX) return null;
          return <line key={item.id} className="map__leader" x1={ax} y1={ay} x2={x} y2={y} />;
        })}
      </g>
      {taiwan && (
        <circle
          className="map__marker map__marker--taiwan"
          data-id={taiwan.id}
          cx={taiwan.anchor[0]}
          cy={taiwan.anchor[1]}
          r={MARKER_RADIUS_PX * unit}
          fill="url(#taiwan-hatch)"
        />
      )}
      {items.map((item) => {
        const layout = item.marker ? markers.get(item.id) : undefined;
        if (!layout) return null;
        return (
          <circle
            key={item.id}
            className={`map__marker map__target map__target--marker${emphasis(item.id)}`}
            cx={layout.at[0]}
            cy={layout.at[1]}
            r={MARKER_RADIUS_PX * unit}
            fill={item.fill}
            {...targetProps(item)}
          />
        );
      })}
    </g>
  );
}
