/**
 * The supporters that match the filters, drawn above the map: a marker for each one too small
 * to see or hit, and an outline for the others. These are the map's keyboard stops (roving
 * tabindex: only the active one is in the tab order) and carry each country's accessible name.
 * Every supporter of the edition has its elements, carrying the types it showed; the stylesheet
 * hides those the selected types leave out (`display: none`, so no role and no name either), so
 * that a filter change neither creates nor re-renders an element. In the change view `shown`
 * says which are drawn.
 *
 * Layers, bottom to top: the markers' invisible hit areas (so that a click inside a neighbour's
 * outline still reaches the neighbour), the outlines, leader lines from pushed-apart markers to
 * their places, and the marker dots.
 *
 * A filter change re-renders this layer, but each outline, marker, hit area and leader is a memo
 * component with plain-value props and stable handlers: only the ones whose colour, name, place
 * or tab stop changed touch the DOM (a toggle must fit in a couple of milliseconds).
 */
import { memo, useCallback, type KeyboardEvent } from 'react';
import type { Shape } from '../../map/geometry.ts';
import type { MarkerLayout } from '../../map/supporterLayout.ts';

export interface SupporterItem {
  id: string;
  shape: Shape;
  /** False when it is not drawn (change view): its elements stay, hidden. */
  shown: boolean;
  marker: boolean;
  /** Its colour as an attribute (change view); '' when the stylesheet colours it. */
  fill: string;
  /** Its types, for the selection's stylesheet (present/selectionStyle.ts); '' in the change view. */
  classes: string;
  /** Its accessible name when shown. */
  label: string;
}

/** What a target does when used; one object for the map's lifetime, so memo holds. */
export interface TargetHandlers {
  onKeyDown(event: KeyboardEvent<SVGElement>, id: string): void;
  onFocus(id: string): void;
  onBlur(): void;
  register(id: string, element: SVGElement | null): void;
}

export interface SupporterLayerProps {
  items: readonly SupporterItem[];
  /** The supporters the filters show (null: every shown item), for the tab stop; may trail a toggle. */
  matchingIds: ReadonlySet<string> | null;
  activeId: string | null;
  /** Screen pixels per viewBox unit at the current zoom: markers keep a constant screen size. */
  pixelsPerUnit: number;
  taiwan: Shape | null;
  /** The actor whose panel is open: its marker or outline is drawn emphasised. */
  selected: string | null;
  markers: ReadonlyMap<string, MarkerLayout>;
  handlers: TargetHandlers;
  /** False in static embeds: the markers are drawn, but nothing on the map is a control. */
  interactive?: boolean;
}

const MARKER_RADIUS_PX = 5;
/** Leader lines are drawn only for markers pushed further than this from their place. */
const LEADER_MIN_PX = 3;

export const SupporterLayer = memo(function SupporterLayer(props: SupporterLayerProps) {
  const { items, matchingIds, activeId, pixelsPerUnit, taiwan, selected, markers, handlers, interactive = true } = props;
  const unit = 1 / pixelsPerUnit;
  // The last focused supporter stays the tab stop while it is on the map; once a filter removes
  // it, the first one takes over, so the map never drops out of the tab order.
  const stop = (item: SupporterItem) => item.shown && (matchingIds === null || matchingIds.has(item.id));
  const tabStop = activeId !== null && items.some((item) => stop(item) && item.id === activeId) ? activeId : (items.find(stop)?.id ?? null);
  // Every marker has its place, shown or hidden (map/supporterLayout.ts).
  const placed = items.flatMap((item) => {
    const layout = item.marker ? markers.get(item.id) : undefined;
    return layout ? [{ item, layout, shown: item.shown }] : [];
  });
  const target = (item: SupporterItem, shown = item.shown) => ({
    id: item.id,
    shown,
    classes: item.classes,
    label: item.label,
    tabStop: item.id === tabStop,
    selected: item.id === selected,
    interactive,
    handlers,
  });

  return (
    <g className="map__supporters">
      <g className="map__hits">
        {placed.map(({ item, layout, shown }) => (
          <HitArea
            key={item.id}
            id={item.id}
            shown={shown}
            classes={item.classes}
            x={layout.at[0]}
            y={layout.at[1]}
            r={layout.hitRadiusPx * unit}
          />
        ))}
      </g>
      {items.map((item) => (item.marker ? null : <Outline key={item.id} d={item.shape.d} {...target(item)} />))}
      <g className="map__leaders">
        {placed.map(({ item, layout, shown }) => {
          if (!shown) return null;
          const [x, y] = layout.at;
          const [ax, ay] = item.shape.anchor;
          if (Math.hypot(x - ax, y - ay) * pixelsPerUnit < LEADER_MIN_PX) return null;
          return <Leader key={item.id} classes={item.classes} x1={ax} y1={ay} x2={x} y2={y} />;
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
      {placed.map(({ item, layout, shown }) => (
        <Marker key={item.id} x={layout.at[0]} y={layout.at[1]} r={MARKER_RADIUS_PX * unit} fill={item.fill} {...target(item, shown)} />
      ))}
    </g>
  );
});

interface TargetProps {
  id: string;
  shown: boolean;
  classes: string;
  label: string;
  tabStop: boolean;
  selected: boolean;
  interactive: boolean;
  handlers: TargetHandlers;
}

/** The attributes that make a shape a keyboard stop with a name, or only a shape in static embeds. */
function useTargetAttributes({ id, shown, label, tabStop, interactive, handlers }: TargetProps) {
  const ref = useCallback((element: SVGElement | null) => handlers.register(id, element), [handlers, id]);
  if (!shown) return { display: 'none' };
  if (!interactive) return { 'data-id': id };
  return {
    'data-id': id,
    role: 'button',
    'aria-label': label,
    tabIndex: tabStop ? 0 : -1,
    ref,
    onKeyDown: (event: KeyboardEvent<SVGElement>) => handlers.onKeyDown(event, id),
    onFocus: () => handlers.onFocus(id),
    onBlur: handlers.onBlur,
  };
}

const targetClass = (base: string, { classes, selected }: Pick<TargetProps, 'classes' | 'selected'>) =>
  `${base}${classes ? ` ${classes}` : ''}${selected ? ' map__target--selected' : ''}`;

const Outline = memo(function Outline(props: TargetProps & { d: string }) {
  return <path className={targetClass('map__target', props)} d={props.d} {...useTargetAttributes(props)} />;
});

const Marker = memo(function Marker(props: TargetProps & { x: number; y: number; r: number; fill: string }) {
  return (
    <circle
      className={targetClass('map__marker map__target map__target--marker', props)}
      cx={props.x}
      cy={props.y}
      r={props.r}
      fill={props.fill || undefined}
      {...useTargetAttributes(props)}
    />
  );
});

interface HitAreaProps {
  id: string;
  shown: boolean;
  classes: string;
  x: number;
  y: number;
  r: number;
}

const HitArea = memo(function HitArea({ id, shown, classes, x, y, r }: HitAreaProps) {
  return shown ? (
    <circle className={classes ? `map__hit ${classes}` : 'map__hit'} data-id={id} cx={x} cy={y} r={r} />
  ) : (
    <circle className="map__hit" display="none" cx={x} cy={y} r={0} />
  );
});

const Leader = memo(function Leader({ classes, x1, y1, x2, y2 }: { classes: string; x1: number; y1: number; x2: number; y2: number }) {
  return <line className={classes ? `map__leader ${classes}` : 'map__leader'} x1={x1} y1={y1} x2={x2} y2={y2} />;
});
