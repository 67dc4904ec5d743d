import { describe, expect, it } from 'vitest';
import type { OutputBundle } from 'rolldown';
import { COMPILE_HINT, compileHints, withCompileHint } from '../../scripts/compileHints.ts';

describe('compile hints', () => {
  it('puts the hint on the first line, once', () => {
    const chunk = { code: 'export const a = () => 1;\n' };
    withCompileHint(chunk);
    withCompileHint(chunk);
    expect(chunk.code).toBe(`${COMPILE_HINT}\nexport const a = () => 1;\n`);
  });

  it('moves a source map down by the line it adds', () => {
    const chunk = { code: 'a();\nb();', map: { mappings: 'AAAA;AACA' } };
    withCompileHint(chunk);
    expect(chunk.map.mappings).toBe(';AAAA;AACA');
  });

  it('marks every chunk of a bundle and leaves other files alone', () => {
    const plugin = compileHints();
    const bundle = {
      'assets/app.js': { type: 'chunk', code: 'const __vite__mapDeps = 1;', map: null },
      'assets/app.css': { type: 'asset', source: 'body{}' },
    } as unknown as OutputBundle;
    const hook = plugin.generateBundle as { handler: (options: unknown, bundle: OutputBundle) => void };
    hook.handler({}, bundle);
    expect((bundle['assets/app.js'] as unknown as { code: string }).code.startsWith(`${COMPILE_HINT}\n`)).toBe(true);
    expect((bundle['assets/app.css'] as unknown as { source: string }).source).toBe('body{}');
  });
});
