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
 * A row: value, target (op + limit), margin (relative for timings, absolute otherwise), and the two
 * baselines' figures (`baselines`: [plain React + d3-geo, react-simple-maps]; either may be undefined).
 * The ratio is to the better of the two (the lower, or the higher for scores, `op: '>='`).
 * status: pass | FAIL | miss≤noise (missed by less than the margin: reported, exit 0).
 */
export function row(figure, value, { op, limit, margin = 0, relative = false, format, targetText, baselines = [], baseline }) {
  let status = 'info';
  if (op) {
    const ok = op === '<=' ? value <= limit : value >= limit;
    const slack = relative ? limit * margin : margin;
    const okNoise = op === '<=' ? value <= limit + slack : value >= limit - slack;
    status = !Number.isFinite(value) ? 'FAIL' : ok ? 'pass' : okNoise ? 'miss≤noise' : 'FAIL';
  }
  const bases = baseline !== undefined ? [baseline] : baselines;
  const best = betterOf(bases, op === '>=' ? 'higher' : 'lower');
  const ratio = Number.isFinite(value) && Number.isFinite(best) && best !== 0 ? `${(value / best).toFixed(2)}×` : '—';
  const noise = op ? (margin ? (relative ? ` ±${Math.round(margin * 100)}%` : ` ±${+margin.toFixed(1)}`) : ' ±0') : '';
  const shown = (x) => (x === undefined ? '—' : format(x));
  return {
    figure,
    value: format(value),
    target: op ? `${op === '<=' ? '≤' : '≥'} ${targetText ?? format(limit)}${noise}` : '—',
    status,
    plain: shown(bases[0]),
    rsm: shown(bases[1]),
    ratio: bases.every((x) => x === undefined) ? '—' : ratio,
  };
}

/** The better of the baselines' figures (undefined and NaN ignored). */
export function betterOf(values, better = 'lower') {
  const xs = values.filter((x) => Number.isFinite(x));
  if (xs.length === 0) return NaN;
  return better === 'higher' ? Math.max(...xs) : Math.min(...xs);
}

export function printTable(rows, title) {
  const cols = ['figure', 'value', 'target', 'status', 'plain', 'rsm', 'ratio'];
  const head = {
    figure: 'figure',
    value: 'value',
    target: 'target (± noise margin)',
    status: 'pass/fail',
    plain: 'plain React + d3',
    rsm: 'react-simple-maps',
    ratio: 'ratio to the better baseline',
  };
  const width = Object.fromEntries(cols.map((c) => [c, Math.max(head[c].length, ...rows.map((r) => String(r[c]).length))]));
  const line = (r) => `| ${cols.map((c) => String(r[c]).padEnd(width[c])).join(' | ')} |`;
  const out = [];
  if (title) out.push(title, '');
  out.push(line(head), `| ${cols.map((c) => '-'.repeat(width[c])).join(' | ')} |`, ...rows.map(line));
  process.stdout.write(out.join('\n') + '\n');
}

export function sizeRows(app, base, rsm) {
  return [
    row('world topology (data/world.topo.json), gzip -9', app.topo.gzip, {
      op: '<=',
      limit: 32 * KB,
      format: fmt.kb,
      baselines: [base?.topo.gzip],
    }),
    row('  ISO shapes in the topology', app.topo.iso, { op: '>=', limit: 238, format: fmt.n, baselines: [base?.topo.iso] }),
    row('  quantisation (steps per axis)', app.topo.quantisation, {
      op: '>=',
      limit: 1e4,
      format: fmt.q,
      baselines: [base?.topo.quantisation],
    }),
    row('JS before the map can draw, gzip -9', app.js.gzip, {
      op: '<=',
      limit: 95 * KB,
      format: fmt.kb,
      baselines: [base?.js.gzip, rsm?.js.gzip],
    }),
    row('first view, index.html + its references, gzip -9', app.firstView.gzip, {
      op: '<=',
      limit: 170 * KB,
      format: fmt.kb,
      baselines: [base?.firstView.gzip, rsm?.firstView.gzip],
    }),
    // Fetched when the campaign is first shown (or in idle time), never in the first view.
    ...(app.campaigns ?? []).map((file) =>
      row(`  ${file.campaign} data (${file.file}), gzip -9`, file.gzip, { op: '<=', limit: 25 * KB, format: fmt.kb }),
    ),
  ];
}
