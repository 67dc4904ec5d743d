// @vitest-environment node
/**
 * Any single byte of the shipped dataset changed to any other value: the release checks either
 * refuse the file with a location (a byte offset, a JSON position, or a place in the data), or the
 * data they accept differs from the shipped data in one value at most: a string, or the number of
 * one of the ministry's figures (media articles, video views), which nothing else in the file
 * states. Never its shape, its references, an edition, a session or a claim's count. What one byte
 * can do unseen is change one word, or one digit of a date, inside a string: that is for the audit
 * against the sources, not for a validator.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkRelease } from '../../src/data/checkRelease.ts';
import { decodeUtf8 } from '../../src/data/decodeUtf8.ts';
import { topologyIds } from '../../src/data/topology.ts';

const bytes = readFileSync(resolve(process.cwd(), 'data/dataset.json'));
const corrections = readFileSync(resolve(process.cwd(), 'data/corrections.json'), 'utf8');
const ids = topologyIds(JSON.parse(readFileSync(resolve(process.cwd(), 'data/world.topo.json'), 'utf8')));
const shipped = JSON.parse(bytes.toString('utf8')) as unknown;

/** The values that differ between two JSON values, with their paths; a difference of shape counts as one at its place. */
function differences(a: unknown, b: unknown, at = ''): { at: string; a: unknown; b: unknown }[] {
  if (typeof a !== typeof b || Array.isArray(a) !== Array.isArray(b) || (a === null) !== (b === null)) return [{ at, a, b }];
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return [{ at, a: a.length, b: b.length }];
    return a.flatMap((item, i) => differences(item, b[i], `${at}[${i}]`));
  }
  if (a && typeof a === 'object' && b && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].flatMap((key) => differences((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${at}.${key}`));
  }
  return Object.is(a, b) ? [] : [{ at, a, b }];
}

describe('one byte of data/dataset.json changed', () => {
  it('is refused with a location, or changes one string value (or one figure) at most', () => {
    const check = (offset: number, value: number) => {
        if (bytes[offset] === value) return;
        const damaged = Buffer.from(bytes);
        damaged[offset] = value;
        const decoded = decodeUtf8(damaged);
        if (!decoded.ok) {
          expect(decoded.offset).toBeGreaterThanOrEqual(0);
          return;
        }
        const result = checkRelease({ dataset: decoded.text, corrections }, { topologyIds: ids });
        if (!result.dataset) {
          expect(result.issues.length).toBeGreaterThan(0);
          for (const issue of result.issues) expect(issue.location).not.toBe('');
          return;
        }
        const changed = differences(shipped, JSON.parse(decoded.text));
        expect(changed.length, JSON.stringify(changed)).toBeLessThanOrEqual(1);
        for (const change of changed) {
          const figure = /^\.editions\[\d+\]\.figures\[\d+\]\.quantity\.value$/.test(change.at);
          expect(typeof change.a === 'string' && typeof change.b === 'string' || figure, JSON.stringify(change)).toBe(true);
        }
      };
    // Any byte anywhere, and (rarer at random, so drawn apart) any digit of a number in the file.
    const digits = [...bytes.toString('latin1').matchAll(/(?<=[:[,]\s*-?\d*)\d/g)].map((match) => match.index);
    fc.assert(fc.property(fc.nat({ max: bytes.length - 1 }), fc.integer({ min: 0, max: 255 }), check), { numRuns: 2000 });
    fc.assert(fc.property(fc.constantFrom(...digits), fc.integer({ min: 0x30, max: 0x39 }), check), { numRuns: 2000 });
  }, 120_000);
});
