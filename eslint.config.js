// ESLint (flat config): the layers of src/ and the habits we hold (README, "Layout").
// Cycles, type imports included, are checked by dependency-cruiser (.dependency-cruiser.cjs):
// import-x/no-cycle skips type-only imports.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The layers, bottom to top, and what each may import. A layer may always import itself; nothing
 * may import app/ but main.tsx.
 */
const LAYERS = {
  data: [],
  map: ['data'],
  i18n: ['data'],
  filters: ['data', 'map', 'i18n'],
  present: ['data', 'map', 'i18n', 'filters'],
  state: ['data', 'map', 'i18n', 'filters', 'present'],
  export: ['data', 'map', 'i18n', 'filters', 'present', 'state'],
  share: ['data', 'map', 'i18n', 'filters', 'present', 'state'],
  embed: ['data', 'map', 'i18n', 'filters', 'present', 'state'],
  ui: ['data', 'map', 'i18n', 'filters', 'present', 'state', 'export', 'share', 'embed'],
  app: ['data', 'map', 'i18n', 'filters', 'present', 'state', 'export', 'share', 'embed', 'ui'],
};

const layerZones = Object.entries(LAYERS).flatMap(([layer, allowed]) =>
  Object.keys(LAYERS)
    .filter((other) => other !== layer && !allowed.includes(other))
    .map((other) => ({
      target: `./src/${layer}`,
      from: `./src/${other}`,
      message: `${layer}/ may import only ${allowed.length ? allowed.map((a) => `${a}/`).join(', ') : 'nothing else of src/'} (README, "Layout").`,
    })),
);

export default tseslint.config(
  { ignores: ['dist/', 'bench/baseline/dist/', 'bench/rsm/dist/', 'bench/results/', 'coverage/', 'node_modules/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
      'import-x/no-self-import': 'error',
      'import-x/no-useless-path-segments': 'error',
      'import-x/no-duplicates': ['error', { 'prefer-inline': true }],
      'no-empty': ['error', { allowEmptyCatch: true }],
      // d3 computes, React owns the DOM: only the zoom module may select and zoom elements.
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'd3-zoom', message: 'Only src/ui/map/attachZoom.ts may use d3-zoom.' },
            { name: 'd3-selection', message: 'Only src/ui/map/attachZoom.ts may use d3-selection.' },
          ],
        },
      ],
    },
  },
  {
    // The zoom module, and the benchmark's plain baseline map (what a newsroom would write).
    files: ['src/ui/map/attachZoom.ts', 'bench/baseline/**', 'bench/rsm/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // These tests break the dataset's raw JSON at arbitrary paths: its shape is unknown by design.
    files: ['tests/data/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // useTestBrowser and friends set up vitest hooks; they are not React hooks.
    files: ['tests/e2e/**'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  {
    // main.tsx is the only importer of app/.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/main.tsx', 'src/app/**'],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        { zones: [...layerZones, { target: './src', from: './src/app', except: [], message: 'Nothing imports app/ but main.tsx.' }] },
      ],
    },
  },
  {
    // The React Compiler's rules assume code written for the compiler; the app is not compiled by it.
    files: ['**/*.{ts,tsx}'],
    rules: {
      'react-hooks/refs': 'off',
      'react-hooks/set-state-in-effect': 'off',
      'react-hooks/immutability': 'off',
      'react-hooks/purity': 'off',
      'react-hooks/preserve-manual-memoization': 'off',
      'react-hooks/static-components': 'off',
      'react-hooks/use-memo': 'off',
      'react-hooks/incompatible-library': 'off',
    },
  },
  prettier,
);
