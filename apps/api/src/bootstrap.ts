import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import type { NextFunction, Request, Response } from 'express';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Logger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import { BoardPackWorker } from './board-packs/board-pack.worker';
import type { AppConfig } from './common/app-config';
import { CanonicalInputInterceptor } from './common/canonical-input.interceptor';
import { runMigrations } from './database/data-source';
import { requestScope } from './database/tenancy';
import { DemoDataService } from './demo/demo-data.service';

/** Builds the app the same way for `main.ts` and the integration tests: migrated, and the demo loaded if asked. */
export async function createApp(config: AppConfig): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(config), { bufferLogs: true, bodyParser: false });
  app.useLogger(app.get(Logger));
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          // Charts set style attributes; scripts stay same-origin only.
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:'],
          // Helmet's default also allows fonts from any https host; the web app uses system fonts, so nothing leaves the origin.
          'font-src': ["'self'"],
          'frame-ancestors': ["'none'"],
          'upgrade-insecure-requests': config.cookieSecure ? [] : null,
        },
      },
      hsts: config.cookieSecure,
    }),
  );
  app.use(cookieParser());
  app.use(requestScope);
  // Spreadsheet imports arrive base64-encoded inside GraphQL requests (a 10 MB file is ~13.4 MB of base64).
  app.useBodyParser('json', { limit: '15mb' });
  if (config.webDist) serveWebApp(app, resolve(config.webDist));
  app.useGlobalInterceptors(new CanonicalInputInterceptor());
  app.enableShutdownHooks();
  await runMigrations(app.get(DataSource));
  if (config.loadDemoData) await app.get(DemoDataService).loadOnce();
  return app;
}

/** The built web app from the same origin, so the session cookie and CSRF rules need no cross-site exceptions. */
function serveWebApp(app: NestExpressApplication, webDist: string): void {
  const indexHtml = join(webDist, 'index.html');
  if (!existsSync(indexHtml)) throw new Error(`WEB_DIST is ${webDist}, but there is no index.html there: build the web app first (npx nx build web)`);
  app.useStaticAssets(webDist, { index: false, maxAge: '1h' });
  app.use((req: Request, res: Response, next: NextFunction) => {
    const isPage = req.method === 'GET' && req.path !== '/graphql' && req.path !== '/healthz' && !req.path.startsWith('/downloads/') && req.accepts('html');
    if (isPage) res.sendFile(indexHtml);
    else next();
  });
}

/**
 * The board pack worker's process (`node main.js --worker`): the same modules without HTTP, migrated (under the same
 * advisory lock as the API's, so it may start first), working the queue until SIGTERM or SIGINT.
 */
export async function runWorker(config: AppConfig): Promise<INestApplicationContext> {
  const app = await NestFactory.createApplicationContext(AppModule.register(config), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  await runMigrations(app.get(DataSource));
  app.get(BoardPackWorker).start();
  return app;
}
