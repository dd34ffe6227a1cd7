import { createReadStream, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const API_ORIGIN = process.env['STEWARDSHIP_API_ORIGIN'] ?? 'http://localhost:3000';
const api = { target: API_ORIGIN, changeOrigin: false };

export default defineConfig(() => ({
  root: import.meta.dirname,
  cacheDir: '../../node_modules/.vite/apps/web',
  server: {
    port: 4200,
    host: 'localhost',
    proxy: { '/graphql': api, '/healthz': api, '/downloads': api },
  },
  preview: {
    port: 4300,
    host: 'localhost',
    proxy: { '/graphql': api, '/healthz': api, '/downloads': api },
  },
  // '@stewardship/domain' and other libs resolve through tsconfig.base.json paths.
  resolve: { tsconfigPaths: true },
  plugins: [react(), nhsukImages()],
  // The import page counts CSV rows in a module worker (same-origin, as the Content-Security-Policy requires).
  worker: { format: 'es' as const },
  css: {
    // nhsuk-frontend still carries an old IE hack (`@media screen\0`) the minifier cannot parse; drop such rules.
    lightningcss: { errorRecovery: true },
  },
  build: {
    outDir: '../../dist/apps/web',
    emptyOutDir: true,
    reportCompressedSize: true,
    commonjsOptions: {
      transformMixedEsModules: true,
    },
  },
}));

/**
 * nhsuk-frontend's CSS points at /assets/images/*.svg (icons for a few components). Serve those
 * files from the package in development and copy them into the build, so nothing 404s.
 */
function nhsukImages(): Plugin {
  const dir = join(import.meta.dirname, '../../node_modules/nhsuk-frontend/dist/nhsuk/assets/images');
  const prefix = '/assets/images/';
  return {
    name: 'stewardship-nhsuk-images',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const name = req.url?.startsWith(prefix) ? decodeURIComponent(req.url.slice(prefix.length).split('?')[0]) : '';
        const file = join(dir, name);
        if (!name || name.includes('/') || name.includes('..') || !existsSync(file)) return next();
        res.setHeader('Content-Type', name.endsWith('.svg') ? 'image/svg+xml' : 'application/octet-stream');
        createReadStream(file).pipe(res);
      });
    },
    generateBundle() {
      for (const name of readdirSync(dir).filter((file) => file.endsWith('.svg'))) {
        this.emitFile({ type: 'asset', fileName: `assets/images/${name}`, source: readFileSync(join(dir, name)) });
      }
    },
  };
}
