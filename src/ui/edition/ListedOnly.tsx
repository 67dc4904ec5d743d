/**
 * What only makes sense for an edition with a list of supporters (filters, counts, organisations):
 * a year without a list or without an Assembly shows why on the map instead of zeros.
 */
import type { ReactNode } from 'react';
import { useListStatus } from '../common/viewHooks.ts';

export function ListedOnly({ children }: { children: ReactNode }) {
  return useListStatus() === 'listed' ? children : null;
}
