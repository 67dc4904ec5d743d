import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PLAY_STEP_MS, Timeline } from '../../../src/ui/edition/Timeline.tsx';
import { loadDataset, REAL_DATASET, realDatasetProblem, renderWithStore } from '../../support/renderWithStore.tsx';

const problem = realDatasetProblem();
const render = (search = '?lang=en') => renderWithStore(<Timeline />, { search, dataset: loadDataset(REAL_DATASET) });
const group = () => screen.getByRole('radiogroup', { name: 'General Assembly' });
const stops = () => within(group()).getAllByRole('radio');
const checked = () => stops().find((stop) => stop.getAttribute('aria-checked') === 'true');

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe.skipIf(problem !== null)('Timeline (data/dataset.json)', () => {
  it('one stop per Assembly year, oldest first, and one tab stop: the year shown', () => {
    render('?edition=2023&lang=en');
    const labels = stops().map((stop) => stop.getAttribute('aria-label'));
    expect(labels.map((label) => label?.slice(0, 4))).toEqual([
      '2016',
      '2017',
      '2018',
      '2019',
      '2020',
      '2021',
      '2022',
      '2023',
      '2024',
      '2025',
    ]);
    expect(stops().filter((stop) => stop.tabIndex === 0)).toEqual([checked()]);
    expect(checked()?.getAttribute('aria-label')).toMatch(/^2023/);
  });

  it('2017 and 2020 are named for what they are, not as years of data', () => {
    render();
    expect(stops()[1]?.getAttribute('aria-label')).toMatch(/^2017.*no list of supporters found$/);
    expect(stops()[4]?.getAttribute('aria-label')).toMatch(/^2020.*no General Assembly/i);
    expect(stops()[1]?.className).toContain('timeline__stop--no-list');
    expect(stops()[4]?.className).toContain('timeline__stop--no-assembly');
  });

  it('arrows, Home and End move the mark and the focus at once, and the year after the paint (a history entry each)', () => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'setTimeout', 'clearTimeout'] });
    const { store } = render('?edition=2019&lang=en');
    const afterPaint = () => act(() => vi.advanceTimersByTime(50));
    checked()!.focus();
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    expect(checked()?.getAttribute('aria-label')).toMatch(/^2020/);
    expect(document.activeElement).toBe(checked());
    expect(store.getState().url.edition).toBe(2019);
    afterPaint();
    expect(store.getState().url.edition).toBe(2020);
    expect(store.getState().urlHistory).toBe('rules');
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowLeft' });
    afterPaint();
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowLeft' });
    afterPaint();
    expect(store.getState().url.edition).toBe(2018);
    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    afterPaint();
    expect(store.getState().url.edition).toBe(2025);
    fireEvent.keyDown(document.activeElement!, { key: 'Home' });
    afterPaint();
    expect(store.getState().url.edition).toBe(2016);
    expect(document.activeElement).toBe(checked());
  });

  it('moves made faster than a frame show only the last year', () => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'setTimeout', 'clearTimeout'] });
    const { store } = render('?edition=2019&lang=en');
    const shown: (number | null)[] = [];
    store.subscribe((state) => shown.push(state.url.edition));
    checked()!.focus();
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowLeft' });
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowLeft' });
    expect(checked()?.getAttribute('aria-label')).toMatch(/^2017/);
    act(() => vi.advanceTimersByTime(50));
    expect(store.getState().url.edition).toBe(2017);
    expect(shown).toEqual([2017]);
  });

  it('a click on a stop shows that year', async () => {
    const { store } = render();
    await userEvent.click(stops()[3]!);
    expect(checked()).toBe(stops()[3]);
    await waitFor(() => expect(store.getState().url.edition).toBe(2019));
  });

  it('Play steps through the years with a list, replacing the history entry, and stops at the last', () => {
    vi.useFakeTimers();
    const { store } = render('?edition=2021&lang=en');
    fireEvent.click(screen.getByRole('button', { name: 'Play through the years' }));
    act(() => vi.advanceTimersByTime(PLAY_STEP_MS));
    expect(store.getState().url.edition).toBe(2022);
    expect(store.getState().urlHistory).toBe('replace');
    for (let i = 0; i < 5; i++) act(() => vi.advanceTimersByTime(PLAY_STEP_MS));
    expect(store.getState().url.edition).toBe(2025);
    expect(screen.getByRole('button', { name: 'Play through the years' }).getAttribute('aria-pressed')).toBe('false');
  });

  it('no Play for readers who ask for reduced motion', () => {
    vi.stubGlobal('matchMedia', (query: string) => ({
      matches: query.includes('reduce'),
      addEventListener() {},
      removeEventListener() {},
    }));
    render();
    expect(screen.queryByRole('button', { name: 'Play through the years' })).toBeNull();
  });
});
