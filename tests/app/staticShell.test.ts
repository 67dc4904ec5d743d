// @vitest-environment node
/**
 * index.html carries the first view as static HTML (so the title paints before the script runs).
 * Its words must stay those the app draws in English, or the page would change as React starts.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/data/schema.ts';
import { translate } from '../../src/i18n/translate.ts';
import { coreWords } from '../../src/i18n/words/core.ts';

const english = (key: keyof typeof coreWords) => translate(coreWords, 'en', key);

const html = readFileSync(resolve(process.cwd(), 'index.html'), 'utf8');
const textOf = (className: string) => {
  const match = new RegExp(`class="${className}"[^>]*>([\\s\\S]*?)</`).exec(html);
  return match?.[1]
    ?.replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/&#39;/g, "'");
};

describe('index.html static shell', () => {
  it.each<[string, keyof typeof coreWords]>([
    ['app__title', 'appTitle'],
    ['app__subtitle', 'appSubtitle'],
    ['language__label', 'language'],
  ])('.%s reads translate("en", %s)', (className, key) => {
    expect(textOf(className)).toBe(english(key));
  });

  it('the loading line reads translate("en", "loading")', () => {
    const match = /class="load-status load-status--loading"[^>]*>([\s\S]*?)<\/p>/.exec(html);
    expect(
      match?.[1]
        ?.replace(/<[^>]+>/g, '')
        .replace(/\s+/g, ' ')
        .trim(),
    ).toBe(english('loading'));
  });

  it('the language menu lists the app’s languages, in order, each marked with its language', () => {
    const options = [...html.matchAll(/<option lang="([^"]+)">([^<]+)<\/option>/g)].map(([, code, name]) => ({ code, name }));
    expect(options).toEqual(LANGUAGES.map(({ code, name }) => ({ code, name })));
  });

  it('the <title> is the app title', () => {
    expect(/<title>(.*?)<\/title>/.exec(html)?.[1]).toBe(english('appTitle'));
  });
});
