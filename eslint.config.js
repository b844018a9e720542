// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Import restrictions that keep the layers of DESIGN.md §4 pointing inwards. */
const layer = (files, patterns, extra = {}) => ({
  files,
  ignores: ['**/*.test.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      { patterns: [{ group: patterns, message: 'Layer boundary: see DESIGN.md §5.' }], ...extra },
    ],
  },
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'data/**', 'bin/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['eslint.config.js'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      'max-params': ['error', 3],
      'max-lines': ['warn', { max: 400, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    files: ['**/*.test.ts', 'bench/**', 'e2e/**'],
    rules: { 'max-lines': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  { files: ['eslint.config.js'], ...tseslint.configs.disableTypeChecked },
  layer(
    ['src/core/**/*.ts'],
    [
      'node:*',
      'fs',
      'path',
      '**/store/**',
      '**/services/**',
      '**/server/**',
      '**/cli/**',
      '**/importers/**',
      '**/reporters/**',
      '**/contract/**',
      '**/web/**',
    ],
  ),
  layer(
    ['src/importers/**/*.ts', 'src/reporters/**/*.ts'],
    ['**/store/**', '**/services/**', '**/server/**', '**/cli/**', '**/web/**'],
  ),
  layer(
    ['src/contract/**/*.ts'],
    [
      'node:*',
      '**/store/**',
      '**/services/**',
      '**/server/**',
      '**/cli/**',
      '**/importers/**',
      '**/reporters/**',
      '**/web/**',
    ],
  ),
  layer(['src/store/**/*.ts'], ['**/services/**', '**/server/**', '**/cli/**', '**/web/**']),
  layer(['src/services/**/*.ts'], ['**/server/**', '**/cli/**', '**/web/**']),
  layer(['src/cli/**/*.ts'], ['**/server/**', '**/web/**']),
  layer(['src/server/**/*.ts'], ['**/cli/**', '**/web/**', '**/importers/**', '**/reporters/**']),
  {
    // The web app runs in the browser: it talks to the server over HTTP only, may import the
    // contract and core/access, and only types from the rest of core.
    files: ['web/**/*.ts', 'web/**/*.tsx'],
    ignores: ['web/vite.config.ts'],
    languageOptions: { globals: globals.browser },
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'node:*',
                '**/server/**',
                '**/store/**',
                '**/services/**',
                '**/cli/**',
                '**/importers/**',
                '**/reporters/**',
              ],
              message: 'Layer boundary: see DESIGN.md §5.',
            },
            {
              regex: '/core/(?!access/)',
              allowTypeImports: true,
              message: 'The web imports only types from core (core/access excepted).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['web/vite.config.ts'],
    languageOptions: {
      parserOptions: { projectService: false, project: './web/tsconfig.node.json' },
    },
  },
);
