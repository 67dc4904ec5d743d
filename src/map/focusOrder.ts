/**
 * Keyboard order of the map: the map is one tab stop, and the arrow keys move between
 * supporting countries from west to east (Right/Down) and back (Left/Up), Home and End jump to
 * the ends. Pure, so the order is testable without a browser.
 */

export interface Anchored {
  id: string;
  anchor: readonly [number, number];
}

export function focusOrder(items: readonly Anchored[]): string[] {
  return [...items].sort((a, b) => a.anchor[0] - b.anchor[0] || a.anchor[1] - b.anchor[1]).map((item) => item.id);
}

/** The id focus moves to for a key, or null when the key is not a map key. */
export function nextInOrder(order: readonly string[], current: string | null, key: string): string | null {
  if (order.length === 0) return null;
  const at = current === null ? -1 : order.indexOf(current);
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return order[at < 0 ? 0 : (at + 1) % order.length] ?? null;
    case 'ArrowLeft':
    case 'ArrowUp':
      return order[at <= 0 ? order.length - 1 : at - 1] ?? null;
    case 'Home':
      return order[0] ?? null;
    case 'End':
      return order[order.length - 1] ?? null;
    default:
      return null;
  }
}
