#!/usr/bin/env node
/**
 * A small static file server for the benchmark, run as its own process (Lighthouse deadlocks
 * when the server shares its parent's event loop).
 *   node bench/serve.mjs <root> [port]      port 0 (default) picks a free one
 * Prints "listening http://127.0.0.1:<port>/" on stdout once it accepts connections.
 * Text files are sent gzip -9 compressed when the client accepts gzip, as the static host does:
 * Lighthouse's simulated 1.6 Mbps network uses transfer sizes, so an uncompressed server would
 * understate its score. No caching headers (every page load in the benchmark starts cold anyway).
 */
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const root = resolve(process.argv[2] ?? 'dist');
const port = Number(process.argv[3] ?? 0);

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
};

function fileFor(urlPath) {
  let path = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  if (path.endsWith('/')) path += 'index.html';
  const full = normalize(join(root, path));
  if (full !== root && !full.startsWith(root + sep)) return null;
  try {
    const stat = statSync(full);
    if (stat.isDirectory()) return fileFor(path + '/');
    return { full, size: stat.size };
  } catch {
    return null;
  }
}

const server = createServer((req, res) => {
  let file;
  try {
    file = fileFor(new URL(req.url ?? '/', 'http://x').pathname);
  } catch {
    file = null;
  }
  if (!file || (req.method !== 'GET' && req.method !== 'HEAD')) {
    res.writeHead(file ? 405 : 404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end(file ? 'method not allowed' : 'not found');
    return;
  }
  const type = TYPES[extname(file.full).toLowerCase()] ?? 'application/octet-stream';
  const headers = { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', vary: 'accept-encoding' };
  if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
    const body = gzipped(file.full, file.size);
    res.writeHead(200, { ...headers, 'content-encoding': 'gzip', 'content-length': body.length });
    return res.end(req.method === 'HEAD' ? undefined : body);
  }
  res.writeHead(200, { ...headers, 'content-length': file.size });
  if (req.method === 'HEAD') return res.end();
  createReadStream(file.full).pipe(res);
});

const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest)|image\/svg)/;
const cache = new Map();
function gzipped(path, size) {
  const key = `${path}:${size}`;
  if (!cache.has(key)) cache.set(key, gzipSync(readFileSync(path), { level: 9 }));
  return cache.get(key);
}

server.listen(port, '127.0.0.1', () => {
  const address = server.address();
  process.stdout.write(`listening http://127.0.0.1:${address.port}/\n`);
});
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => server.close(() => process.exit(0)));
