// @vitest-environment node
/**
 * The layers are held by ESLint (eslint.config.js), not by goodwill: a probe file placed in each
 * layer imports what that layer must not, and the linter must refuse it; what it may import passes.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

/** The rule ids ESLint reports for `code` as if it were the file at `filePath`. */
async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

const cases: [file: string, importPath: string, allowed: boolean][] = [
  ['src/data/probe.ts', '../state/store.ts', false],
  ['src/data/probe.ts', '../map/geometry.ts', false],
  ['src/map/probe.ts', '../data/schema.ts', true],
  ['src/map/probe.ts', '../filters/filterEdition.ts', false],
  ['src/i18n/probe.ts', '../state/urlParams.ts', false],
  ['src/filters/probe.ts', '../map/geometry.ts', true],
  ['src/filters/probe.ts', '../present/legend.ts', false],
  ['src/present/probe.ts', '../filters/filterEdition.ts', true],
  ['src/present/probe.ts', '../state/selectors.ts', false],
  ['src/state/probe.ts', '../present/legend.ts', true],
  ['src/state/probe.ts', '../ui/common/viewHooks.ts', false],
  ['src/export/probe.ts', '../ui/common/viewHooks.ts', false],
  ['src/share/probe.ts', '../ui/common/viewHooks.ts', false],
  ['src/ui/probe.ts', '../app/App.tsx', false],
  ['src/ui/probe.ts', '../export/exportFiles.ts', true],
  ['src/app/probe.ts', '../ui/map/MapView.tsx', true],
];

describe('layer boundaries (eslint import-x/no-restricted-paths)', () => {
  for (const [file, importPath, allowed] of cases) {
    it(`${file} importing ${importPath} is ${allowed ? 'allowed' : 'refused'}`, async () => {
      const ids = await ruleIds(file, `import * as probe from '${importPath}';\nexport const used = probe;\n`);
      expect(ids.includes('import-x/no-restricted-paths')).toBe(!allowed);
    }, 30_000);
  }

  it('a type-only import across a boundary is refused too (data/ importing a state/ type)', async () => {
    const ids = await ruleIds('src/data/probe.ts', "import type { AppStore } from '../state/store.ts';\nexport type Used = AppStore;\n");
    expect(ids).toContain('import-x/no-restricted-paths');
  }, 30_000);

  it('d3-zoom outside the zoom module is refused; inside it, allowed', async () => {
    const code = "import { zoom } from 'd3-zoom';\nexport const z = zoom;\n";
    expect(await ruleIds('src/ui/map/MapView.tsx', code)).toContain('no-restricted-imports');
    expect(await ruleIds('src/ui/map/attachZoom.ts', code)).not.toContain('no-restricted-imports');
  }, 30_000);

  it('an explicit any in src/ is refused', async () => {
    expect(await ruleIds('src/map/probe.ts', 'export const x = (y: any) => y;\n')).toContain('@typescript-eslint/no-explicit-any');
  }, 30_000);
});
