/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    // Transpile only: type-checking is `npm run typecheck`'s job, and this keeps the suite fast.
    '^.+\\.tsx?$': ['ts-jest', { diagnostics: false }],
  },
  testPathIgnorePatterns: ['/node_modules/', '/test/e2e/'],
  // jsdom suites resolve the "browser" export condition, which for uuid (used by exceljs) is
  // an ES module jest cannot load: use its CommonJS build, the same code.
  moduleNameMapper: { '^uuid$': require.resolve('uuid') },
};
