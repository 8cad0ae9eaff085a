// The OpenAPI document exactly as the server serves it, built without listening, and the TypeScript types frontends
// generate from it (for `npm run openapi` and the drift tests).
import { buildApp } from './app.js'
import { loadConfig } from './config.js'

export async function generateOpenApiDocument (): Promise<string> {
  const app = await buildApp({ config: loadConfig({ DATABASE_PATH: ':memory:', LOG_LEVEL: 'silent' }), seed: false, logger: false })
  await app.ready()
  const document = `${JSON.stringify(app.swagger(), null, 2)}\n`
  await app.close()
  return document
}

/** openapi-typescript's types for the document (`paths`, `components`), as committed in openapi/openapi.d.ts for openapi-fetch. */
export async function generateClientTypes (document: string): Promise<string> {
  // A development tool: loaded only by `npm run openapi` and the tests.
  const { default: openapiTS, astToString } = await import('openapi-typescript')
  const ast = await openapiTS(JSON.parse(document) as Parameters<typeof openapiTS>[0])
  return `// Generated from openapi.json by openapi-typescript (npm run openapi): do not edit.\n${astToString(ast)}`
}
