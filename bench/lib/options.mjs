/** The command line (see bench/README.md) and the process priority the timings ask for. */
import { setPriority } from 'node:os';
import { join, resolve } from 'node:path';
import { BENCH } from './common.mjs';

export const argv = process.argv.slice(2);
export const flag = (name) => argv.includes(name);
export const option = (name, fallback) => {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : fallback;
};
export const OPTS = {
  sizesOnly: flag('--sizes-only'),
  techniques: flag('--techniques'),
  skipBuild: flag('--skip-build'),
  lighthouse: !flag('--no-lighthouse'),
  tenfold: !flag('--no-tenfold'),
  loads: Number(option('--runs', 7)),
  interactionRuns: Number(option('--interaction-runs', 3)),
  lhRuns: Number(option('--lh-runs', 3)),
  baselineLhRuns: Number(option('--baseline-lh-runs', 1)),
  json: resolve(option('--json', join(BENCH, 'results', OPTS_DEFAULT_JSON()))),
};
export function OPTS_DEFAULT_JSON() {
  return flag('--techniques') ? 'techniques.json' : flag('--sizes-only') ? 'sizes.json' : 'last.json';
}

/**
 * The machine has 2 cores that other work (tests, builds) may be using. The browser figures are
 * timings, so the benchmark asks for a higher CPU priority (nice −10, root only) for itself and,
 * by inheritance, for the server, Chromium and Lighthouse it starts. --no-priority leaves it alone.
 */
if (!flag('--no-priority') && !flag('--sizes-only')) {
  try {
    setPriority(-10);
  } catch {
    // not root: run at normal priority
  }
}
