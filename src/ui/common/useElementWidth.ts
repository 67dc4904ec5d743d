import { useLayoutEffect, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';

/**
 * The content width of an element in CSS pixels, kept current with a ResizeObserver; null until
 * the first measurement of it shown. That first report comes with the first layout, before the first paint;
 * measuring in the effect instead would force that layout inside the render's task.
 *
 * The observer starts in a layout effect, before the browser paints the commit that mounted the
 * element, so that the first paint already has the map: a passive effect would report a frame later.
 */
export function useElementWidth(ref: RefObject<Element | null>): number | null {
  const [width, setWidth] = useState<number | null>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    if (typeof ResizeObserver === 'undefined') {
      setWidth(element.getBoundingClientRect().width);
      return;
    }
    // Rendered at once (flushSync), so that the first frame already shows the map at its width.
    // A hidden element measures 0: its last width is kept until it is shown again.
    const observer = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (entry && entry.contentRect.width > 0) flushSync(() => setWidth(entry.contentRect.width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
