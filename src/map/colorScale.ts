/**
 * Colours of the choropleth. The step is how many of the selected support types a country
 * shows, so the scale has as many steps as there are selected types (1 to 6).
 *
 * One hue, light to dark, reads the same under the common colour-vision deficiencies. The hues
 * are ColorBrewer's "Blues" (Cynthia Brewer, colorbrewer2.org) exactly as d3-scale-chromatic
 * ships them in schemeBlues[9]; a test checks this copy against d3-scale-chromatic. The copy
 * exists because importing d3-scale-chromatic 3.1 pulls 12 KB gzip of every scheme and of
 * d3-scale into the first download, for nine hex strings.
 */

export const BLUES_9 = ['#f7fbff', '#deebf7', '#c6dbef', '#9ecae1', '#6baed6', '#4292c6', '#2171b5', '#08519c', '#08306b'] as const;

export type ColorScheme = 'light' | 'dark';

/**
 * Six fills from fewest to most types. On light land, more is darker; on dark land, more is
 * lighter. The faintest Blues are left out on light land and the darkest on dark land: they
 * would vanish into the neutral land colour.
 */
const RAMPS: Record<ColorScheme, readonly string[]> = {
  light: BLUES_9.slice(3),
  dark: BLUES_9.slice(1, 7).reverse(),
};

/** Fill colours for steps 1..steps (index 0 is step 1), spread over the ramp. */
export function stepColors(steps: number, scheme: ColorScheme = 'light'): string[] {
  const ramp = RAMPS[scheme];
  const last = ramp.length - 1;
  if (steps <= 0) return [];
  // More steps than hues would give two steps one colour: a seventh support type needs a new scale.
  if (steps > ramp.length) throw new RangeError(`stepColors: ${steps} steps, but the scale tells only ${ramp.length} apart`);
  // A single step takes a strong but not the strongest colour; more steps keep two ramp
  // positions apart while they fit, so neighbouring steps stay easy to tell apart.
  if (steps === 1) return [ramp[last - 1] as string];
  const start = Math.max(0, last - 2 * (steps - 1));
  return Array.from({ length: steps }, (_, i) => ramp[Math.round(start + ((last - start) * i) / (steps - 1))] as string);
}

/** The fill for a level (0 = no matching support → null, the neutral land colour from CSS). */
export function fillFor(level: number, colors: readonly string[]): string | null {
  if (level <= 0) return null;
  return colors[Math.min(level, colors.length) - 1] ?? null;
}
