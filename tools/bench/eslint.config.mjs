import baseConfig from '../../eslint.config.mjs';

export default [
  ...baseConfig,
  {
    // The bench measures the API's own code paths, so it reaches into apps/api on purpose.
    files: ['**/*.ts'],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
];
