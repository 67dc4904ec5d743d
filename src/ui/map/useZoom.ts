/**
 * Zoom and pan. This is the one module that imports d3-zoom and d3-selection: d3 interprets the
 * gestures and computes the transform, React renders it (the transform lives in React state).
 * They are loaded when the browser is idle after the first render, so the map draws without them.
 *
 * So that the page always scrolls: the plain wheel scrolls the page; Ctrl/⌘ + wheel (and a
 * trackpad's pinch, which browsers send as one) zooms, in small steps. A single finger pans the
 * map only when it is zoomed in; two fingers always pinch-zoom.
 */
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { ZoomBehavior, ZoomTransform } from 'd3-zoom';
import { IDENTITY, MAX_ZOOM, type MapTransform } from '../../map/transform.ts';
import { whenIdle } from '../common/whenIdle.ts';

const BUTTON_STEP = 2;

/**
 * The zoom per wheel event, as a power of 2. d3-zoom's default multiplies Ctrl+wheel by ten, so
 * one notch of a mouse wheel (deltaY 100) zoomed 4×; without that factor a notch is about 1.15×,
 * and a trackpad's pinch (many small deltas) stays smooth.
 */
function wheelDelta(event: WheelEvent): number {
  return -event.deltaY * (event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002);
}

export interface ZoomApi {
  transform: MapTransform;
  zoomIn(): void;
  zoomOut(): void;
  reset(): void;
  /** Zooms so that a box (in viewBox units) fills most of the map. */
  zoomToBox(x0: number, y0: number, x1: number, y1: number): void;
  /** Centres a point (in viewBox units) at scale k, unless the map is already zoomed further. */
  centerOn(point: readonly [number, number], k: number): void;
  /** Goes to a transform (one the map had before, for instance). */
  goTo(t: MapTransform): void;
}

type Controls = {
  behaviour: ZoomBehavior<SVGSVGElement, unknown>;
  scaleBy(k: number): void;
  to(t: MapTransform): void;
};

export function useZoom(
  svgRef: RefObject<SVGSVGElement | null>,
  viewBox: readonly [number, number, number, number],
  enabled = true,
): ZoomApi {
  const [transform, setTransform] = useState<MapTransform>(IDENTITY);
  const controls = useRef<Controls | null>(null);
  // d3-zoom arrives after the first render; a zoom asked for before then (a link that opens a
  // microstate) waits here and is applied as soon as it is loaded.
  const pending = useRef<MapTransform | null>(null);
  const [vx, vy, vw, vh] = viewBox;

  useEffect(() => {
    const svg = svgRef.current;
    if (!svg || !enabled) return;
    let cancelled = false;
    let detach = () => {};
    // Fetched once the browser is idle after the map is drawn (at most a second later): the
    // first view does not wait for, or download before, the code of a gesture not yet made.
    const start = () => Promise.all([import('d3-zoom'), import('d3-selection')]);
    const loaded = new Promise<Awaited<ReturnType<typeof start>>>((resolve) => whenIdle(() => void start().then(resolve)));
    void loaded.then(([{ zoom, zoomIdentity }, { select }]) => {
      if (cancelled) return;
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
          setTransform({ k, x, y });
        });
      const selection = select(svg).call(behaviour).on('dblclick.zoom', null);
      controls.current = {
        behaviour,
        scaleBy: (k) => behaviour.scaleBy(selection, k),
        to: ({ k, x, y }) => behaviour.transform(selection, zoomIdentity.translate(x, y).scale(k)),
      };
      if (pending.current) controls.current.to(pending.current);
      pending.current = null;
      detach = () => {
        selection.on('.zoom', null);
      };
    });
    return () => {
      cancelled = true;
      controls.current = null;
      detach();
    };
  }, [svgRef, enabled, vx, vy, vw, vh]);

  const goTo = useCallback((t: MapTransform) => {
    if (controls.current) controls.current.to(t);
    else pending.current = t;
  }, []);
  const zoomIn = useCallback(() => controls.current?.scaleBy(BUTTON_STEP), []);
  const zoomOut = useCallback(() => controls.current?.scaleBy(1 / BUTTON_STEP), []);
  const reset = useCallback(() => controls.current?.to(IDENTITY), []);
  const zoomToBox = useCallback(
    (x0: number, y0: number, x1: number, y1: number) => {
      // Leave a margin around the box, and never zoom past the limit for a microstate.
      const k = Math.max(1, Math.min(MAX_ZOOM, 0.6 / Math.max((x1 - x0) / vw, (y1 - y0) / vh)));
      const cx = (x0 + x1) / 2;
      const cy = (y0 + y1) / 2;
      goTo({ k, x: vx + vw / 2 - cx * k, y: vy + vh / 2 - cy * k });
    },
    [vx, vy, vw, vh, goTo],
  );

  const transformRef = useRef(transform);
  transformRef.current = transform;
  const centerOn = useCallback(
    ([px, py]: readonly [number, number], k: number) => {
      const scale = Math.max(k, transformRef.current.k);
      goTo({ k: scale, x: vx + vw / 2 - px * scale, y: vy + vh / 2 - py * scale });
    },
    [vx, vy, vw, vh, goTo],
  );

  return { transform, zoomIn, zoomOut, reset, zoomToBox, centerOn, goTo };
}
