/** The result table: one row per figure, with its target, noise margin, pass/fail and ratio to the baseline. */
import { KB } from './common.mjs';

export const fmt = {
  kb: (b) => (Number.isFinite(b) ? `${(b / KB).toFixed(2)} kB` : 'n/a'),
  ms: (x, d = 0) => (Number.isFinite(x) ? `${x.toFixed(d)} ms` : 'n/a'),
  n: (x) => (Number.isFinite(x) ? String(x) : 'n/a'),
  q: (x) => (Number.isFinite(x) ? x.toExponential(0).replace('e+', 'e') : 'n/a'),
  score: (x) => (Number.isFinite(x) ? String(Math.round(x)) : 'n/a'),
  cls: (x) => (Number.isFinite(x) ? x.toFixed(3) : 'n/a'),
};

/**
 * A row: value, target (op + limit), margin (relative for 'time'/'frame', absolute otherwise), baseline.
 * status: pass | FAIL | miss≤noise (missed by less than the margin: reported, exit 0).
 */
export function row(figure, value, { op, limit, margin = 0, relative = false, format, targetText, baseline }) {
  let status = 'info';
  if (op) {
    const ok = op === '<=' ? value <= limit : value >= limit;
    const slack = relative ? limit * margin : margin;
    const okNoise = op === '<=' ? value <= limit + slack : value >= limit - slack;
    status = !Number.isFinite(value) ? 'FAIL' : ok ? 'pass' : okNoise ? 'miss≤noise' : 'FAIL';
  }
  const ratio = Number.isFinite(value) && Number.isFinite(baseline) && baseline !== 0 ? `${(value / baseline).toFixed(2)}×` : '—';
  const noise = op ? (margin ? (relative ? ` ±${Math.round(margin * 100)}%` : ` ±${margin}`) : ' ±0') : '';
  return {
    figure,
    value: format(value),
    target: op ? `${op === '<=' ? '≤' : '≥'} ${targetText ?? format(limit)}${noise}` : '—',
    status,
    baseline: baseline === undefined ? '—' : format(baseline),
    ratio: baseline === undefined ? '—' : ratio,
  };
}

export function printTable(rows, title) {
  const cols = ['figure', 'value', 'target', 'status', 'baseline', 'ratio'];
  const head = {
    figure: 'figure',
    value: 'value',
    target: 'target (± noise margin)',
    status: 'pass/fail',
    baseline: 'baseline',
    ratio: 'ratio to baseline',
  };
  const width = Object.fromEntries(cols.map((c) => [c, Math.max(head[c].length, ...rows.map((r) => String(r[c]).length))]));
  const line = (r) => `| ${cols.map((c) => String(r[c]).padEnd(width[c])).join(' | ')} |`;
  const out = [];
  if (title) out.push(title, '');
  out.push(line(head), `| ${cols.map((c) => '-'.repeat(width[c])).join(' | ')} |`, ...rows.map(line));
  process.stdout.write(out.join('\n') + '\n');
}

export function sizeRows(app, base) {
  return [
    row('world topology (data/world.topo.json), gzip -9', app.topo.gzip, {
      op: '<=',
      limit: 32 * KB,
      format: fmt.kb,
      baseline: base?.topo.gzip,
    }),
    row('  ISO shapes in the topology', app.topo.iso, { op: '>=', limit: 238, format: fmt.n, baseline: base?.topo.iso }),
    row('  quantisation (steps per axis)', app.topo.quantisation, {
      op: '>=',
      limit: 1e4,
      format: fmt.q,
      baseline: base?.topo.quantisation,
    }),
    row('JS before the map can draw, gzip -9', app.js.gzip, { op: '<=', limit: 95 * KB, format: fmt.kb, baseline: base?.js.gzip }),
    row('first view, index.html + its references, gzip -9', app.firstView.gzip, {
      op: '<=',
      limit: 170 * KB,
      format: fmt.kb,
      baseline: base?.firstView.gzip,
    }),
  ];
}
