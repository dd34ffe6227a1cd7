// `npm run bench`: each figure beside a baseline measured in the same run, on the API's real code paths and a real
// PostgreSQL (TEST_DATABASE_URL's server, else the embedded one). Jest is only the runner: nothing here asserts a time.
module.exports = {
  displayName: 'bench',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.bench.ts'],
  transform: { '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }] },
  transformIgnorePatterns: ['/node_modules/(?!@faker-js/faker/)'],
  moduleFileExtensions: ['ts', 'js'],
  globalSetup: '<rootDir>/../../apps/api/test/support/global-setup.mjs',
  globalTeardown: '<rootDir>/../../apps/api/test/support/global-teardown.mjs',
  testTimeout: 600000,
  verbose: false,
};
