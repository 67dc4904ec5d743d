/** Data versions ("major.minor.patch"): a correction is a patch, a new edition a minor version. */

/** -1, 0 or 1 as version a is before, equal to or after version b. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}
