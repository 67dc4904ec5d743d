/**
 * The baselines' toggle (bench/baseline and bench/rsm): the same colours for both, so that their
 * toggles do the same work. Every country changes colour when the toggle flips.
 */
const PALETTE = ['#08519c', '#3182bd', '#6baed6', '#bdd7e7'];

function hash(id: string): number {
  let h = 0;
  for (let i = 0; i < id.length; i++) h = (h * 31 + id.charCodeAt(i)) >>> 0;
  return h;
}

export function colour(id: string, on: boolean): string {
  const h = hash(id) + (on ? 1 : 0);
  return h % 3 === 0 ? '#d9d9d9' : (PALETTE[h % PALETTE.length] as string);
}
