import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { normalizeForSearch } from '../../../src/filters/searchActors.ts';
import { SearchBox } from '../../../src/ui/search/SearchBox.tsx';
import { loadDataset, REAL_DATASET, realDatasetProblem, renderWithStore } from '../../support/renderWithStore.tsx';

/** The names the options show (each option also says what the country did in the edition). */
const optionNames = () =>
  screen.queryAllByRole('option').map((option) => option.querySelector('.search-box__name')?.firstChild?.textContent);

describe('SearchBox', () => {
  it.each([
    ['Curaçao', 'curacao'],
    ['São Tomé & Príncipe', 'sao tome & principe'],
    ['  Côte d’Ivoire ', 'cote divoire'],
    ['U.K.', 'uk'],
    ['台灣', '臺灣'],
    ['帛琉', '帛琉'],
  ])('normalizeForSearch(%j) returns %j', (input, expected) => {
    expect(normalizeForSearch(input)).toBe(expected);
  });

  it('SearchBox with lang=zh-TW typing "Palau" finds 帛琉, and clicking it sets view.country=PLW and clears the input', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<SearchBox />, { search: '?lang=zh-TW' });
    const input = screen.getByRole('combobox', { name: '搜尋國家或組織' });
    await user.type(input, 'Palau');
    expect(input.getAttribute('aria-expanded')).toBe('true');
    const option = screen.getByRole('option', { name: /^帛琉/ });
    expect(option.querySelector('[lang="en"]')?.textContent).toContain('Palau');
    await user.click(option);
    expect(store.getState().url.country).toBe('PLW');
    expect(input).toHaveProperty('value', '');
    expect(input.getAttribute('aria-expanded')).toBe('false');
  });

  it('SearchBox with lang=zh-TW typing "美" lists the supporter 美國 first', async () => {
    const user = userEvent.setup();
    renderWithStore(<SearchBox />, { search: '?lang=zh-TW' });
    await user.type(screen.getByRole('combobox'), '美');
    expect(optionNames()[0]).toBe('美國');
  });

  it('SearchBox typing "united" lists the supporter United States before United Kingdom', async () => {
    const user = userEvent.setup();
    renderWithStore(<SearchBox />, { search: '?lang=en' });
    await user.type(screen.getByRole('combobox', { name: 'Find a country or organisation' }), 'united');
    const names = optionNames();
    expect(names[0]).toBe('United States');
    expect(names).toContain('United Kingdom');
  });

  it.each([
    ['curacao', 'Curaçao'],
    ['COTE D', 'Côte d’Ivoire'],
    ['g7', 'G7'],
  ])('SearchBox typing %j finds %s (case- and accent-insensitive)', async (query, name) => {
    const user = userEvent.setup();
    renderWithStore(<SearchBox />, { search: '?lang=en' });
    await user.type(screen.getByRole('combobox'), query);
    expect(optionNames()).toContain(name);
  });

  it('SearchBox typing "e" shows 8 options at most, the supporters Belize and United States first', async () => {
    const user = userEvent.setup();
    renderWithStore(<SearchBox />, { search: '?lang=en' });
    await user.type(screen.getByRole('combobox'), 'e');
    const names = optionNames();
    expect(names).toHaveLength(8);
    expect(names.slice(0, 2)).toEqual(['Belize', 'United States']);
  });

  it('SearchBox typing "kosovo" finds nothing (shapes without an ISO code are skipped) and says "No match"', async () => {
    const user = userEvent.setup();
    renderWithStore(<SearchBox />, { search: '?lang=en' });
    const input = screen.getByRole('combobox');
    await user.type(input, 'kosovo');
    expect(optionNames()).toEqual([]);
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(screen.getByRole('status').textContent).toBe('No match');
  });

  it('SearchBox "bel" + ArrowDown highlights the supporter Belize (aria-activedescendant), Enter selects it', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<SearchBox />, { search: '?lang=en' });
    const input = screen.getByRole('combobox');
    await user.type(input, 'bel');
    expect(input.hasAttribute('aria-activedescendant')).toBe(false);
    await user.keyboard('{ArrowDown}');
    const active = document.getElementById(input.getAttribute('aria-activedescendant') ?? '');
    expect(active?.querySelector('.search-box__name')?.firstChild?.textContent).toBe('Belize');
    expect(active?.getAttribute('aria-selected')).toBe('true');
    await user.keyboard('{ArrowDown}{ArrowUp}{Enter}');
    expect(store.getState().url.country).toBe('BLZ');
    expect(input).toHaveProperty('value', '');
  });

  it('SearchBox ArrowUp from the first option wraps to the last', async () => {
    const user = userEvent.setup();
    renderWithStore(<SearchBox />, { search: '?lang=en' });
    const input = screen.getByRole('combobox');
    await user.type(input, 'bel');
    await user.keyboard('{ArrowDown}{ArrowUp}');
    const options = screen.getAllByRole('option');
    expect(input.getAttribute('aria-activedescendant')).toBe(options[options.length - 1]?.id);
  });

  it('SearchBox Escape closes the list first, then a second Escape clears the input', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<SearchBox />, { search: '?lang=en' });
    const input = screen.getByRole('combobox');
    await user.type(input, 'bel');
    await user.keyboard('{Escape}');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(input).toHaveProperty('value', 'bel');
    await user.keyboard('{Escape}');
    expect(input).toHaveProperty('value', '');
    expect(store.getState().url.country).toBeNull();
  });

  const problem = realDatasetProblem();
  it.skipIf(problem !== null)(
    `SearchBox with data/dataset.json and lang=zh-TW finds every organisation by its English name${problem ? ` (skipped: ${problem})` : ''}`,
    async () => {
      const user = userEvent.setup();
      const dataset = loadDataset(REAL_DATASET);
      const organisation = dataset.actors.find((a) => a.kind === 'organisation');
      expect(organisation).toBeDefined();
      if (!organisation) return;
      renderWithStore(<SearchBox />, { search: '?lang=zh-TW', dataset });
      await user.type(screen.getByRole('combobox'), organisation.name.en);
      expect(optionNames().some((name) => name?.startsWith(organisation.name['zh-TW']))).toBe(true);
    },
  );
});

describe('SearchBox knows other names', () => {
  it.each([
    ['UK', 'United Kingdom'],
    ['Britain', 'United Kingdom'],
    ['Czechia', 'Czech Republic'],
    ['Swaziland', 'Eswatini'],
    ['Holland', 'Netherlands'],
  ])('SearchBox typing "%s" lists %s first', async (query, name) => {
    const user = userEvent.setup();
    renderWithStore(<SearchBox />, { search: '?lang=en&edition=2024', dataset: loadDataset(REAL_DATASET) });
    await user.type(screen.getByRole('combobox'), query);
    expect(optionNames()[0]).toBe(name);
  });

  it('SearchBox typing "英國" with lang=zh-TW finds 英國, and says whether it supported Taiwan in the edition', async () => {
    const user = userEvent.setup();
    renderWithStore(<SearchBox />, { search: '?lang=zh-TW&edition=2024', dataset: loadDataset(REAL_DATASET) });
    await user.type(screen.getByRole('combobox'), '英國');
    const option = screen.getAllByRole('option')[0] as HTMLElement;
    expect(option.textContent).toContain('英國');
    expect(option.querySelector('.search-box__state')?.textContent).toMatch(/^2024年支持臺灣：/);
  });
});
