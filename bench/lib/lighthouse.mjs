/** Lighthouse 12.2.3 as a child process, mobile preset. */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { CHROMIUM, ROOT, log, median } from './common.mjs';
import { OPTS } from './options.mjs';

export function lighthouseOnce(url, outFile) {
  return new Promise((resolveRun, reject) => {
    const cli = join(ROOT, 'node_modules', 'lighthouse', 'cli', 'index.js');
    const child = spawn(
      process.execPath,
      [
        cli,
        url,
        '--quiet',
        '--output=json',
        `--output-path=${outFile}`,
        '--only-categories=performance,accessibility,best-practices,seo',
        '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
        '--max-wait-for-load=30000',
      ],
      { env: { ...process.env, CHROME_PATH: CHROMIUM }, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (c) => (stderr += c));
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (code !== 0 || !existsSync(outFile)) return reject(new Error(`lighthouse exited with ${code}: ${stderr.slice(-2000)}`));
      const report = JSON.parse(readFileSync(outFile, 'utf8'));
      const score = (c) => Math.round((report.categories[c]?.score ?? NaN) * 100);
      const failed = Object.values(report.audits)
        .filter((a) => a.score !== null && a.score < 1 && ['binary', 'numeric'].includes(a.scoreDisplayMode) && !a.id.includes('metric'))
        .map((a) => a.id);
      resolveRun({
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        cls: report.audits['cumulative-layout-shift']?.numericValue ?? NaN,
        lcp: report.audits['largest-contentful-paint']?.numericValue ?? NaN,
        tbt: report.audits['total-blocking-time']?.numericValue ?? NaN,
        fcp: report.audits['first-contentful-paint']?.numericValue ?? NaN,
        failed,
        runtimeError: report.runtimeError?.code,
      });
    });
  });
}

export async function lighthouse(url, runs, name) {
  const dir = join(dirname(OPTS.json), 'lighthouse');
  mkdirSync(dir, { recursive: true });
  const results = [];
  try {
    for (let i = 0; i < runs; i++) {
      const t0 = Date.now();
      const file = join(dir, `${name}-${i + 1}.json`);
      rmSync(file, { force: true });
      const r = await lighthouseOnce(url, file);
      results.push(r);
      log(
        `  lighthouse ${name} #${i + 1}: perf ${r.performance} a11y ${r.accessibility} bp ${r.bestPractices} seo ${r.seo} CLS ${r.cls.toFixed(3)} LCP ${r.lcp.toFixed(0)} TBT ${r.tbt.toFixed(0)} (${((Date.now() - t0) / 1000).toFixed(0)} s)${r.failed.length ? ` below 1: ${r.failed.join(',')}` : ''}`,
      );
    }
  } finally {
    log(`  reports in ${relative(ROOT, dir)}/`);
  }
  const pick = (k) => median(results.map((r) => r[k]));
  return {
    performance: pick('performance'),
    accessibility: pick('accessibility'),
    bestPractices: pick('bestPractices'),
    seo: pick('seo'),
    cls: pick('cls'),
    lcp: pick('lcp'),
    tbt: pick('tbt'),
    runs: results,
  };
}
