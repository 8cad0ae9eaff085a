// Entry point: read config, build the app, listen; on SIGINT/SIGTERM finish in-flight requests, close the database, exit 0.
import closeWithGrace from 'close-with-grace'
import { buildApp } from './app.js'
import { ConfigError, loadConfig } from './config.js'
import { MigrationError } from './db/migrate.js'
import { DRAIN_TIMEOUT_MS } from './http/shutdown.js'

async function main () {
  let config
  try {
    config = loadConfig()
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message)
      process.exit(1)
    }
    throw error
  }

  let app
  try {
    app = await buildApp({ config })
  } catch (error) {
    if (error instanceof MigrationError) {
      console.error(`Refusing to start: ${error.message}`)
      process.exit(1)
    }
    throw error
  }

  // Stop listening first (once the connections the kernel already established are accepted), before app.close() makes
  // Fastify answer "Connection: close": clients that then reconnect are refused, not queued on a listener about to close.
  // app.close() drains keep-alive connections until DRAIN_TIMEOUT_MS after the signal, then closes the database.
  closeWithGrace({ delay: DRAIN_TIMEOUT_MS + 2000 }, async ({ signal, err }) => {
    if (err) app.log.error({ err }, 'shutting down after an error')
    else app.log.info({ signal }, 'shutting down: finishing in-flight requests')
    await app.stopAccepting()
    await app.close()
  })

  await app.listen({ port: config.port, host: config.host })
  const address = app.server.address()
  const port = typeof address === 'object' && address ? address.port : config.port
  app.log.info(`docs at http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}/docs`)
}

await main()
