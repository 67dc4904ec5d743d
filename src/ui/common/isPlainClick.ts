/** A primary click without a modifier: the app handles it in place; any other opens the link as the browser does (a new tab, a download). */
import type { MouseEvent } from 'react';

export const isPlainClick = (event: MouseEvent) =>
  event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
