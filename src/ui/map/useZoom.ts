/**
 * Zoom and pan: d3 interprets the gestures and computes the transform (attachZoom.ts, the one
 * module that imports d3-zoom and d3-selection), React renders it (the transform lives in React
 * state). The d3 part is loaded when the browser is idle after the first render, so the map draws
 * without it.
 */
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { IDENTITY, type MapTransform } from '../../map/transform.ts';
import type { ZoomControls } from './attachZoom.ts';
import { whenIdle } from '../common/whenIdle.ts';

const BUTTON_STEP = 2;

export interface ZoomApi {
  transform: MapTransform;
  zoomIn(): void;
  zoomOut(): void;
  reset(): void;
  /** Centres a point (in viewBox units) at scale k, unless the map is already zoomed further. */
  centerOn(point: readonly [number, number], k: number): void;
  /** Goes to a transform (one the map had before, for instance). */
  goTo(t: MapTransform): void;
}

export function useZoom(
  svgRef: RefObject<SVGSVGElement | null>,
  viewBox: readonly [number, number, number, number],
  enabled = true,
): ZoomApi {
  const [transform, setTransform] = useState<MapTransform>(IDENTITY);
  const controls = useRef<ZoomControls | null>(null);
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
    const loaded = new Promise<typeof import('./attachZoom.ts')>((resolve) => whenIdle(() => void import('./attachZoom.ts').then(resolve)));
    void loaded.then(({ attachZoom }) => {
      if (cancelled) return;
      const attached = attachZoom(svg, [vx, vy, vw, vh], setTransform);
      controls.current = attached;
      if (pending.current) attached.to(pending.current);
      pending.current = null;
      detach = attached.detach;
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
  const transformRef = useRef(transform);
  transformRef.current = transform;
  const centerOn = useCallback(
    ([px, py]: readonly [number, number], k: number) => {
      const scale = Math.max(k, transformRef.current.k);
      goTo({ k: scale, x: vx + vw / 2 - px * scale, y: vy + vh / 2 - py * scale });
    },
    [vx, vy, vw, vh, goTo],
  );

  return { transform, zoomIn, zoomOut, reset, centerOn, goTo };
}
