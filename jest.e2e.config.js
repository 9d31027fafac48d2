/** End-to-end tests of the built preview in headless Chromium; run after `webpack --mode production` (npm run test:e2e). */
/** @type {import('jest').Config} */
module.exports = {
  testMatch: ['<rootDir>/test/e2e/**/*.test.ts'],
  transform: {
    '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, target: 'es2022' } }],
  },
  testEnvironment: 'node',
  testTimeout: 60000,
  maxWorkers: 1,
};
