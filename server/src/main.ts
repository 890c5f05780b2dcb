// CLI entry: env → options, start, and on SIGTERM/SIGINT flush storage and exit 0.
import { createConsoleLogger } from './logger.js';
import { optionsFromEnv } from './config.js';
import { startServer } from './server.js';

const logger = createConsoleLogger();

// One connection's bug must not take every board down: log and keep serving.
process.on('uncaughtException', (error) => logger.error('uncaught exception', { error: error.stack ?? error.message }));
process.on('unhandledRejection', (error) => logger.error('unhandled rejection', { error }));

try {
  const server = await startServer({ ...optionsFromEnv(process.env), logger });
  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal}: flushing storage and closing connections`);
    server.close().then(
      () => {
        logger.info('stopped cleanly');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error('shutdown failed', { error });
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
} catch (error) {
  logger.error('failed to start', { error });
  process.exit(1);
}
