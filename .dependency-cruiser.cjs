/**
 * dependency-cruiser: no import cycle in src/, type-only imports included (tsPreCompilationDeps),
 * which ESLint's import-x/no-cycle does not look at. The layer rules are ESLint's
 * (eslint.config.js).
 */
module.exports = {
  forbidden: [
    {
      name: 'no-cycle',
      severity: 'error',
      comment: 'A cycle ties two modules into one: pull what both need down a layer.',
      from: { path: '^src/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js'] },
  },
};
