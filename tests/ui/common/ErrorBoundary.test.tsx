/** The error boundary keeps a failure to its region: the page's other regions keep working. */
import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../../src/ui/common/ErrorBoundary.tsx';

function Broken(): never {
  throw new Error('chunk failed to load');
}

const region = (name: string, children: React.ReactNode) => (
  <ErrorBoundary region={name} fallback={(what) => <p role="alert">failed: {what}</p>}>
    {children}
  </ErrorBoundary>
);

describe('ErrorBoundary', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('ErrorBoundary(table, a child that throws) says the table failed and leaves the map beside it', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <div>
        {region('map', <p>the map</p>)}
        {region('table', <Broken />)}
      </div>,
    );
    expect(screen.getByRole('alert').textContent).toBe('failed: table');
    expect(screen.getByText('the map')).toBeTruthy();
  });

  it('ErrorBoundary(map, a child that renders) shows the child and no alert', () => {
    render(region('map', <p>the map</p>));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('the map')).toBeTruthy();
  });
});
