/**
 * The row of bodies answers a click in the click's own frame (the link becomes the current page)
 * and switches the page after that frame is painted.
 */
import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CampaignNav } from '../../../src/ui/page/CampaignNav.tsx';
import { selectCampaign } from '../../../src/state/selectors.ts';
import { renderWithStore } from '../../support/renderWithStore.tsx';

const current = () => screen.getAllByRole('link').filter((link) => link.getAttribute('aria-current') === 'page');

describe('CampaignNav', () => {
  afterEach(() => vi.useRealTimers());

  it('marks the clicked body at once, and switches the page after the next paint', () => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'setTimeout', 'clearTimeout'] });
    const { store } = renderWithStore(<CampaignNav campaigns={['interpol', 'wha', 'icao']} />);
    expect(current().map((link) => link.textContent)).toEqual([expect.stringMatching(/^INTERPOL/)]);

    fireEvent.click(screen.getByRole('link', { name: /^WHA/ }));
    expect(current().map((link) => link.textContent)).toEqual([expect.stringMatching(/^WHA/)]);
    expect(selectCampaign(store.getState())).toBe('interpol');

    act(() => vi.advanceTimersByTime(50));
    expect(selectCampaign(store.getState())).toBe('wha');
    expect(current().map((link) => link.textContent)).toEqual([expect.stringMatching(/^WHA/)]);
  });

  it('a second click before the switch wins, and the first never happens', () => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'setTimeout', 'clearTimeout'] });
    const { store } = renderWithStore(<CampaignNav campaigns={['interpol', 'wha', 'icao']} />);
    const seen: string[] = [];
    store.subscribe((state) => seen.push(selectCampaign(state)));

    fireEvent.click(screen.getByRole('link', { name: /^WHA/ }));
    fireEvent.click(screen.getByRole('link', { name: /^ICAO/ }));
    act(() => vi.advanceTimersByTime(50));
    expect(selectCampaign(store.getState())).toBe('icao');
    expect(seen).not.toContain('wha');
  });
});
