// Runs the bench's TypeScript in plain Node (`node -r ./tools/bench/register.cjs tools/bench/src/main.ts`): each .ts
// file is compiled by @swc/core (already the workspace's compiler) as it is required. Nest needs decorator metadata,
// which swc emits and type-stripping loaders (tsx, esbuild) do not; tsconfig.base.json's paths resolve the libs.
const { readFileSync } = require('node:fs');
const { resolve } = require('node:path');
const { transformSync } = require('@swc/core');

const root = resolve(__dirname, '../..');
const { paths } = JSON.parse(readFileSync(resolve(root, 'tsconfig.base.json'), 'utf8')).compilerOptions;

require.extensions['.ts'] = (module, filename) => {
  const { code } = transformSync(readFileSync(filename, 'utf8'), {
    filename,
    swcrc: false,
    sourceMaps: 'inline',
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      target: 'es2022',
      keepClassNames: true,
      transform: { legacyDecorator: true, decoratorMetadata: true },
      baseUrl: root,
      paths,
    },
    module: { type: 'commonjs', ignoreDynamic: true },
  });
  module._compile(code, filename);
};
