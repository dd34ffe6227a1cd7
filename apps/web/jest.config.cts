module.exports = {
  displayName: 'web',
  preset: '../../jest.preset.js',
  testEnvironment: 'jsdom',
  setupFilesAfterEnv: ['<rootDir>/src/test-setup.ts'],
  transform: {
    '^(?!.*\\.(js|jsx|ts|tsx|css|json)$)': '@nx/react/plugins/jest',
    '^.+\\.[tj]sx?$': ['babel-jest', { presets: ['@nx/react/babel'] }],
  },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'jsx'],
  // d3 publishes ES modules only; its UMD bundle runs in Jest without transforming node_modules.
  moduleNameMapper: { '^d3$': '<rootDir>/../../node_modules/d3/dist/d3.js' },
  coverageDirectory: '../../coverage/apps/web',
};
