/**
 * d3-zoom on the map's SVG: the one module that imports d3-zoom and d3-selection, fetched after
 * the map is drawn (useZoom.ts). d3 interprets the gestures and computes the transform; the
 * transform goes to React, which renders it.
 *
 * So that the page always scrolls: the plain wheel scrolls the page; Ctrl/⌘ + wheel (and a
 * trackpad's pinch, which browsers send as one) zooms, in small steps. A single finger pans the
 * map only when it is zoomed in; two fingers always pinch-zoom.
 */
import { zoom, zoomIdentity, type ZoomTransform } from 'd3-zoom';
import { select } from 'd3-selection';
import { MAX_ZOOM, type MapTransform } from '../../map/transform.ts';

/**
 * The zoom per wheel event, as a power of 2. d3-zoom's default multiplies Ctrl+wheel by ten, so
 * one notch of a mouse wheel (deltaY 100) zoomed 4×; without that factor a notch is about 1.15×,
 * and a trackpad's pinch (many small deltas) stays smooth.
 */
function wheelDelta(event: WheelEvent): number {
  return -event.deltaY * (event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002);
}

export interface ZoomControls {
  scaleBy(k: number): void;
  to(t: MapTransform): void;
  detach(): void;
}

export function attachZoom(
  svg: SVGSVGElement,
  [vx, vy, vw, vh]: readonly [number, number, number, number],
  onZoom: (t: MapTransform) => void,
): ZoomControls {
  const extent: [[number, number], [number, number]] = [
    [vx, vy],
    [vx + vw, vy + vh],
  ];
  const behaviour = zoom<SVGSVGElement, unknown>()
    .scaleExtent([1, MAX_ZOOM])
    .extent(extent)
    .translateExtent(extent)
    .filter((event: Event) => {
      if (event.type === 'wheel') {
        const wheel = event as WheelEvent;
        return wheel.ctrlKey || wheel.metaKey;
      }
      if (event.type.startsWith('touch')) {
        const touches = (event as TouchEvent).touches;
        return touches.length > 1 || (svg as unknown as { __zoom?: ZoomTransform }).__zoom?.k !== 1;
      }
      return !(event as MouseEvent).button;
    })
    .wheelDelta(wheelDelta)
    .on('zoom', (event: { transform: ZoomTransform }) => {
      const { k, x, y } = event.transform;
      onZoom({ k, x, y });
    });
  const selection = select(svg).call(behaviour).on('dblclick.zoom', null);
  return {
    scaleBy: (k) => behaviour.scaleBy(selection, k),
    to: ({ k, x, y }) => behaviour.transform(selection, zoomIdentity.translate(x, y).scale(k)),
    detach: () => void selection.on('.zoom', null),
  };
}
