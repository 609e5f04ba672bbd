/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: false }],
  },
  moduleNameMapper: {
    // office-addin-mock pulls an ESM-only module through office-addin-manifest; the CJS entry works.
    '^office-addin-manifest$': '<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js',
  },
  testTimeout: 30000,
  maxWorkers: 2,
  // No test leaves a handle open (checked with --detectOpenHandles and by logging each worker's
  // active resources after every file), but a worker ends the run holding 600–950 MB (TypeScript,
  // the module registries), and on a busy two-core machine its exit took longer than Jest's default
  // 500 ms: Jest then reported "A worker process has failed to exit gracefully" and killed it. A
  // worker that really leaks a handle still never exits, and is still reported, after 5 s.
  workerGracefulExitTimeout: 5000,
};
