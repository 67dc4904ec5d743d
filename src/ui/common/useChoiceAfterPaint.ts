/**
 * For a choice that redraws most of the page (another body, another year): the control shows the
 * choice in the frame that answers the reader's input, and the choice is applied in a task after
 * that frame is out. A tap on a slow phone then shows its answer at once instead of after the
 * whole redraw. A second choice before the first is applied replaces it.
 */
import { useEffect, useRef, useState } from 'react';
import { afterNextPaint } from '../../state/urlSync.ts';

/** `chosen`: the choice on its way (null when none is); `choose`: shows it now, applies it after the paint. */
export function useChoiceAfterPaint<T>(apply: (choice: T) => void): { chosen: T | null; choose: (choice: T) => void } {
  const [chosen, setChosen] = useState<T | null>(null);
  const cancel = useRef<(() => void) | null>(null);
  useEffect(() => () => cancel.current?.(), []);
  const choose = (choice: T) => {
    cancel.current?.();
    setChosen(choice);
    cancel.current = afterNextPaint(window)(() => {
      cancel.current = null;
      apply(choice);
      setChosen(null);
    }, 'replace');
  };
  return { chosen, choose };
}
