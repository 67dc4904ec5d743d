/** The edition's controls, one chunk (see lazyTimeline.ts). */
export { EditionPicker } from './EditionPicker.tsx';
export { Timeline } from './Timeline.tsx';
