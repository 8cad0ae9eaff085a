// The OpenAPI document exactly as the server serves it, built without listening (for `npm run openapi` and the drift test).
import { buildApp } from './app.js'
import { loadConfig } from './config.js'

export async function generateOpenApiDocument (): Promise<string> {
  const app = await buildApp({ config: loadConfig({ DATABASE_PATH: ':memory:', LOG_LEVEL: 'silent' }), seed: false, logger: false })
  await app.ready()
  const document = `${JSON.stringify(app.swagger(), null, 2)}\n`
  await app.close()
  return document
}
