/**
 * The public list of corrections, opened from the footer: it lists data/corrections.json by
 * version, and a failed download says so and offers Retry.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CorrectionsFile } from '../../../src/data/schema.ts';
import { SourceLine } from '../../../src/ui/page/SourceLine.tsx';
import { loadDataset, REAL_DATASET, realDatasetProblem, renderWithStore } from '../../support/renderWithStore.tsx';

const CORRECTIONS = readFileSync(resolve(process.cwd(), 'data/corrections.json'), 'utf8');
const { corrections } = JSON.parse(CORRECTIONS) as CorrectionsFile;

describe.skipIf(realDatasetProblem() !== null)('CorrectionsDialog', () => {
  afterEach(() => vi.unstubAllGlobals());

  it("the footer's Corrections button opens the list: one section per version, one item per correction", async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(CORRECTIONS, { status: 200 })),
    );
    const user = userEvent.setup();
    renderWithStore(<SourceLine withCorrections />, { search: '?lang=en', dataset: loadDataset(REAL_DATASET) });
    await user.click(screen.getByRole('button', { name: 'Corrections' }));
    const dialog = await screen.findByRole('dialog', { name: 'Corrections' });
    const versions = await within(dialog).findAllByRole('region');
    expect(versions.map((v) => v.getAttribute('aria-labelledby') !== null)).toEqual(versions.map(() => true));
    const items = within(dialog).getAllByRole('listitem');
    expect(items).toHaveLength(corrections.length);
    const g7 = corrections.find((c) => c.id.includes('2024-g7-chair'));
    expect(g7).toBeDefined();
    expect(within(dialog).getByText(g7!.what.en)).toBeTruthy();
  });

  it('a failed download says the corrections could not be loaded, and Retry loads them', async () => {
    const fetchStub = vi
      .fn<() => Promise<Response>>()
      .mockResolvedValueOnce(new Response('not found', { status: 404 }))
      .mockResolvedValue(new Response(CORRECTIONS, { status: 200 }));
    vi.stubGlobal('fetch', fetchStub);
    const user = userEvent.setup();
    renderWithStore(<SourceLine withCorrections />, { search: '?lang=en', dataset: loadDataset(REAL_DATASET) });
    await user.click(screen.getByRole('button', { name: 'Corrections' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/could not be loaded/);
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    const dialog = screen.getByRole('dialog', { name: 'Corrections' });
    await waitFor(() => expect(within(dialog).getAllByRole('listitem')).toHaveLength(corrections.length));
  });
});
