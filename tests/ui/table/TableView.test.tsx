import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { filterEdition } from '../../../src/filters/filterEdition.ts';
import { createDatasetIndex, resolveEditionYear } from '../../../src/filters/datasetIndex.ts';
import { TableView } from '../../../src/ui/table/TableView.tsx';
import { loadDataset, REAL_DATASET, realDatasetProblem, renderWithStore } from '../../support/renderWithStore.tsx';

const rowNames = () => screen.getAllByRole('rowheader').map((cell) => cell.textContent);
const cellsOf = (name: string) =>
  within(screen.getByRole('rowheader', { name }).closest('tr') as HTMLElement)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);

describe('TableView', () => {
  it('TableView with the minimal fixture sorts by selected types (desc) then name, marked on the Support types header', () => {
    renderWithStore(<TableView />, { search: '?lang=en' });
    expect(rowNames()).toEqual(['United States', 'Belize', 'G7']);
    expect(screen.getByRole('columnheader', { name: 'Support types' }).getAttribute('aria-sort')).toBe('descending');
    expect(screen.getByRole('columnheader', { name: 'Name' }).hasAttribute('aria-sort')).toBe(false);
    expect(screen.getByRole('table').querySelector('caption')?.textContent).toMatch(/^Supporters in 2024 matching the filters/);
  });

  it('TableView row of USA shows kind, type labels, 2 actions and 2 distinct sources (actions and group)', () => {
    renderWithStore(<TableView />, { search: '?lang=en' });
    expect(cellsOf('United States')).toEqual(['Country', 'Government, Legislature', '2', '2']);
    expect(cellsOf('G7')).toEqual(['Organisation', 'Government', '1', '1']);
  });

  it('TableView with lang=zh-TW joins type labels with 、 and names rows in Chinese', () => {
    renderWithStore(<TableView />, { search: '?lang=zh-TW' });
    expect(cellsOf('美國')).toEqual(['國家', '政府、議會', '2', '2']);
  });

  it('TableView Name header: first click sorts A→Z (aria-sort ascending), second click Z→A', async () => {
    const user = userEvent.setup();
    renderWithStore(<TableView />, { search: '?lang=en' });
    const nameButton = screen.getByRole('button', { name: 'Name' });
    await user.click(nameButton);
    expect(rowNames()).toEqual(['Belize', 'G7', 'United States']);
    expect(screen.getByRole('columnheader', { name: 'Name' }).getAttribute('aria-sort')).toBe('ascending');
    expect(screen.getByRole('columnheader', { name: 'Support types' }).hasAttribute('aria-sort')).toBe(false);
    await user.click(nameButton);
    expect(rowNames()).toEqual(['United States', 'G7', 'Belize']);
    expect(screen.getByRole('columnheader', { name: 'Name' }).getAttribute('aria-sort')).toBe('descending');
  });

  it('TableView Kind header sorts organisations after countries (A→Z by kind label, then name)', async () => {
    const user = userEvent.setup();
    renderWithStore(<TableView />, { search: '?lang=en' });
    await user.click(screen.getByRole('button', { name: 'Kind' }));
    expect(rowNames()).toEqual(['Belize', 'United States', 'G7']);
  });

  it('TableView follows the filters: types=legislature keeps only the United States; no type shows the empty state', () => {
    const { store } = renderWithStore(<TableView />, { search: '?lang=en' });
    act(() => store.getState().setTypes(['legislature']));
    expect(rowNames()).toEqual(['United States']);
    expect(screen.getByRole('table').querySelector('caption')?.textContent).toContain('Legislature');
    act(() => store.getState().setTypes(['executive', 'delegation']));
    expect(rowNames()).toEqual(['Belize', 'G7', 'United States']);
    act(() => store.getState().setTypes([]));
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByText('No supporter matches these filters.')).toBeTruthy();
  });

  it('TableView with match=all&types=executive,legislature lists only actors showing both', () => {
    renderWithStore(<TableView />, { search: '?lang=en&match=all&types=executive,legislature' });
    expect(rowNames()).toEqual(['United States']);
  });

  it('TableView name button opens the detail panel (selectActor), and so does a click elsewhere on the row', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<TableView />, { search: '?lang=en' });
    await user.click(screen.getByRole('button', { name: 'Belize' }));
    expect(store.getState().url.country).toBe('BLZ');
    await user.click(screen.getByRole('cell', { name: 'Organisation' }));
    expect(store.getState().url.country).toBe('g7');
  });

  it('TableView container is the skip-link target: id="support-table", focusable by script only', () => {
    renderWithStore(<TableView />);
    const container = screen.getByRole('table').closest('#support-table');
    expect(container?.getAttribute('tabindex')).toBe('-1');
  });

  const problem = realDatasetProblem();
  it.skipIf(problem !== null)(
    `TableView with data/dataset.json lists every supporter of the latest listed edition by name${problem ? ` (skipped: ${problem})` : ''}`,
    () => {
      const dataset = loadDataset(REAL_DATASET);
      const index = createDatasetIndex(dataset);
      const year = resolveEditionYear(index, null) as number;
      const expected = filterEdition(
        index,
        year,
        dataset.supportTypes.map((t) => t.id),
        'any',
      ).matching;
      renderWithStore(<TableView />, { search: '?lang=en', dataset });
      const names = rowNames();
      expect(names).toHaveLength(expected.length);
      // A name that is still a code means neither the dataset nor the browser could name the actor.
      expect(names.filter((name) => name === null || /^[A-Z]{3}$|^[a-z0-9-]+$/.test(name))).toEqual([]);
    },
  );
});
