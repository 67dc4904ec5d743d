#!/usr/bin/env node
/**
 * A synthetic dataset ten times the size of data/dataset.json, for the benchmark's "cost does not
 * grow with the data" rows: the real editions, sources, actions and groups, plus nine copies of
 * them moved back by 10, 20, … 90 years (INTERPOL met first in 1923; the data has no 29 February). The
 * newest edition, the one a link without `edition=` opens, is the real one, unchanged.
 *
 *   node bench/tenfold.mjs [OUT]          writes the dataset (default: stdout)
 *
 * It is a load test, not data: it is never published and never shown as the ministry's.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './lib/common.mjs';

export const COPIES = 10;
const YEARS_PER_COPY = 10;

/** '2024-11-04' or '2024-11' or '2024', moved back by `years`. */
const shiftDate = (date, years) => (typeof date === 'string' ? date.replace(/^\d{4}/, (y) => String(Number(y) - years)) : date);
const shiftId = (id, copy) => `${id}-x${copy}`;

export function tenfoldDataset(dataset) {
  const out = structuredClone(dataset);
  for (let copy = 1; copy < COPIES; copy++) {
    const years = copy * YEARS_PER_COPY;
    const source = (id) => shiftId(id, copy);
    const sources = (ids) => ids?.map(source);
    out.sources.push(...dataset.sources.map((s) => ({ ...s, id: source(s.id), date: shiftDate(s.date, years) })));
    out.editions.push(
      ...dataset.editions.map((e) => ({
        ...e,
        year: e.year - years,
        startDate: shiftDate(e.startDate, years),
        endDate: shiftDate(e.endDate, years),
        ...(e.release ? { release: { ...e.release, date: shiftDate(e.release.date, years), source: source(e.release.source) } } : {}),
        ...(e.figures ? { figures: e.figures.map((f) => ({ ...f, sources: sources(f.sources) })) } : {}),
      })),
    );
    out.actions.push(
      ...dataset.actions.map((a) => ({
        ...a,
        id: shiftId(a.id, copy),
        edition: a.edition - years,
        ...(a.date ? { date: shiftDate(a.date, years) } : {}),
        sources: sources(a.sources),
      })),
    );
    out.groups.push(
      ...dataset.groups.map((g) => ({ ...g, id: shiftId(g.id, copy), edition: g.edition - years, sources: sources(g.sources) })),
    );
  }
  out.editions.sort((a, b) => a.year - b.year);
  return out;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const dataset = JSON.parse(readFileSync(join(ROOT, 'data', 'dataset.json'), 'utf8'));
  const text = JSON.stringify(tenfoldDataset(dataset));
  if (process.argv[2]) writeFileSync(process.argv[2], text);
  else process.stdout.write(text);
}
