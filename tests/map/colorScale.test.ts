// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { SUPPORT_TYPE_IDS } from '../../src/data/schema.ts';
import { levelOf, possibleLevels, SUPPORT_LEVELS } from '../../src/filters/supportLevels.ts';
import { LEVEL_COLORS, levelColor } from '../../src/map/colorScale.ts';

describe('support levels', () => {
  it.each([
    [['media'], 1],
    [['mission', 'media'], 1],
    [['legislators', 'media'], 2],
    [['legislature', 'legislators'], 3],
    [['executive'], 4],
    [['delegation', 'media'], 4],
    [[], 0],
  ] as const)('levelOf(%j) is %i', (types, level) => {
    expect(levelOf(types)).toBe(level);
  });

  it('every support type belongs to exactly one level', () => {
    const assigned = SUPPORT_LEVELS.flatMap((level) => level.types);
    expect([...assigned].sort()).toEqual([...SUPPORT_TYPE_IDS].sort());
  });

  it("possibleLevels(['legislature', 'media']) lists only the levels those types reach, strongest first", () => {
    expect(possibleLevels(['legislature', 'media']).map((level) => level.id)).toEqual(['legislature', 'mission-media']);
  });
});

describe('colorScale', () => {
  it.each(['light', 'dark'] as const)('LEVEL_COLORS.%s has one distinct colour per support level', (scheme) => {
    expect(new Set(LEVEL_COLORS[scheme]).size).toBe(SUPPORT_LEVELS.length);
  });

  it.each(['light', 'dark'] as const)('levelColor(0, %s) is null: no support is the neutral land', (scheme) => {
    expect(levelColor(0, scheme)).toBeNull();
  });

  it.each(['light', 'dark'] as const)('levelColor(5, %s) throws: the scale cannot tell a fifth level apart', (scheme) => {
    expect(() => levelColor(5, scheme)).toThrow(RangeError);
  });

  it('levelColor(4) is the strongest colour, levelColor(1) the weakest', () => {
    expect(levelColor(4, 'light')).toBe(LEVEL_COLORS.light[3]);
    expect(levelColor(1, 'dark')).toBe(LEVEL_COLORS.dark[0]);
  });
});
