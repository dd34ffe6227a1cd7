import { Logger } from '@nestjs/common';
import { createApp, runWorker } from './bootstrap';
import { ConfigError, loadConfig } from './common/app-config';

/** `node main.js` serves the API; `node main.js --worker` runs the board pack worker instead. */
async function main() {
  const config = loadConfig(process.env);
  if (process.argv.includes('--worker')) {
    await runWorker(config);
    new Logger('Stewardship').log('Board pack worker running');
    return;
  }
  const app = await createApp(config);
  await app.listen(config.port);
  new Logger('Stewardship').log(`API listening on http://localhost:${config.port}/graphql`);
}

main().catch((error) => {
  // A bad setting is the operator's to fix: say what it is, without a stack trace.
  console.error(error instanceof ConfigError ? `Configuration problem: ${error.message}` : error);
  process.exit(1);
});
