// Swagger UI at /docs, loaded on the first request for it: @fastify/swagger-ui and its static files live in a Fastify
// instance of their own, built then (routes cannot be added to a server already listening), and this server answers
// every /docs request with what that instance answers, through its own hooks (security headers, errors, logging).
import type { FastifySwaggerUiOptions } from '@fastify/swagger-ui'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { loadOnFirstUse } from '../base/lazy.js'
import { Moved } from './errors.js'

/** Headers about the connection or the message framing, not the file: this server sets its own. */
const OWN_HEADERS = new Set(['connection', 'keep-alive', 'transfer-encoding', 'date', 'content-length'])
/** Request headers Swagger UI's routes use: conditional and range requests of its static files. */
const FORWARDED = ['if-none-match', 'if-modified-since', 'if-match', 'if-unmodified-since', 'range', 'if-range']

export interface SwaggerUiRoutesOptions {
  /** Where Swagger UI is served (`/docs`). */
  prefix: string
  /** @fastify/swagger-ui's options, but for `routePrefix`. */
  ui: Omit<FastifySwaggerUiOptions, 'routePrefix'>
  /** Paths under `prefix` answered with a redirect to another address (its own copies of the document). */
  redirects: ReadonlyMap<string, string>
}

export function swaggerUiRoutes (app: FastifyInstance, { prefix, ui, redirects }: SwaggerUiRoutesOptions) {
  let built: FastifyInstance | undefined
  const swaggerUi = loadOnFirstUse('Swagger UI (@fastify/swagger-ui)', async () => {
    const [{ default: Fastify }, { default: swaggerUiPlugin }] = await Promise.all([import('fastify'), import('@fastify/swagger-ui')])
    const instance = Fastify({ logger: false })
    // @fastify/swagger-ui insists on @fastify/swagger being registered; the document itself is this server's.
    await instance.register(fp(async () => undefined, { name: '@fastify/swagger' }))
    await instance.register(swaggerUiPlugin, { ...ui, routePrefix: prefix })
    await instance.ready()
    built = instance
    return instance
  })
  app.addHook('onClose', async () => {
    await built?.close()
  })

  async function answer (request: FastifyRequest<{ Params: { '*'?: string } }>, reply: FastifyReply) {
    const rest = request.params['*']
    const path = rest === undefined ? prefix : `${prefix}/${rest}`
    const target = redirects.get(path)
    // Sent by the error handler, as every redirect (http/errors.ts).
    if (target !== undefined) throw new Moved(target)
    const query = request.url.indexOf('?')
    const headers = Object.fromEntries(FORWARDED.flatMap((name) => {
      const value = request.headers[name]
      return typeof value === 'string' ? [[name, value]] : []
    }))
    const response = await (await swaggerUi()).inject({ method: request.method as 'GET' | 'HEAD', url: query < 0 ? path : path + request.url.slice(query), headers })
    if (response.statusCode === 404) return reply.callNotFound()
    for (const [name, value] of Object.entries(response.headers)) {
      if (value !== undefined && !OWN_HEADERS.has(name)) reply.header(name, value)
    }
    return reply.code(response.statusCode).send(response.rawPayload)
  }

  const schema = { hide: true }
  app.get(prefix, { schema }, answer)
  app.get(`${prefix}/*`, { schema }, answer)
}
