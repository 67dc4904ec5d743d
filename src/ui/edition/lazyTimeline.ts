/**
 * The timeline, and the select that takes its place if the timeline cannot be drawn: one chunk,
 * fetched once the map is drawn (one dynamic import: each costs the first view its loader code).
 */
import { preloadable } from '../common/preloadable.ts';

const loadEditionControls = () => import('./editionControls.ts');
export const Timeline = preloadable(() => loadEditionControls().then((m) => m.Timeline)).Component;
export const EditionPicker = preloadable(() => loadEditionControls().then((m) => m.EditionPicker)).Component;
