/**
 * End-to-end tests: the browser preview (dist/preview.html, built by `npm run build`) in
 * Debian's headless Chromium via playwright-core. Run with `npm run test:e2e`.
 * @type {import('jest').Config}
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test/e2e'],
  testMatch: ['**/*.test.ts'],
  transform: {
    // Transpile only: type-checking is `npm run typecheck`'s job, and this keeps the suite fast.
    '^.+\\.tsx?$': ['ts-jest', { diagnostics: false }],
  },
  // One browser at a time: the machine is small and the tests share nothing but the build.
  maxWorkers: 1,
  testTimeout: 120000,
};
