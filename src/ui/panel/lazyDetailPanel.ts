/**
 * The detail panel's code, a chunk of its own: fetched when a panel first opens, or before, in
 * idle time once the map is drawn. Both layouts (the full page, the embed) use this one.
 */
import { preloadable } from '../common/preloadable.ts';

export const detailPanel = preloadable(() => import('./DetailPanel.tsx').then((m) => m.DetailPanel));
