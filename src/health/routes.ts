// Liveness (/health) and readiness (/ready) probes for load balancers and orchestrators.
import { Type } from '@sinclair/typebox'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { HttpProblem } from '../http/errors.js'
import { Ref, SAFE_INTEGER_MAX, problemResponses } from '../http/schemas.js'
import type { HealthRepository } from './repository.js'

const HealthSchema = Type.Object({
  status: Type.Literal('ok'),
  uptime_seconds: Type.Integer({ format: 'int64', minimum: 0, maximum: SAFE_INTEGER_MAX, description: 'Seconds since the process started.', examples: [42] }),
}, { $id: 'Health', additionalProperties: false, examples: [{ status: 'ok', uptime_seconds: 86_400 }] })

const ReadySchema = Type.Object({
  status: Type.Literal('ok'),
  checks: Type.Object({ database: Type.Literal('ok') }, { additionalProperties: false }),
}, { $id: 'Ready', additionalProperties: false, examples: [{ status: 'ok', checks: { database: 'ok' } }] })

export const healthSchemas = [HealthSchema, ReadySchema]

export const healthRoutes: FastifyPluginAsyncTypebox<{ health: HealthRepository }> = async (app, { health }) => {
  app.get('/health', {
    schema: {
      operationId: 'getHealth',
      tags: ['Health'],
      summary: 'Liveness: the process is up',
      description: 'Answers 200 while the process runs, whatever the state of the database: for a liveness probe (restart when it fails).',
      // No request to it is a client error: no 4xx (the lint exception is in openapi/redocly.yaml).
      response: { 200: { description: 'The process is up.', ...Ref(HealthSchema) } },
    },
  }, async () => ({ status: 'ok' as const, uptime_seconds: Math.floor(process.uptime()) }))

  app.get('/ready', {
    schema: {
      operationId: 'getReadiness',
      tags: ['Health'],
      summary: 'Readiness: the database answers',
      description: 'Answers 200 once the database answers a query, 503 when it does not: for a readiness probe (send no traffic until it passes).',
      // 503 is the only error it sends; no 4xx (the lint exception is in openapi/redocly.yaml).
      response: { 200: { description: 'Ready to serve.', ...Ref(ReadySchema) }, ...problemResponses([503]) },
    },
  }, async (request) => {
    try {
      await health.ping()
    } catch (error) {
      request.log.error({ err: error }, 'readiness check failed')
      throw new HttpProblem(503, 'The database does not answer.')
    }
    return { status: 'ok' as const, checks: { database: 'ok' as const } }
  })
}
