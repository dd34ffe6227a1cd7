module.exports = {
  displayName: 'web-charts',
  preset: '../../jest.preset.js',
  testEnvironment: 'jsdom',
  transform: {
    '^.+\\.[tj]sx?$': ['babel-jest', { presets: ['@nx/react/babel'] }],
  },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'jsx'],
  // d3 publishes ES modules only; its UMD bundle runs in Jest without transforming node_modules.
  moduleNameMapper: { '^d3$': '<rootDir>/../../node_modules/d3/dist/d3.js' },
  coverageDirectory: '../../coverage/libs/web-charts',
};
