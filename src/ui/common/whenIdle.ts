/**
 * Runs `work` once the browser is idle, or after `timeoutMs` at the latest; browsers without
 * requestIdleCallback (Safari) wait a fixed 200 ms instead. For work the page will want soon but
 * that must not compete with drawing it: code for a gesture not yet made, data for a click not
 * yet clicked.
 */
export function whenIdle(work: () => void, timeoutMs = 1000): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => work(), { timeout: timeoutMs });
  else setTimeout(work, 200);
}
