/**
 * Colours of the choropleth: one per support level (filters/supportLevels.ts), weakest first. A
 * single hue, pale to deep, with saturation rising with the level, reads the same under the
 * common colour-vision deficiencies. Stronger support looks stronger in both themes: its contrast
 * against the neutral land rises with the level (on light land it is darker, on dark land lighter),
 * which tests/a11y/contrast.test.ts checks, with simulated colour-vision deficiencies.
 */

export type ColorScheme = 'light' | 'dark';

/** Index 0 is level 1 (mission or media), index 3 level 4 (government or delegation). */
export const LEVEL_COLORS: Readonly<Record<ColorScheme, readonly string[]>> = {
  light: ['#a6cee3', '#5b9bd0', '#2166ac', '#103872'],
  dark: ['#2d5a86', '#2f81c8', '#5fb0f0', '#a8dcff'],
};

/**
 * The fill of a level, or null for 0 (no matching support: the neutral land colour, from CSS).
 * Throws for a level the scale has no colour for: a fifth level needs a new scale, not a repeated
 * colour.
 */
export function levelColor(level: number, scheme: ColorScheme = 'light'): string | null {
  if (level <= 0) return null;
  const colors = LEVEL_COLORS[scheme];
  const color = colors[level - 1];
  if (color === undefined) throw new RangeError(`levelColor: level ${level}, but the scale tells only ${colors.length} apart`);
  return color;
}
