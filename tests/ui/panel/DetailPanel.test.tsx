import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/data/schema.ts';
import { DetailPanel } from '../../../src/ui/panel/DetailPanel.tsx';
import { loadDataset, REAL_DATASET, realDatasetProblem, renderWithStore } from '../../support/renderWithStore.tsx';

/** The minimal fixture plus a 2023 edition in which the United States also acted. */
const withUsaIn2023 = (d: Dataset) => {
  d.editions.push({
    year: 2023,
    session: 91,
    city: { en: 'Vienna', 'zh-TW': '維也納' },
    hostCountry: 'AUT',
    startDate: '2023-11-28',
    endDate: '2023-11-30',
    listStatus: 'listed',
  });
  d.actions.push({
    id: '2023-usa-executive',
    actor: 'USA',
    edition: 2023,
    type: 'executive',
    summary: { en: 'Statement of 2023.' },
    date: '2023-11',
    sources: ['release'],
    evidence: 'stated',
  });
};

const section = (name: string) => screen.getByRole('region', { name });

describe('DetailPanel', () => {
  it('DetailPanel with country=USA lists the legislature action with its source link', () => {
    renderWithStore(<DetailPanel />, { search: '?country=USA&lang=en' });
    const dialog = screen.getByRole('dialog', { name: 'United States' });
    expect(dialog).toHaveProperty('open', true);
    const legislature = within(dialog).getByRole('region', { name: 'Legislature' });
    expect(within(legislature).getByText('Resolution.')).toBeTruthy();
    expect(within(legislature).getByText('Names INTERPOL')).toBeTruthy();
    const link = within(legislature).getByRole('link', { name: /News: Report, November 2024\s+\(opens in a new tab\)/ });
    expect(link.getAttribute('href')).toBe('https://example.org/news');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('DetailPanel with country=USA shows the inferred action: no date, the reason, the organisation it went through, both sources', () => {
    renderWithStore(<DetailPanel />, { search: '?country=USA&lang=en' });
    const government = section('Government');
    expect(within(government).getByText('Joined the communiqué.')).toBeTruthy();
    expect(within(government).getByText('Date not given')).toBeTruthy();
    expect(within(government).getByText('Inferred: Adopted jointly.')).toBeTruthy();
    expect(within(government).getByText('Through G7')).toBeTruthy();
    const hrefs = within(government)
      .getAllByRole('link')
      .map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(['https://example.org/release', 'https://example.org/news']);
  });

  it('DetailPanel with country=USA labels the country group as reported without names, with its count', () => {
    renderWithStore(<DetailPanel />, { search: '?country=USA&lang=en' });
    const groups = section('Also reported, without names');
    expect(within(groups).getByText('16 state legislatures.')).toBeTruthy();
    expect(within(groups).getByText('Number reported: 16')).toBeTruthy();
    expect(
      within(groups)
        .getByRole('link', { name: /^News: Report/ })
        .getAttribute('target'),
    ).toBe('_blank');
  });

  it.each([
    ['g7', 'G7', 'Organisation', '14 June 2024', 'Stated by the source'],
    ['BLZ', 'Belize', 'Country', 'November 2024', 'Stated by the source'],
  ])('DetailPanel with country=%s shows %s, its kind %s and the date %s', (id, name, kind, date, evidence) => {
    renderWithStore(<DetailPanel />, { search: `?country=${id}&lang=en` });
    const dialog = screen.getByRole('dialog', { name });
    expect(within(dialog).getByText(kind)).toBeTruthy();
    expect(within(dialog).getByText(date).getAttribute('datetime')).toMatch(/^2024-/);
    expect(within(dialog).getByText(evidence)).toBeTruthy();
  });

  it('DetailPanel with country=USA&lang=zh-TW names and labels in Chinese and marks the English fallback lang="en"', () => {
    renderWithStore(<DetailPanel />, { search: '?country=USA&lang=zh-TW' });
    const dialog = screen.getByRole('dialog', { name: '美國' });
    expect(within(dialog).getByRole('region', { name: '議會' })).toBeTruthy();
    expect(within(dialog).getByText('國家')).toBeTruthy();
    expect(within(dialog).getByText('Resolution.').closest('[lang]')?.getAttribute('lang')).toBe('en');
    expect(within(dialog).getByText('Adopted jointly.').getAttribute('lang')).toBe('en');
    expect(within(dialog).getByText('推論：', { exact: false })).toBeTruthy();
  });

  it('DetailPanel with country=GBR (a shape without support) says no support was recorded for 2024', () => {
    renderWithStore(<DetailPanel />, { search: '?country=GBR&lang=en' });
    const dialog = screen.getByRole('dialog', { name: 'United Kingdom' });
    expect(within(dialog).getByText('No support recorded for 2024.')).toBeTruthy();
    // Its row across the Assemblies: not named in the fixture's one edition, and no button to press.
    const row = within(dialog).getByRole('region', { name: 'Across the Assemblies' });
    expect(within(row).getByText('2024: not named')).toBeTruthy();
    expect(within(row).queryAllByRole('button')).toEqual([]);
  });

  it.each(['ZZZ', 'nowhere'])('DetailPanel with country=%s (resolves to nothing) renders nothing', (id) => {
    const { container } = renderWithStore(<DetailPanel />, { search: `?country=${id}` });
    expect(container.innerHTML).toBe('');
  });

  it('DetailPanel close button sets country to null and returns focus to the element that opened it', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(
      <>
        <button type="button">Opener</button>
        <DetailPanel />
      </>,
      { search: '?lang=en' },
    );
    const opener = screen.getByRole('button', { name: 'Opener' });
    opener.focus();
    act(() => store.getState().openPanel('USA'));
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'United States' }));
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(store.getState().url.country).toBeNull();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it('DetailPanel on the dialog "cancel" event (Escape) sets country to null', () => {
    const { store } = renderWithStore(<DetailPanel />, { search: '?country=USA' });
    const cancel = new Event('cancel', { cancelable: true });
    fireEvent(screen.getByRole('dialog'), cancel);
    expect(cancel.defaultPrevented).toBe(true);
    expect(store.getState().url.country).toBeNull();
  });

  it('DetailPanel click on the backdrop closes it; a click inside, or a drag from the text to the backdrop, does not', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<DetailPanel />, { search: '?country=USA&lang=en' });
    const dialog = screen.getByRole('dialog');
    await user.click(screen.getByText('Resolution.'));
    expect(store.getState().url.country).toBe('USA');
    await user.pointer([{ keys: '[MouseLeft>]', target: screen.getByText('Resolution.') }, { target: dialog }, { keys: '[/MouseLeft]' }]);
    expect(store.getState().url.country).toBe('USA');
    await user.click(dialog);
    expect(store.getState().url.country).toBeNull();
  });

  it('DetailPanel history button 2023 switches view.edition to 2023 and keeps the panel open', async () => {
    const user = userEvent.setup();
    const dataset = loadDataset(undefined, withUsaIn2023);
    const { store } = renderWithStore(<DetailPanel />, { search: '?country=USA&lang=en', dataset });
    const history = section('Across the Assemblies');
    // The year shown is marked, not a button; the other year with support is one, named with what was done.
    expect(within(history).queryByRole('button', { name: /^2024/ })).toBeNull();
    await user.click(within(history).getByRole('button', { name: /^2023: / }));
    expect(store.getState().url.edition).toBe(2023);
    expect(store.getState().url.country).toBe('USA');
    const dialog = screen.getByRole('dialog', { name: 'United States' });
    expect(within(dialog).getByText('Statement of 2023.')).toBeTruthy();
    expect(within(section('Across the Assemblies')).getByRole('button', { name: /^2024: / })).toBeTruthy();
    expect(within(section('Across the Assemblies')).queryByRole('button', { name: /^2023/ })).toBeNull();
    expect(document.activeElement).toBe(within(dialog).getByRole('heading', { name: 'United States' }));
  });

  const problem = realDatasetProblem();
  it.skipIf(problem !== null)(
    `DetailPanel with data/dataset.json opens every supporter of the latest edition with https links in new tabs${problem ? ` (skipped: ${problem})` : ''}`,
    () => {
      const dataset = loadDataset(REAL_DATASET);
      const listed = dataset.editions.filter((e) => e.listStatus === 'listed').map((e) => e.year);
      const latest = Math.max(...listed);
      const ids = [...new Set(dataset.actions.filter((a) => a.edition === latest).map((a) => a.actor))];
      expect(ids.length).toBeGreaterThan(0);
      for (const id of ids) {
        const { unmount } = renderWithStore(<DetailPanel />, { search: `?country=${id}&lang=en`, dataset });
        const links = within(screen.getByRole('dialog')).getAllByRole('link');
        expect(links.length).toBeGreaterThan(0);
        for (const link of links) {
          expect(link.getAttribute('href')).toMatch(/^https:\/\//);
          expect(link.getAttribute('target')).toBe('_blank');
          expect(link.getAttribute('rel')).toBe('noopener noreferrer');
        }
        unmount();
      }
    },
  );
});

describe('DetailPanel of the subject and of described sources', () => {
  it('DetailPanel with country=TWN says Taiwan is the subject of the map, not that it has no support', () => {
    renderWithStore(<DetailPanel />, { search: '?country=TWN&lang=en' });
    const dialog = screen.getByRole('dialog');
    expect(dialog.textContent).toMatch(/Taiwan is the subject of this map/);
    expect(dialog.textContent).not.toMatch(/No support recorded/);
  });

  it('a source known only by a description shows it in brackets, not as a cited title', () => {
    const described = (d: Dataset) => {
      const release = d.sources.find((s) => s.id === 'release');
      if (!release) throw new Error('the fixture has no "release" source');
      delete release.title;
      release.description = { en: 'press release on the General Assembly' };
    };
    renderWithStore(<DetailPanel />, { search: '?country=USA&lang=en', dataset: loadDataset(undefined, described) });
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).getAllByText('[press release on the General Assembly]').length).toBeGreaterThan(0);
    expect([...dialog.querySelectorAll('cite')].map((c) => c.textContent)).not.toContain('press release on the General Assembly');
  });
});
