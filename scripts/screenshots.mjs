#!/usr/bin/env node
/**
 * npm run screenshots [-- --skip-build] [-- --out DIR] [-- --only NAME,NAME]
 *
 * The views a newsroom graphics editor checks before publishing, as PNG files (default
 * screenshots/, gitignored): the page at 1280×800, 1366×768 and a 375×740 phone, dark, in
 * Chinese, the no-list and no-Assembly years, a 360 px embed, a panel open, the table, and the
 * exported PNG. Built from dist/ (npm run build:staging first, unless --skip-build), served by
 * bench/serve.mjs, drawn by Debian's Chromium with the flags the tests use.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const OUT = resolve(option('--out', join(ROOT, 'screenshots')));
const ONLY = option('--only', '').split(',').filter(Boolean);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = JSON.parse(readFileSync(join(ROOT, 'scripts', 'chromium-flags.json'), 'utf8'));

/** name, path, viewport, and what to do before the picture. */
const SHOTS = [
  { name: 'desktop-1280', path: '/', viewport: [1280, 800] },
  { name: 'desktop-1366', path: '/', viewport: [1366, 768] },
  { name: 'phone-375', path: '/', viewport: [375, 740], mobile: true },
  { name: 'phone-375-full', path: '/', viewport: [375, 740], mobile: true, fullPage: true },
  { name: 'dark-1280', path: '/?theme=dark', viewport: [1280, 800] },
  { name: 'zh-1280', path: '/?lang=zh-TW', viewport: [1280, 800] },
  { name: 'zh-phone-375', path: '/?lang=zh-TW', viewport: [375, 740], mobile: true },
  { name: 'no-list-2017', path: '/?edition=2017', viewport: [1280, 800] },
  { name: 'no-assembly-2020', path: '/?edition=2020', viewport: [1280, 800] },
  { name: 'panel-1280', path: '/?country=PLW', viewport: [1280, 800] },
  { name: 'panel-phone-375', path: '/?country=PLW', viewport: [375, 740], mobile: true },
  { name: 'table-1280', path: '/?view=table', viewport: [1280, 800], fullPage: true },
  { name: 'filtered-1280', path: '/?types=legislature,legislators', viewport: [1280, 800] },
  { name: 'embed-360', path: '/?embed=1', viewport: [360, 900], fullPage: true },
  { name: 'embed-static-360', path: '/?embed=1&static=1&edition=2019', viewport: [360, 700], fullPage: true },
  { name: 'embed-dark-720', path: '/?embed=1&theme=dark', viewport: [720, 900], fullPage: true },
  { name: 'change-1280', path: '/?edition=2024&compare=2023', viewport: [1280, 800], fullPage: true },
  { name: 'change-phone-375', path: '/?edition=2024&compare=2023', viewport: [375, 740], mobile: true, fullPage: true },
  { name: 'change-dark-zh-1280', path: '/?edition=2024&compare=2023&theme=dark&lang=zh-TW', viewport: [1280, 800] },
  { name: 'years-1280', path: '/?view=years', viewport: [1280, 800], fullPage: true },
  { name: 'years-phone-375', path: '/?view=years', viewport: [375, 740], mobile: true },
  { name: 'years-dark-zh-1280', path: '/?view=years&theme=dark&lang=zh-TW', viewport: [1280, 800] },
  { name: 'panel-years-1280', path: '/?country=USA', viewport: [1280, 800] },
  { name: 'embed-change-static-360', path: '/?embed=1&static=1&edition=2024&compare=2023', viewport: [360, 700], fullPage: true },
  { name: 'embed-pinned-360', path: '/?embed=1&edition=2024&version=1.0.1', viewport: [360, 900], fullPage: true },
  { name: 'embed-dialog-1280', path: '/?edition=2024', viewport: [1280, 800], openButton: /^(Embed|嵌入)$/ },
  { name: 'cite-dialog-zh-1280', path: '/?edition=2024&lang=zh-TW', viewport: [1280, 800], openButton: /^(Cite|引用)$/ },
  {
    name: 'download-menu-1280',
    path: '/?edition=2024',
    viewport: [1280, 800],
    openButton: /^Download/,
    opens: '.share-menu__formats',
    fullPage: true,
  },
  // Link previews as a feed shows them (the card 500 px wide, under it the title and description),
  // made from what a scraper reads: the og: tags of the page each link opens, fetched without a browser.
  {
    name: 'link-previews',
    previews: ['/', '/interpol/2019/?edition=2019&types=executive,delegation', '/zh-TW/interpol/2024/?edition=2024&lang=zh-TW'],
    viewport: [560, 400],
    fullPage: true,
  },
  // The other bodies (issue 16).
  { name: 'wha-1280', path: '/?campaign=wha', viewport: [1280, 800] },
  { name: 'icao-1366', path: '/?campaign=icao', viewport: [1366, 768] },
  { name: 'unga-zh-phone-375', path: '/?campaign=unga&lang=zh-TW', viewport: [375, 740], mobile: true },
  { name: 'cop-embed-360', path: '/?campaign=unfccc&embed=1', viewport: [360, 900], fullPage: true },
  { name: 'bodies-1280', path: '/?view=bodies&edition=2024', viewport: [1280, 800] },
  {
    name: 'bodies-dark-zh-375',
    path: '/?view=bodies&edition=2024&theme=dark&lang=zh-TW',
    viewport: [375, 740],
    mobile: true,
    fullPage: true,
  },
  { name: 'panel-bodies-phone-375', path: '/?campaign=wha&edition=2023&country=PLW', viewport: [375, 740], mobile: true },
  { name: 'export-png-wha', path: '/?campaign=wha', viewport: [1280, 800], exportPng: true },
  { name: 'export-png', path: '/', viewport: [1280, 800], exportPng: true },
  { name: 'export-png-change', path: '/?edition=2024&compare=2023', viewport: [1280, 800], exportPng: true },
  { name: 'export-png-zh', path: '/?lang=zh-TW&types=executive,delegation', viewport: [1280, 800], exportPng: true },
];

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
const unescapeHtml = (text) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** A page of link-preview cards for `paths`, from the og: tags each page's HTML carries (images served locally). */
async function previewCards(paths, serverUrl) {
  const siteUrl = /^SITE_URL=(.+)$/m.exec(readFileSync(join(ROOT, '.env.staging'), 'utf8'))[1].trim();
  const cards = [];
  for (const path of paths) {
    const html = await (await fetch(new URL(path, serverUrl))).text();
    const tag = (property) => unescapeHtml(new RegExp(`<meta property="${property}" content="([^"]*)"`).exec(html)?.[1] ?? '');
    const image = tag('og:image').replace(siteUrl, serverUrl);
    cards.push(
      `<figure><img src="${escapeHtml(image)}" alt=""><figcaption><small>${escapeHtml(new URL(tag('og:url') || siteUrl).host)}</small>` +
        `<b>${escapeHtml(tag('og:title'))}</b><span>${escapeHtml(tag('og:description'))}</span><code>${escapeHtml(path)}</code></figcaption></figure>`,
    );
  }
  const style =
    'body{margin:0;padding:16px;background:#f0f2f5;font:14px/1.35 system-ui,sans-serif}figure{width:500px;margin:0 0 16px;background:#fff;border:1px solid #cfd9de;border-radius:14px;overflow:hidden}' +
    'img{display:block;width:500px;height:262px;object-fit:cover}figcaption{display:flex;flex-direction:column;gap:2px;padding:10px 12px}small{color:#536471}' +
    'b{display:-webkit-box;-webkit-line-clamp:2;-webkit-box-orient:vertical;overflow:hidden}span{color:#536471;display:-webkit-box;-webkit-line-clamp:2;-webkit-box-orient:vertical;overflow:hidden}code{color:#999;font-size:11px}';
  return `<!doctype html><meta charset="utf-8"><style>${style}</style>${cards.join('')}`;
}

function startServer(root) {
  const child = spawn(process.execPath, [join(ROOT, 'bench', 'serve.mjs'), root, '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolveUrl, reject) => {
    let buffer = '';
    child.stdout.on('data', (chunk) => {
      buffer += chunk;
      const match = /listening (\S+)/.exec(buffer);
      if (match) resolveUrl({ url: match[1], stop: () => child.kill('SIGTERM') });
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
}

async function main() {
  if (!args.includes('--skip-build')) {
    const build = spawnSync('npm', ['run', 'build:staging'], { cwd: ROOT, stdio: 'inherit' });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  mkdirSync(OUT, { recursive: true });
  const server = await startServer(join(ROOT, 'dist'));
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  try {
    for (const shot of SHOTS.filter((s) => ONLY.length === 0 || ONLY.includes(s.name))) {
      const [width, height] = shot.viewport;
      const context = await browser.newContext({
        viewport: { width, height },
        deviceScaleFactor: shot.mobile ? 2 : 1,
        isMobile: shot.mobile === true,
        hasTouch: shot.mobile === true,
        locale: 'en-GB',
        colorScheme: 'light',
        acceptDownloads: true,
      });
      const page = await context.newPage();
      if (shot.previews) {
        await page.setContent(await previewCards(shot.previews, server.url));
        await page.waitForLoadState('networkidle');
        const file = join(OUT, `${shot.name}.png`);
        await page.screenshot({ path: file, fullPage: true });
        console.log(file);
        await context.close();
        continue;
      }
      await page.goto(new URL(shot.path, server.url).href);
      await page
        .locator('.map__country, .table-view table, .matrix-view table, .load-status--failed')
        .first()
        .waitFor({ state: 'attached', timeout: 15_000 });
      await page.waitForTimeout(600);
      if (shot.openButton) {
        if (shot.scrollTo) await page.locator(shot.scrollTo).scrollIntoViewIfNeeded();
        await page.getByRole('button', { name: shot.openButton }).click();
        await (shot.opens ? page.locator(shot.opens) : page.getByRole('dialog')).waitFor();
        await page.waitForTimeout(600);
      }
      if (shot.exportPng) {
        await page.getByRole('button', { name: /Download|下載/ }).click();
        const download = page.waitForEvent('download');
        await page.getByRole('button', { name: /PNG/ }).click();
        const file = join(OUT, `${shot.name}.png`);
        await (await download).saveAs(file);
        console.log(file);
      } else {
        const file = join(OUT, `${shot.name}.png`);
        await page.screenshot({ path: file, fullPage: shot.fullPage === true });
        console.log(file);
      }
      await context.close();
    }
  } finally {
    await browser.close();
    server.stop();
  }
  writeFileSync(join(OUT, 'README.txt'), 'Made by npm run screenshots; not committed.\n');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
