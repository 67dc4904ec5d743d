// @vitest-environment node
/**
 * prefers-reduced-motion: zoom and pan are never animated (useZoom sets each transform at once,
 * without a d3 transition), and the one CSS animation, the loading spinner, stops when the
 * reader asks for less motion. A new animation must come with its reduced-motion rule.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = new URL('../../src/', import.meta.url).pathname;
const files = (readdirSync(SRC, { recursive: true }) as string[]).filter((f) => /\.(ts|tsx|css)$/.test(f));
const read = (file: string) => readFileSync(join(SRC, file), 'utf8');

describe('motion', () => {
  it('no source file starts a d3 transition or a smooth scroll', () => {
    const moving = files.filter((file) => /\.transition\(|behavior:\s*['"]smooth|scroll-behavior:\s*smooth/.test(read(file)));
    expect(moving).toEqual([]);
  });

  it('every CSS animation or transition is switched off under prefers-reduced-motion', () => {
    for (const file of files.filter((f) => f.endsWith('.css'))) {
      const css = read(file);
      // Innermost rules (selector { declarations }) that animate something.
      const animated = [...css.matchAll(/([^{}]+)\{([^{}]*)\}/g)]
        .filter((m) =>
          [...(m[2] as string).matchAll(/\b(?:animation|transition)\s*:\s*([^;]+)/g)].some((d) => (d[1] as string).trim() !== 'none'),
        )
        .map((m) => (m[1] as string).trim());
      const reduced = [...css.matchAll(/@media\s*\(prefers-reduced-motion:\s*reduce\)\s*\{([\s\S]*?)\n\}/g)]
        .map((m) => m[1] as string)
        .join('\n');
      for (const selector of animated)
        expect(reduced, `${file}: ${selector}`).toMatch(
          new RegExp(`${selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\{[^}]*(?:animation|transition)\\s*:\\s*none`),
        );
    }
  });
});
