/**
 * The supporters that match the filters, drawn above the map: a marker for each one too small
 * to see or hit, and an outline for the others. These are the map's keyboard stops (roving
 * tabindex: only the active one is in the tab order) and carry each country's accessible name.
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

export interface SupporterLayerProps {
  items: readonly SupporterItem[];
  activeId: string | null;
  /** Screen pixels per viewBox unit at the current zoom: markers keep a constant screen size. */
  pixelsPerUnit: number;
  taiwan: Shape | null;
  /** The actor whose panel is open: its marker or outline is drawn emphasised. */
  selected: string | null;
  onKeyDown(event: KeyboardEvent<SVGElement>, id: string): void;
  onFocus(id: string): void;
  onBlur(): void;
  register(id: string, element: SVGElement | null): void;
}

const MARKER_RADIUS_PX = 5;
/** Invisible hit circle: 24 px across, the WCAG 2.2 minimum target size. */
const HIT_RADIUS_PX = 12;

export function SupporterLayer({ items, activeId, pixelsPerUnit, taiwan, selected, onKeyDown, onFocus, onBlur, register }: SupporterLayerProps) {
  const unit = 1 / pixelsPerUnit;
  const tabStop = activeId ?? items[0]?.id ?? null;
  return (
    <g className="map__supporters">
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
        const common = {
          'data-id': item.id,
          role: 'button',
          'aria-label': item.label,
          tabIndex: item.id === tabStop ? 0 : -1,
          ref: (element: SVGElement | null) => register(item.id, element),
          onKeyDown: (event: KeyboardEvent<SVGElement>) => onKeyDown(event, item.id),
          onFocus: () => onFocus(item.id),
          onBlur,
        };
        const emphasis = item.id === selected ? ' map__target--selected' : '';
        if (!item.marker) return <path key={item.id} className={`map__target${emphasis}`} d={item.shape.d} {...common} />;
        const [cx, cy] = item.shape.anchor;
        return (
          <g key={item.id} className={`map__target map__target--marker${emphasis}`} {...common}>
            <circle className="map__hit" cx={cx} cy={cy} r={HIT_RADIUS_PX * unit} />
            <circle className="map__marker" cx={cx} cy={cy} r={MARKER_RADIUS_PX * unit} fill={item.fill} />
          </g>
        );
      })}
    </g>
  );
}
