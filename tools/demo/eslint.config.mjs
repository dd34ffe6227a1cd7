import baseConfig from '../../eslint.config.mjs';

export default [
  ...baseConfig,
  {
    // The demo loader writes through the API's own writers, so it reaches into apps/api on purpose.
    files: ['**/*.ts'],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
];
