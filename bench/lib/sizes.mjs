/** Size figures from the built files alone, no browser: the topology, the JavaScript before the map, the first view. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ROOT, gz } from './common.mjs';

/** Static imports of a built chunk (not dynamic import()). */
export function staticImportsOf(dir, file) {
  const code = readFileSync(join(dir, file), 'utf8');
  const found = new Set();
  const re = /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+\.js)["']/g;
  for (const m of code.matchAll(re)) found.add(join(dirname(file), m[1]).replaceAll('\\', '/'));
  return [...found];
}

export function htmlReferences(dir) {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const refs = [];
  for (const m of html.matchAll(/<(script|link)\b([^>]*)>/g)) {
    const attrs = m[2];
    const url = /\b(?:src|href)="([^"]+)"/.exec(attrs)?.[1];
    if (!url || /^[a-z]+:/i.test(url) || url.startsWith('//')) continue;
    const rel = /\brel="([^"]+)"/.exec(attrs)?.[1] ?? (m[1] === 'script' ? 'script' : '');
    // A link to an alternate resource (an archived data release) is not fetched by the page.
    if (rel === 'alternate') continue;
    const path = url.replace(/^\.?\//, '').split(/[?#]/)[0];
    refs.push({ kind: m[1] === 'script' ? (/type="module"/.test(attrs) ? 'module' : 'script') : rel, path });
  }
  return { html, refs };
}

/** JavaScript the page loads before it can draw: entry script + modulepreloads + their static import closure. */
export function jsBeforeMap(dir) {
  const { refs } = htmlReferences(dir);
  const seeds = refs.filter((r) => r.kind === 'module' || r.kind === 'script' || r.kind === 'modulepreload').map((r) => r.path);
  // main.tsx awaits its layout with import() before the first render: the full page's layout
  // (src/app/App.tsx, built as App-<hash>.js) and everything it imports statically count too.
  for (const file of readdirSync(join(dir, 'assets'))) if (/^App-[\w-]+\.js$/.test(file)) seeds.push(`assets/${file}`);
  const files = new Set();
  const queue = [...seeds];
  while (queue.length) {
    const file = queue.shift();
    if (files.has(file) || !existsSync(join(dir, file))) continue;
    files.add(file);
    queue.push(...staticImportsOf(dir, file));
  }
  const list = [...files].map((file) => ({ file, gzip: gz(readFileSync(join(dir, file))) }));
  return { gzip: list.reduce((a, f) => a + f.gzip, 0), files: list };
}

/** index.html + everything it references (scripts, modulepreloads, CSS and its url()s, preloads, icon) + extra data files. */
export function firstViewStatic(dir, extra = []) {
  const { refs } = htmlReferences(dir);
  const files = new Set(['index.html']);
  for (const r of refs) files.add(r.path);
  for (const f of jsBeforeMap(dir).files) files.add(f.file);
  for (const r of refs.filter((x) => x.kind === 'stylesheet')) {
    const css = readFileSync(join(dir, r.path), 'utf8');
    for (const m of css.matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)) {
      if (!/^(data|https?):/.test(m[1])) files.add(join(dirname(r.path), m[1]).replaceAll('\\', '/'));
    }
  }
  for (const f of extra) files.add(f);
  const list = [...files].filter((f) => existsSync(join(dir, f))).map((file) => ({ file, gzip: gz(readFileSync(join(dir, file))) }));
  return { gzip: list.reduce((a, f) => a + f.gzip, 0), files: list };
}

export function topologyFigures(path) {
  const raw = readFileSync(path);
  const topo = JSON.parse(raw.toString('utf8'));
  const geometries = Object.values(topo.objects).flatMap((o) => o.geometries ?? []);
  const name = Object.keys(topo.objects).includes('countries') ? 'countries' : Object.keys(topo.objects)[0];
  const countries = topo.objects[name].geometries;
  // ISO shapes: the app uses alpha-3 ids and "_name" for land without one; world-atlas uses numeric ids and none for those.
  const iso = countries.filter((g) => g.id != null && !String(g.id).startsWith('_')).length;
  let quantisation = NaN;
  if (topo.transform) {
    const bbox = topo.bbox ?? bboxOfArcs(topo);
    const [sx, sy] = topo.transform.scale;
    quantisation = Math.min(Math.round((bbox[2] - bbox[0]) / sx) + 1, Math.round((bbox[3] - bbox[1]) / sy) + 1);
  }
  return { gzip: gz(raw), iso, quantisation, geometries: geometries.length };
}
export function bboxOfArcs(topo) {
  const [sx, sy] = topo.transform.scale;
  const [tx, ty] = topo.transform.translate;
  let x0 = Infinity,
    y0 = Infinity,
    x1 = -Infinity,
    y1 = -Infinity;
  for (const arc of topo.arcs) {
    let x = 0,
      y = 0;
    for (const [dx, dy] of arc) {
      x += dx;
      y += dy;
      const px = x * sx + tx,
        py = y * sy + ty;
      if (px < x0) x0 = px;
      if (px > x1) x1 = px;
      if (py < y0) y0 = py;
      if (py > y1) y1 = py;
    }
  }
  return [x0, y0, x1, y1];
}

export function appSizes(dir) {
  const topo = topologyFigures(join(ROOT, 'data', 'world.topo.json'));
  const { refs } = htmlReferences(dir);
  const preloads = refs.filter((r) => r.kind === 'preload').map((r) => r.path);
  return { topo, js: jsBeforeMap(dir), firstView: firstViewStatic(dir, preloads), campaigns: campaignFiles(dir) };
}

/** Each other campaign's data file as the page fetches it (named by its <link data-campaign>), gzip -9. */
export function campaignFiles(dir) {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  return [...html.matchAll(/<link\b[^>]*\bhref="\.?\/?([^"]+)"[^>]*\bdata-campaign="([a-z]+)"/g)].map(([, path, campaign]) => ({
    campaign,
    file: path,
    gzip: gz(readFileSync(join(dir, path))),
  }));
}

export function baselineSizes(dir) {
  const topo = topologyFigures(join(ROOT, 'node_modules', 'world-atlas', 'countries-50m.json'));
  // The baseline fetches its topology from the entry script (no preload link): count that file too.
  const assets = readdirSync(join(dir, 'assets'));
  const data = assets.filter((f) => f.startsWith('countries-50m') || f.startsWith('countries-110m') || f.startsWith('world.topo'));
  const entry = jsBeforeMap(dir);
  const used = data.filter((f) => entry.files.some((j) => readFileSync(join(dir, j.file), 'utf8').includes(f))).map((f) => `assets/${f}`);
  return { topo, js: entry, firstView: firstViewStatic(dir, used) };
}
