// @vitest-environment node
/**
 * Contrast of the two themes, read from the custom properties in src/ui/styles.css, and of the
 * map's colour steps against the neutral land, with and without simulated colour-vision
 * deficiencies. axe (tests/e2e/a11y.e2e.ts) checks the text it can see on the page; this test
 * also checks colours axe cannot judge: the focus ring, the map, and states not on screen.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { levelColor, type ColorScheme } from '../../src/map/colorScale.ts';
import { CHANGE_COLORS } from '../../src/present/changes.ts';
import { contrastRatio, deltaE2000, deltaE2000Lab, simulate, toHex, type Deficiency } from './color.ts';

const CSS = readFileSync(new URL('../../src/ui/styles.css', import.meta.url), 'utf8');

/** The custom properties declared in the first rule whose selector is exactly `selector`. */
function customProperties(selector: string): Record<string, string> {
  const escaped = selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const body = new RegExp(`(?:^|[}\\s])${escaped}\\s*\\{([^}]*)\\}`, 'm').exec(CSS)?.[1];
  if (body === undefined) throw new Error(`styles.css has no rule for ${selector}`);
  return Object.fromEntries([...body.matchAll(/--([\w-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1] as string, (m[2] as string).trim()]));
}

const light = customProperties(':root');
const dark = customProperties(":root[data-theme='dark']");
const systemDark = customProperties(":root:not([data-theme='light'])");
const THEMES: [ColorScheme, Record<string, string>][] = [
  ['light', light],
  ['dark', { ...light, ...dark }],
];

/** The colour of a custom property, e.g. `color('light', 'text')` → "#1b1f24". */
const color = (theme: Record<string, string>, name: string): string => {
  const value = theme[name];
  if (value === undefined || !/^#[0-9a-f]{3,6}$/i.test(value)) throw new Error(`--${name} is not a hex colour: ${value}`);
  return value;
};

describe('the colour helpers', () => {
  it.each([
    ['#000000', '#ffffff', 21],
    ['#ffffff', '#ffffff', 1],
    ['#767676', '#ffffff', 4.54],
    ['#777', '#fff', 4.48],
  ])('contrastRatio(%s, %s) is %d', (a, b, expected) => {
    expect(contrastRatio(a, b)).toBeCloseTo(expected, 2);
  });

  // Test pairs 1, 7, 17 and 25 of Sharma, Wu & Dalal (2005), the CIEDE2000 reference data.
  it.each([
    [[50, 2.6772, -79.7751], [50, 0, -82.7485], 2.0425],
    [[50, 0, 0], [50, -1, 2], 2.3669],
    [[50, 2.5, 0], [73, 25, -18], 27.1492],
    [[60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387], 1.2644],
  ] as const)('deltaE2000Lab(%j, %j) is %d', (a, b, expected) => {
    expect(deltaE2000Lab(a, b)).toBeCloseTo(expected, 4);
  });

  it.each(['protanopia', 'deuteranopia', 'tritanopia'] as const)('simulate(grey, %s) keeps greys grey', (deficiency) => {
    expect(deltaE2000(toHex(simulate('#808080', deficiency)), '#808080')).toBeLessThan(1);
  });
});

describe('styles.css themes', () => {
  it('the system dark preference and theme=dark declare the same palette', () => {
    expect(systemDark).toEqual(dark);
  });

  // [foreground, background, minimum]: 4.5:1 for text (WCAG 1.4.3), 3:1 for the focus ring and
  // the boundaries of controls and map shapes (1.4.11).
  const PAIRS: [string, string, number][] = [
    ['text', 'bg', 4.5],
    ['text', 'surface', 4.5],
    ['text-muted', 'bg', 4.5],
    ['text-muted', 'surface', 4.5],
    ['accent-text', 'accent', 4.5],
    // Links and the table's name buttons are accent-coloured text; a hovered row is surface.
    ['accent', 'bg', 4.5],
    ['accent', 'surface', 4.5],
    ['tooltip-text', 'tooltip-bg', 4.5],
    ['focus', 'bg', 3],
    ['focus', 'surface', 3],
    // The focus ring of a country on the map is drawn over the sea and the land.
    ['focus', 'sea', 3],
    ['focus', 'land', 3],
    // The edge of a text field or a select is all that shows where it is.
    ['control-border', 'bg', 3],
    ['control-border', 'surface', 3],
    // Taiwan: the hatch's stripes against its ground, and its outline against the land.
    ['taiwan-stripe', 'taiwan-ground', 3],
    ['taiwan-stripe', 'land', 3],
    ['taiwan-stripe', 'sea', 3],
  ];

  describe.each(THEMES)('%s theme', (_name, theme) => {
    it.each(PAIRS)('--%s on --%s reaches %d:1', (fg, bg, minimum) => {
      expect(contrastRatio(color(theme, fg), color(theme, bg))).toBeGreaterThanOrEqual(minimum);
    });
  });
});

/**
 * The map. The rule adopted (WCAG 1.4.11, 3:1 for what is needed to see that a country
 * supports): every supporter is outlined in --support-stroke, which reaches 3:1 against the land
 * and the sea, so every level, even the weakest, has a 3:1 boundary; and the two strongest levels
 * also reach 3:1 against the land by their fill alone. Stronger support looks stronger in both
 * themes: each level's contrast against the land is higher than the level below it.
 */
describe('map colours', () => {
  const LEVELS = [1, 2, 3, 4];

  describe.each(THEMES)('%s theme', (scheme, theme) => {
    const land = color(theme, 'land');
    const fills = LEVELS.map((level) => levelColor(level, scheme) as string);

    it('--support-stroke reaches 3:1 against the land and the sea', () => {
      expect(contrastRatio(color(theme, 'support-stroke'), land)).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(color(theme, 'support-stroke'), color(theme, 'sea'))).toBeGreaterThanOrEqual(3);
    });

    it(`the two strongest levels reach 3:1 against --land by fill`, () => {
      for (const fill of fills.slice(-2)) expect(contrastRatio(fill, land), fill).toBeGreaterThanOrEqual(3);
    });

    it('contrast against --land rises with every level (stronger support looks stronger)', () => {
      const contrasts = fills.map((fill) => contrastRatio(fill, land));
      for (let i = 1; i < contrasts.length; i++) expect(contrasts[i], `level ${i + 1} vs ${i}`).toBeGreaterThan(contrasts[i - 1] as number);
    });

    // Neighbouring levels must stay apart for readers with a colour-vision deficiency. ΔE2000 ≈ 1
    // is a just-noticeable difference between large patches side by side; countries are small
    // and are matched against the legend from a distance, so we ask for 4.5, about four times
    // that. Simulations are Machado et al. (2009) at full severity (dichromacy), the worst case.
    const MIN_DELTA_E = 4.5;
    it(`neighbouring levels differ by ΔE2000 ≥ ${MIN_DELTA_E}, and every level from the land, in every vision`, () => {
      for (const vision of ['normal', 'protanopia', 'deuteranopia', 'tritanopia'] as const) {
        const seen = fills.map((fill) => (vision === 'normal' ? fill : toHex(simulate(fill, vision as Deficiency))));
        for (let i = 1; i < seen.length; i++) {
          const difference = deltaE2000(seen[i - 1] as string, seen[i] as string);
          expect(difference, `${vision}: ${fills[i - 1]} → ${fills[i]}`).toBeGreaterThanOrEqual(MIN_DELTA_E);
        }
        const seenLand = vision === 'normal' ? land : toHex(simulate(land, vision as Deficiency));
        for (const [i, fill] of seen.entries())
          expect(deltaE2000(fill, seenLand), `${vision}: ${fills[i]} vs land`).toBeGreaterThanOrEqual(MIN_DELTA_E);
      }
    });
  });

  it('styles.css outlines every supporter on the map in --support-stroke', () => {
    const strokeOf = (selector: string) => {
      const escaped = selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      return new RegExp(`(?:^|\\n)${escaped}\\s*\\{[^}]*stroke:\\s*var\\(--support-stroke\\)`).test(CSS);
    };
    // Outlines (the keyboard and pointer targets above every country), the countries themselves
    // (static embeds draw no outline targets), and the markers of small states.
    expect(strokeOf('.map__target:not(.map__marker)')).toBe(true);
    expect(strokeOf('.map__country--support')).toBe(true);
    expect(strokeOf('.map__marker')).toBe(true);
  });
});

/**
 * The change view's colours are categories: every pair must stay apart, and each from the land, in
 * every vision (each change is also named in the legend, the tooltip and the list).
 */
describe('change colours', () => {
  const MIN_DELTA_E = 4.5;
  describe.each(THEMES)('%s theme', (scheme, theme) => {
    const land = color(theme, 'land');
    const fills = Object.entries(CHANGE_COLORS[scheme]);
    it(`every two changes differ by ΔE2000 ≥ ${MIN_DELTA_E}, and each from the land, in every vision`, () => {
      for (const vision of ['normal', 'protanopia', 'deuteranopia', 'tritanopia'] as const) {
        const seen = (hex: string) => (vision === 'normal' ? hex : toHex(simulate(hex, vision as Deficiency)));
        for (const [i, [a, fa]] of fills.entries()) {
          expect(deltaE2000(seen(fa), seen(land)), `${vision}: ${a} vs land`).toBeGreaterThanOrEqual(MIN_DELTA_E);
          for (const [b, fb] of fills.slice(i + 1))
            expect(deltaE2000(seen(fa), seen(fb)), `${vision}: ${a} vs ${b}`).toBeGreaterThanOrEqual(MIN_DELTA_E);
        }
      }
    });
  });
});
