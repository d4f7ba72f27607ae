// Lint that guards the architecture: type-aware rules (no floating promises, type-only
// imports), React hooks, no raw JSX text (every visible string goes through i18next),
// import boundaries between the processes, between features (each one's index.ts is
// its only door; app/ is off limits to them) and no import cycle anywhere.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import i18next from 'eslint-plugin-i18next';
import globals from 'globals';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

const FEATURES = ['attendee', 'closing', 'debate', 'phones', 'pledges', 'reports', 'screening', 'settings', 'sync'];
const R = './src/renderer/src';

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'server/dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'server/data/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Bridge methods are async by contract even when an implementation has nothing to await.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    files: ['**/*.{ts,tsx,mts}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': importX.flatConfigs.typescript.settings['import-x/extensions'],
      'import-x/parsers': importX.flatConfigs.typescript.settings['import-x/parsers'],
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          project: ['tsconfig.web.json', 'tsconfig.node.json'],
          noWarnOnMultipleProjects: true,
        }),
      ],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    files: ['src/renderer/src/**/*.{ts,tsx}'],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            ...FEATURES.map((f) => ({
              target: `${R}/features/${f}`,
              from: `${R}/features/!(${f})/**`,
              except: ['**/features/*/index.ts'],
              message: 'Another feature is reached through its index.ts only.',
            })),
            {
              target: `${R}/features`,
              from: `${R}/app`,
              message: 'Features get what they need from app/ as props or context.',
            },
            {
              target: [`${R}/ui`, `${R}/data`, `${R}/platform`, `${R}/i18n`],
              from: [`${R}/features`, `${R}/app`],
              message: 'Shared layers never depend on features or the app.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, i18next },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'i18next/no-literal-string': ['error', { mode: 'jsx-text-only' }],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', 'node:*'],
              message: 'The renderer talks to its platform only through window.kiosk (src/shared/bridge).',
            },
          ],
        },
      ],
    },
  },
  {
    // Only the data module talks to Dexie; components read through useLive.
    files: ['src/renderer/src/**/*.{ts,tsx}'],
    ignores: ['src/renderer/src/data/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'dexie', message: 'Use the data module (src/renderer/src/data).' }],
          patterns: [
            { group: ['electron', 'node:*'], message: 'The renderer talks to its platform only through window.kiosk.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['electron', 'node:*', 'react', 'dexie'], message: 'src/shared is env-neutral.' }] },
      ],
    },
  },
);
