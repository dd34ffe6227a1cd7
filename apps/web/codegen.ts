import type { CodegenConfig } from '@graphql-codegen/cli';

// Run from the workspace root (`nx run web:codegen`). The schema is the file the API emits and
// commits, so codegen never needs a running server.
const config: CodegenConfig = {
  schema: 'apps/api/schema.gql',
  documents: ['apps/web/src/**/*.graphql'],
  generates: {
    'apps/web/src/generated/': {
      preset: 'client',
      presetConfig: {
        // Documents live in .graphql files and components read whole results, so no masking.
        fragmentMasking: false,
      },
      config: {
        useTypeImports: true,
        enumType: 'string-literal',
        scalars: { DateTime: 'string' },
        defaultScalarType: 'unknown',
        strictScalars: true,
      },
    },
  },
};

export default config;
