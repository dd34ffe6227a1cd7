module.exports = {
  displayName: 'demo-data',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }]
  },
  // @faker-js/faker 10 ships only ES modules; Jest's CommonJS runtime needs it transpiled too.
  transformIgnorePatterns: ['/node_modules/(?!@faker-js/faker/)'],
  moduleFileExtensions: ['ts', 'js', 'html'],
  coverageDirectory: '../../coverage/libs/demo-data'
};
