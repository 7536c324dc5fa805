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
  // On a 2-core machine jest would run all suites in one process (maxWorkers = cores − 1 = 1
  // means in band), whose heap grows to about 1 GB over 85 suites. Two workers, restarted above
  // 1 GB, keep every process's heap bounded, and the run takes 92 s instead of 155 s.
  maxWorkers: 2,
  workerIdleMemoryLimit: '1GB',
  // jsdom suites resolve the "browser" export condition, which for uuid (used by exceljs) is
  // an ES module jest cannot load: use its CommonJS build, the same code.
  moduleNameMapper: { '^uuid$': require.resolve('uuid') },
};
