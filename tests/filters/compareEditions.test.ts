// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHANGES, compareSupporters, countChanges, relationsEndedBetween, type Change } from '../../src/filters/compareEditions.ts';

const ids = fc.uniqueArray(fc.constantFrom('AAA', 'BBB', 'CCC', 'DDD', 'EEE', 'FFF', 'GGG', 'HHH'), { maxLength: 8 });
const set = (list: readonly string[]) => new Set(list);
const withChange = (changes: Map<string, Change>, ...kinds: Change[]) =>
  [...changes]
    .filter(([, change]) => kinds.includes(change))
    .map(([id]) => id)
    .sort();

describe('compareSupporters', () => {
  it('an edition against itself has no change: every supporter is "again"', () => {
    fc.assert(
      fc.property(ids, ids, (shown, before) => {
        const changes = compareSupporters({ shown: set(shown), against: set(shown), beforeShown: set(before), endedBetween: new Set() });
        expect([...changes.values()].every((change) => change === 'again')).toBe(true);
        expect(changes.size).toBe(shown.length);
      }),
    );
  });

  it('A against B mirrors B against A: new or first there is not reported here, and again and ended are the same', () => {
    fc.assert(
      fc.property(ids, ids, ids, ids, ids, (a, b, beforeA, beforeB, ended) => {
        const ab = compareSupporters({ shown: set(a), against: set(b), beforeShown: set(beforeA), endedBetween: set(ended) });
        const ba = compareSupporters({ shown: set(b), against: set(a), beforeShown: set(beforeB), endedBetween: set(ended) });
        expect(withChange(ab, 'new', 'first-time')).toEqual(withChange(ba, 'not-reported'));
        expect(withChange(ab, 'not-reported')).toEqual(withChange(ba, 'new', 'first-time'));
        expect(withChange(ab, 'again')).toEqual(withChange(ba, 'again'));
        expect(withChange(ab, 'relations-ended')).toEqual(withChange(ba, 'relations-ended'));
      }),
    );
  });

  it('every supporter of either edition, and every country that ended relations, has exactly one change', () => {
    fc.assert(
      fc.property(ids, ids, ids, ids, (a, b, before, ended) => {
        const changes = compareSupporters({ shown: set(a), against: set(b), beforeShown: set(before), endedBetween: set(ended) });
        expect([...changes.keys()].sort()).toEqual([...set([...a, ...b, ...ended])].sort());
        const counts = countChanges(changes);
        expect(CHANGES.reduce((sum, change) => sum + counts[change], 0)).toBe(changes.size);
      }),
    );
  });

  it('"first time ever" only for a supporter shown now and in no edition before; "new" when it had supported before', () => {
    const changes = compareSupporters({
      shown: set(['AAA', 'BBB', 'CCC']),
      against: set(['CCC', 'DDD']),
      beforeShown: set(['BBB', 'DDD']),
      endedBetween: set(['EEE']),
    });
    expect(Object.fromEntries(changes)).toEqual({
      AAA: 'first-time',
      BBB: 'new',
      CCC: 'again',
      DDD: 'not-reported',
      EEE: 'relations-ended',
    });
  });
});

describe('relationsEndedBetween', () => {
  const ended = new Map([
    ['SLB', '2019-09-16'],
    ['KIR', '2019-09'],
    ['NRU', '2024-01-15'],
    ['HND', '2023-03-26'],
  ]);

  it('takes what ended after the earlier Assembly opened and by the later one, in either order', () => {
    expect([...relationsEndedBetween(ended, '2023-11-28', '2024-11-04')]).toEqual(['NRU']);
    expect([...relationsEndedBetween(ended, '2024-11-04', '2023-11-28')]).toEqual(['NRU']);
    expect([...relationsEndedBetween(ended, '2018-11-18', '2019-10-15')].sort()).toEqual(['KIR', 'SLB']);
  });

  it('an Assembly against itself: nothing ended between', () => {
    expect(relationsEndedBetween(ended, '2019-10-15', '2019-10-15').size).toBe(0);
  });
});
