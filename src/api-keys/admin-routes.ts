// Admin identity: lets an operator check that a key works (keys themselves are managed with `npm run keys`).
import { Type } from '@sinclair/typebox'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { BEARER_SECURITY } from '../http/auth.js'
import { Ref, problemResponses, validationExample } from '../http/schemas.js'

const WhoamiSchema = Type.Object({
  data: Type.Object({
    name: Type.String({ maxLength: 100, description: 'Name of the key that authenticated the request; ADMIN_API_KEY for the key from the environment.', examples: ['ops-laptop'] }),
  }, { additionalProperties: false }),
}, { $id: 'Whoami', additionalProperties: false, examples: [{ data: { name: 'ops-laptop' } }] })

export const apiKeySchemas = [WhoamiSchema]

/** Like every /v1 operation, whoami refuses query parameters it does not have. */
const unknownParameter = { unknownParameter: validationExample([{ path: '/query/name', message: 'is not a known field or parameter here' }]) }

export const apiKeyAdminRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/whoami', {
    schema: {
      operationId: 'getAdminIdentity',
      tags: ['Admin'],
      summary: 'Name of the admin key in use',
      description: 'Checks a key: 200 with the name of the key sent in Authorization, 401 when it is missing, unknown or revoked. Keys are managed with `npm run keys`.',
      security: BEARER_SECURITY,
      // 400: like every /v1 operation it refuses query parameters it does not have.
      response: { 200: { description: 'The key is valid.', ...Ref(WhoamiSchema) }, ...problemResponses([400, 401], { 400: unknownParameter }) },
    },
  }, async (request) => ({ data: { name: request.adminKeyName ?? '' } }))
}
