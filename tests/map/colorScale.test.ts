// @vitest-environment node
import { schemeBlues } from 'd3-scale-chromatic';
import { describe, expect, it } from 'vitest';
import { SUPPORT_TYPE_IDS } from '../../src/data/schema.ts';
import { BLUES_9, fillFor, stepColors } from '../../src/map/colorScale.ts';

describe('colorScale', () => {
  it('BLUES_9 is d3-scale-chromatic schemeBlues[9], unchanged', () => {
    expect([...BLUES_9]).toEqual(schemeBlues[9]);
  });

  it.each([
    [1, 'light', ['#08519c']],
    [2, 'light', ['#2171b5', '#08306b']],
    [3, 'light', ['#6baed6', '#2171b5', '#08306b']],
    [6, 'light', ['#9ecae1', '#6baed6', '#4292c6', '#2171b5', '#08519c', '#08306b']],
    [6, 'dark', ['#2171b5', '#4292c6', '#6baed6', '#9ecae1', '#c6dbef', '#deebf7']],
  ] as const)('stepColors(%i, %s) gives %j', (steps, scheme, expected) => {
    expect(stepColors(steps, scheme)).toEqual(expected);
  });

  it.each([1, 2, 3, 4, 5, 6])('stepColors(%i) gives distinct colours, lightest first on light land', (steps) => {
    const colors = stepColors(steps);
    expect(new Set(colors).size).toBe(steps);
    const order = colors.map((c) => BLUES_9.indexOf(c as (typeof BLUES_9)[number]));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it.each(['light', 'dark'] as const)('stepColors(7, %s) throws: the scale cannot tell a seventh step apart', (scheme) => {
    expect(() => stepColors(7, scheme)).toThrow(RangeError);
  });

  it('stepColors(SUPPORT_TYPE_IDS.length) works: every support type has a colour step', () => {
    expect(new Set(stepColors(SUPPORT_TYPE_IDS.length)).size).toBe(SUPPORT_TYPE_IDS.length);
  });

  it('fillFor(0) is null (neutral) and fillFor(level) picks the step', () => {
    const colors = stepColors(3);
    expect(fillFor(0, colors)).toBeNull();
    expect(fillFor(2, colors)).toBe(colors[1]);
    expect(fillFor(9, colors)).toBe(colors[2]);
  });
});
