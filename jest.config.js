/** Tests are TypeScript, transpiled by swc; `npm test` runs `tsc --noEmit` first for the types. */
module.exports = {
  // jest's node environment with the builtins bound once per test file (test/environment.ts).
  testEnvironment: '<rootDir>/test/environment.ts',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  // The browser tests run on their own (`npm run test:e2e`, jest.e2e.config.js).
  testPathIgnorePatterns: ['/node_modules/', '/test/e2e/'],
  transform: { '^.+\\.ts$': ['@swc/jest', { jsc: { target: 'es2022' } }] },
  testTimeout: 60000,
  // Each module compiled once per worker, not once per test file (test/jest-runtime.js says why).
  runtime: '<rootDir>/test/jest-runtime.js',
  // Jest's default on 2 cores is one worker (cores − 1), that is every suite in one process
  // in turn: two workers use both cores while the slow suites run.
  maxWorkers: 2,
};
