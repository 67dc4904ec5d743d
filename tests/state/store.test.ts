// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { SUPPORT_TYPE_IDS, type SupportTypeId } from '../../src/data/schema.ts';
import { createAppStore } from '../../src/state/store.ts';
import { parseUrlState } from '../../src/state/urlCodec.ts';
import { DEFAULT_URL_STATE } from '../../src/state/urlParams.ts';

describe('createAppStore', () => {
  it('createAppStore() gives the default URL state, loading, attempt 0', () => {
    const { url, load, loadAttempt } = createAppStore().getState();
    expect({ url, load, loadAttempt }).toEqual({
      url: DEFAULT_URL_STATE,
      load: { status: 'loading' },
      loadAttempt: 0,
    });
  });

  it('createAppStore(parseUrlState(...).state) starts from the parsed view', () => {
    const view = parseUrlState('?view=table&country=PLW').state;
    expect(createAppStore(view).getState().url).toBe(view);
  });

  it('createAppStore() twice gives independent stores', () => {
    const a = createAppStore();
    const b = createAppStore();
    a.getState().openPanel('PLW');
    a.getState().toggleType('media');
    a.getState().retryLoad();
    expect(b.getState().url).toEqual(DEFAULT_URL_STATE);
    expect(b.getState().loadAttempt).toBe(0);
    expect(DEFAULT_URL_STATE.types).toEqual(SUPPORT_TYPE_IDS);
    expect(DEFAULT_URL_STATE.country).toBeNull();
  });
});

describe('store actions', () => {
  const toggleCases: { start: SupportTypeId[]; toggle: SupportTypeId; expected: SupportTypeId[] }[] = [
    { start: [...SUPPORT_TYPE_IDS], toggle: 'media', expected: SUPPORT_TYPE_IDS.filter((t) => t !== 'media') },
    { start: ['media'], toggle: 'executive', expected: ['executive', 'media'] },
    { start: ['executive', 'media'], toggle: 'legislature', expected: ['executive', 'legislature', 'media'] },
    { start: ['delegation'], toggle: 'delegation', expected: [] },
    { start: [], toggle: 'mission', expected: ['mission'] },
  ];
  for (const { start, toggle, expected } of toggleCases) {
    it(`toggleType('${toggle}') on [${start.join(',')}] gives [${expected.join(',')}] in canonical order`, () => {
      const store = createAppStore({ ...DEFAULT_URL_STATE, types: start });
      store.getState().toggleType(toggle);
      expect(store.getState().url.types).toEqual(expected);
    });
  }

  it("setTypes(['media', 'executive']) stores them in canonical order", () => {
    const store = createAppStore();
    store.getState().setTypes(['media', 'executive']);
    expect(store.getState().url.types).toEqual(['executive', 'media']);
  });

  it("setTypes([]) then toggleType('media') gives ['media']", () => {
    const store = createAppStore();
    store.getState().setTypes([]);
    expect(store.getState().url.types).toEqual([]);
    store.getState().toggleType('media');
    expect(store.getState().url.types).toEqual(['media']);
  });

  it('retryLoad() sets load to loading and bumps loadAttempt each time', () => {
    const store = createAppStore();
    store.getState().setLoad({ status: 'failed', index: null, geometry: null, failures: [] });
    store.getState().retryLoad();
    expect(store.getState().load).toEqual({ status: 'loading' });
    expect(store.getState().loadAttempt).toBe(1);
    store.getState().retryLoad();
    expect(store.getState().loadAttempt).toBe(2);
  });

  it('openPanel, setView, setEdition, setMatch and setLang change only their field of the URL state', () => {
    const store = createAppStore();
    const { openPanel, setView, setEdition, setMatch, setLang } = store.getState();
    openPanel('PLW');
    setView('table');
    setEdition(2019);
    setMatch('all');
    setLang('zh-TW');
    expect(store.getState().url).toEqual({
      ...DEFAULT_URL_STATE,
      country: 'PLW',
      view: 'table',
      edition: 2019,
      match: 'all',
      lang: 'zh-TW',
    });
  });

  it('closePanel() after openPanel(PLW) leaves no country open', () => {
    const store = createAppStore();
    store.getState().openPanel('PLW');
    store.getState().closePanel();
    expect(store.getState().url).toEqual(DEFAULT_URL_STATE);
  });
});
