/** What every part of the benchmark shares: paths, the Chromium binary and flags, logging, statistics, noise margins, gzip sizes. */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BENCH = join(ROOT, 'bench');
export const CHROMIUM = process.env.CHROME_PATH || '/usr/bin/chromium';
// The same flags as the e2e tests (no sandbox as root, no network chatter).
export const CHROMIUM_ARGS = JSON.parse(readFileSync(join(ROOT, 'scripts', 'chromium-flags.json'), 'utf8'));
export const KB = 1000; // sizes in kB of 1000 bytes, gzip -9

export const log = (...parts) => process.stderr.write(`[bench] ${parts.join(' ')}\n`);

/**
 * Noise margins. A figure fails the run (exit 1) only when it misses its target by more than its margin,
 * shown as ± in the target column. Sizes are deterministic: 0. For timings and Lighthouse scores the
 * margin is the noise measured in this very run, half the run-to-run range ((max − min) / 2, relative to
 * the median for timings), but never less than the floor below. The floors are what bench/README.md
 * reports as the spread of repeated runs; a busy machine raises the measured noise, and the table header
 * says how busy it was.
 */
export const MARGIN = {
  size: 0,
  time: 0.15, // map drawn, toggle processing: at least ±15 %
  frame: 0.05, // frame interval p95 at 60 Hz: a dropped frame is +100 %, jitter is < 5 %
  lhPerf: 1, // at least 1 point
  lhOther: 0,
  cls: 0,
  longtask: 0, // any long task during an interaction is a miss
};
/** The margin for a figure measured several times: max(floor, half the relative run-to-run range). */
export const noiseMargin = (runs, floor) => {
  const s = spread(runs);
  return Number.isFinite(s) ? Math.max(floor, Math.round((s / 2) * 100) / 100) : floor;
};

/**
 * gzip -9 size, as the `gzip -9 -n` command writes it (no file name in the header, like a server's
 * Content-Encoding: gzip). Node's zlib at level 9 differs by up to 1.5 % from GNU gzip, so the command
 * is used where it exists.
 */
export const gzCache = new Map();
export function gz(buffer) {
  const key = createHash('sha1').update(buffer).digest('hex');
  if (!gzCache.has(key)) {
    const cli = spawnSync('gzip', ['-9', '-n', '-c'], { input: buffer, maxBuffer: 256 * 1024 * 1024 });
    gzCache.set(key, cli.status === 0 ? cli.stdout.length : gzipSync(buffer, { level: 9 }).length);
  }
  return gzCache.get(key);
}
export const median = (xs) => {
  const s = [...xs].filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
/** Nearest-rank percentile. */
export const percentile = (xs, p) => {
  const s = [...xs].filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
};
/** Run-to-run spread: (max − min) / median. */
export const spread = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x));
  if (s.length < 2) return NaN;
  const m = median(s);
  return m === 0 ? 0 : (Math.max(...s) - Math.min(...s)) / m;
};
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export function run(cmd, args, opts = {}) {
  const result = spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...opts });
  if (result.status !== 0) {
    process.stderr.write(result.stdout ?? '');
    process.stderr.write(result.stderr ?? '');
    throw new Error(`${cmd} ${args.join(' ')} exited with ${result.status}`);
  }
  return result.stdout;
}
