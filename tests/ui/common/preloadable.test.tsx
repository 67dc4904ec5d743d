import { act, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { preloadable } from '../../../src/ui/common/preloadable.ts';

const Greeting = ({ name }: { name: string }) => <p>Hello {name}</p>;
const inSuspense = (element: React.ReactNode) => <Suspense fallback={<p>waiting</p>}>{element}</Suspense>;

describe('preloadable', () => {
  it('renders at once, without its fallback, once preloaded', async () => {
    const load = vi.fn(async () => Greeting);
    const { Component, preload } = preloadable(load);
    await preload();
    render(inSuspense(<Component name="Palau" />));
    // Synchronously: no fallback, no second pass.
    expect(screen.getByText('Hello Palau')).toBeTruthy();
    expect(screen.queryByText('waiting')).toBeNull();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('suspends like React.lazy when used before its code is here, and fetches the code once', async () => {
    const load = vi.fn(async () => Greeting);
    const { Component, preload } = preloadable(load);
    render(inSuspense(<Component name="Tuvalu" />));
    expect(screen.getByText('waiting')).toBeTruthy();
    expect(await screen.findByText('Hello Tuvalu')).toBeTruthy();
    await preload();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('tries a failed download again at the next preload', async () => {
    const load = vi.fn().mockRejectedValueOnce(new TypeError('Failed to fetch')).mockResolvedValue(Greeting);
    const { Component, preload } = preloadable<{ name: string }>(load);
    await expect(preload()).rejects.toThrow('Failed to fetch');
    await preload();
    expect(load).toHaveBeenCalledTimes(2);
    await act(async () => {
      render(inSuspense(<Component name="Nauru" />));
    });
    expect(screen.getByText('Hello Nauru')).toBeTruthy();
  });
});
