/**
 * The error boundary keeps a failure to its region. The map and the table share one slot of the
 * page (App swaps them), so React may hand the table's failed boundary to the map: the map must
 * not then show "the map failed".
 */
import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../../src/ui/common/ErrorBoundary.tsx';

function Broken(): never {
  throw new Error('chunk failed to load');
}

/** App's shape: one child slot holding either a fragment (map + summary) or the table's boundary. */
function Slot({ view }: { view: 'map' | 'table' }) {
  const region = (name: string, children: React.ReactNode) => (
    <ErrorBoundary region={name} fallback={(what) => <p role="alert">failed: {what}</p>}>
      {children}
    </ErrorBoundary>
  );
  return (
    <div>
      {view === 'map' ? (
        <>
          {region('map', <p>the map</p>)}
          <p>summary</p>
        </>
      ) : (
        region('table', <Broken />)
      )}
    </div>
  );
}

describe('ErrorBoundary', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('shows the failure of the table, then the map once the view switches back', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { rerender } = render(<Slot view="map" />);
    expect(screen.getByText('the map')).toBeTruthy();
    rerender(<Slot view="table" />);
    expect(screen.getByRole('alert').textContent).toBe('failed: table');
    rerender(<Slot view="map" />);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('the map')).toBeTruthy();
  });
});
