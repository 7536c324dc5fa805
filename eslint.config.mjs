// Flat config: typescript-eslint for all code, office-addins rules for the Office.js adapter,
// and an import fence that keeps src/core free of hosts and IO.
import tseslint from 'typescript-eslint';
import officeAddins from 'eslint-plugin-office-addins';

const hostModules = [
  'react', 'react-dom', 'react/*', 'exceljs', '@fluentui/*', '@microsoft/*', 'office-addin-*',
  'fs', 'fs/*', 'path', 'os', 'child_process', 'node:*', 'stream', 'buffer', 'util', 'crypto',
];

export default tseslint.config(
  { ignores: ['node_modules/**', 'build/**', 'dist/**', 'out/**', 'coverage/**', 'test-output/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      'no-console': ['error', { allow: ['warn', 'error'] }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: hostModules, message: 'src/core is pure: no Office, React, Node, exceljs or IO imports.' }],
      }],
      'no-restricted-globals': ['error', 'Office', 'Excel', 'window', 'document', 'process', 'require'],
    },
  },
  {
    files: ['src/excel/**/*.ts'],
    plugins: { 'office-addins': officeAddins },
    rules: {
      'office-addins/no-context-sync-in-loop': 'error',
      'office-addins/call-sync-before-read': 'error',
      'office-addins/call-sync-after-load': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/no-navigational-load': 'error',
      'office-addins/test-for-null-using-isNullObject': 'error',
      'office-addins/no-office-initialize': 'error',
      'office-addins/no-empty-load': 'error',
    },
  },
  {
    files: ['src/cli/**/*.ts', 'scripts/**/*.ts', 'bench/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
  {
    // Node tool scripts and configs stay CommonJS so they run without a build step.
    files: ['*.js', 'scripts/**/*.js', 'bench/**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable', __dirname: 'readonly', process: 'readonly', console: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off', 'no-console': 'off' },
  },
);
