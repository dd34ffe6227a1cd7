import { Logger } from '@nestjs/common';
import { createApp } from './bootstrap';
import { ConfigError, loadConfig } from './common/app-config';

async function main() {
  const config = loadConfig(process.env);
  const app = await createApp(config);
  await app.listen(config.port);
  new Logger('Stewardship').log(`API listening on http://localhost:${config.port}/graphql`);
}

main().catch((error) => {
  // A bad setting is the operator's to fix: say what it is, without a stack trace.
  console.error(error instanceof ConfigError ? `Configuration problem: ${error.message}` : error);
  process.exit(1);
});
