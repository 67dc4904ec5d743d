// @vitest-environment node
/**
 * dist/_headers: hosts such as Cloudflare Pages join the values of every rule that matches a path,
 * so each file must get exactly one Cache-Control.
 */
import { describe, expect, it } from 'vitest';
import { headersFile } from '../../scripts/securityHeaders.ts';

/** The file's rules: a path pattern (`/*`, `/assets/*`, `/index.html`) and its header lines. */
function rules(text: string): { pattern: string; headers: string[] }[] {
  const out: { pattern: string; headers: string[] }[] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('/')) out.push({ pattern: line, headers: [] });
    else if (line.startsWith('  ') && out.length > 0) out[out.length - 1]!.headers.push(line.trim());
  }
  return out;
}

const matches = (pattern: string, path: string) => (pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : pattern === path);

describe('_headers', () => {
  const text = headersFile([
    'index.html',
    'embed.js',
    'favicon.png',
    'og-image.png',
    'noscript.css',
    'interpol/2019/index.html',
    'interpol/2019/oembed.json',
  ]);
  it.each([
    '/',
    '/index.html',
    '/embed.js',
    '/og-image.png',
    '/assets/app-Cz0.js',
    '/assets/dataset-B.json',
    '/interpol/2019/',
    '/interpol/2019/index.html',
    '/interpol/2019/oembed.json',
  ])('%s gets one Cache-Control and the security headers', (path) => {
    const headers = rules(text)
      .filter((rule) => matches(rule.pattern, path))
      .flatMap((rule) => rule.headers);
    expect(headers.filter((header) => header.startsWith('Cache-Control:'))).toHaveLength(1);
    expect(headers.some((header) => header.startsWith('Content-Security-Policy:'))).toBe(true);
  });
  it('hashed files are immutable for a year; the rest a few minutes', () => {
    const cache = (path: string) =>
      rules(text)
        .filter((rule) => matches(rule.pattern, path))
        .flatMap((rule) => rule.headers)
        .find((header) => header.startsWith('Cache-Control:'));
    expect(cache('/assets/app-Cz0.js')).toBe('Cache-Control: public, max-age=31536000, immutable');
    expect(cache('/embed.js')).toBe('Cache-Control: public, max-age=300');
  });
});
