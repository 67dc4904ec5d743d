/**
 * Colours of the choropleth. The step is how many of the selected support types a country
 * shows, so the scale has as many steps as there are selected types. One hue, light to dark
 * (d3's Blues), reads the same under the common colour-vision deficiencies; the lightest step
 * starts well above white so that it stands out from the neutral land.
 */
import { interpolateBlues } from 'd3-scale-chromatic';

/** Range of the Blues ramp used: below 0.4 the fill is too close to the neutral land colour. */
const LIGHTEST = 0.4;
const DARKEST = 0.95;

/** Fill colours for steps 1..steps (index 0 is step 1). */
export function stepColors(steps: number): string[] {
  if (steps <= 0) return [];
  if (steps === 1) return [interpolateBlues((LIGHTEST + DARKEST) / 2 + 0.1)];
  return Array.from({ length: steps }, (_, i) => interpolateBlues(LIGHTEST + ((DARKEST - LIGHTEST) * i) / (steps - 1)));
}

/** The fill for a level (0 = no matching support → null, the neutral land colour from CSS). */
export function fillFor(level: number, colors: readonly string[]): string | null {
  if (level <= 0) return null;
  return colors[Math.min(level, colors.length) - 1] ?? null;
}
