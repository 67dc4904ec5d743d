/**
 * Zoom and pan. This is the one module that imports d3-zoom and d3-selection: d3 interprets the
 * gestures and computes the transform, React renders it (the transform lives in React state).
 *
 * So that the page still scrolls: the wheel zooms only with Ctrl/⌘ or once the map has focus,
 * and a single finger pans the map only when it is zoomed in; two fingers always pinch-zoom.
 */
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';

export const MAX_ZOOM = 12;
const BUTTON_STEP = 2;

export interface ZoomApi {
  transform: ZoomTransform;
  zoomIn(): void;
  zoomOut(): void;
  reset(): void;
  /** Zooms so that a box (in viewBox units) fills most of the map. */
  zoomToBox(x0: number, y0: number, x1: number, y1: number): void;
}

export function useZoom(
  svgRef: RefObject<SVGSVGElement | null>,
  viewBox: readonly [number, number, number, number],
  enabled = true,
): ZoomApi {
  const [transform, setTransform] = useState<ZoomTransform>(zoomIdentity);
  const behaviourRef = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);
  const [vx, vy, vw, vh] = viewBox;

  useEffect(() => {
    const svg = svgRef.current;
    if (!svg || !enabled) return;
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
          return wheel.ctrlKey || wheel.metaKey || svg.contains(document.activeElement);
        }
        if (event.type.startsWith('touch')) {
          const touches = (event as TouchEvent).touches;
          return touches.length > 1 || (svg as unknown as { __zoom?: ZoomTransform }).__zoom?.k !== 1;
        }
        return !(event as MouseEvent).button;
      })
      .on('zoom', (event: { transform: ZoomTransform }) => setTransform(event.transform));
    const selection = select(svg).call(behaviour).on('dblclick.zoom', null);
    behaviourRef.current = behaviour;
    return () => {
      selection.on('.zoom', null);
      behaviourRef.current = null;
    };
  }, [svgRef, enabled, vx, vy, vw, vh]);

  const apply = useCallback(
    (action: (behaviour: ZoomBehavior<SVGSVGElement, unknown>, svg: SVGSVGElement) => void) => {
      const behaviour = behaviourRef.current;
      const svg = svgRef.current;
      if (behaviour && svg) action(behaviour, svg);
    },
    [svgRef],
  );

  const zoomIn = useCallback(() => apply((b, svg) => b.scaleBy(select(svg), BUTTON_STEP)), [apply]);
  const zoomOut = useCallback(() => apply((b, svg) => b.scaleBy(select(svg), 1 / BUTTON_STEP)), [apply]);
  const reset = useCallback(() => apply((b, svg) => b.transform(select(svg), zoomIdentity)), [apply]);
  const zoomToBox = useCallback(
    (x0: number, y0: number, x1: number, y1: number) =>
      apply((b, svg) => {
        // Leave a margin around the box, and never zoom past the limit for a microstate.
        const k = Math.min(MAX_ZOOM, 0.6 / Math.max((x1 - x0) / vw, (y1 - y0) / vh));
        const cx = (x0 + x1) / 2;
        const cy = (y0 + y1) / 2;
        b.transform(select(svg), zoomIdentity.translate(vx + vw / 2, vy + vh / 2).scale(Math.max(1, k)).translate(-cx, -cy));
      }),
    [apply, vx, vy, vw, vh],
  );

  return { transform, zoomIn, zoomOut, reset, zoomToBox };
}
