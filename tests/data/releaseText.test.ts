// @vitest-environment node
/**
 * The release's checks on raw text: what a reader would see garbled, ids a link cannot carry, and
 * one root cause reported once (not followed by a line per reference to the item it broke).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRelease } from '../../src/data/checkRelease.ts';
import { formatIssue } from '../../src/data/dataIssue.ts';

const read = (name: string) => readFileSync(resolve(process.cwd(), 'data', name), 'utf8');
const shipped = () => JSON.parse(read('dataset.json')) as Record<string, any>;
const lines = (dataset: unknown) =>
  checkRelease({ dataset: JSON.stringify(dataset), corrections: read('corrections.json') }).issues.map(formatIssue);

describe('checkRelease: text and ids', () => {
  it('the shipped data has no such problem', () => {
    expect(lines(shipped())).toEqual([]);
  });

  it.each([
    ['a control character', '\u0007', 'holds a control character (U+0007)'],
    ['a line feed', 'a\nb', 'holds a control character (U+000A)'],
    ['a C1 control character', '\u0085', 'holds a control character (U+0085)'],
    ['a lone high surrogate', 'United St\ud83dtes', 'holds half of a character (a lone surrogate)'],
    ['a lone low surrogate', '\ude00', 'holds half of a character (a lone surrogate)'],
  ])('refuses a summary with %s, at its place', (_name, text, message) => {
    const data = shipped();
    data.actions[3].summary.en = text;
    expect(lines(data)).toEqual([`actions[3].summary.en: ${message}`]);
  });

  it('accepts characters outside the basic plane (a whole surrogate pair)', () => {
    const data = shipped();
    data.actions[3].summary.en = 'Thanks 🙏 from Taiwan.';
    expect(lines(data)).toEqual([]);
  });

  it('refuses an actor id longer than a link can carry', () => {
    const data = shipped();
    const org = data.actors.findIndex((actor: { kind: string }) => actor.kind === 'organisation');
    const id = data.actors[org].id as string;
    const long = 'a'.repeat(65);
    data.actors[org].id = long;
    for (const action of data.actions) if (action.actor === id) action.actor = long;
    for (const action of data.actions) if (action.via === id) action.via = long;
    expect(lines(data)).toContain(`actors[${org}].id: is 65 characters; a link carries at most 64`);
  });

  it('one http: link is one line, not a line for every action that cites its source', () => {
    const data = shipped();
    const cited = new Map<string, number>();
    for (const action of data.actions) for (const id of action.sources) cited.set(id, (cited.get(id) ?? 0) + 1);
    const [busiest] = [...cited].sort((a, b) => b[1] - a[1])[0]!;
    const at = data.sources.findIndex((source: { id: string }) => source.id === busiest);
    data.sources[at].url = data.sources[at].url.replace('https:', 'http:');
    expect(cited.get(busiest)).toBeGreaterThan(3);
    expect(lines(data)).toEqual([`sources[${at}].url: must be an https URL`]);
  });
});
