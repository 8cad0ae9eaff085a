// OpenAPI 3.1 document generated from the route schemas, served at /openapi.json, with Swagger UI at /docs.
import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { packageVersion } from '../paths.js'
import { MALFORMED_URL_EXAMPLE, OPERATION_PROBLEM_EXAMPLES, validationExample, type Problem } from './schemas.js'
import { WEBHOOK_EVENT_TYPES } from '../webhooks/schemas.js'

const webhookHeader = (name: string, description: string, example: string) => ({
  name, in: 'header' as const, required: true, description, schema: { type: 'string' as const, maxLength: 200, examples: [example] },
})

/** What receivers of WEBHOOK_URLS get: OpenAPI 3.1 `webhooks`, one entry per event type. */
const WEBHOOKS = Object.fromEntries(WEBHOOK_EVENT_TYPES.map((type) => [type, {
  post: {
    operationId: `receive_${type.replace('.', '_')}`,
    tags: ['Webhooks'],
    summary: `${type} notification`,
    description: 'POSTed to every URL in WEBHOOK_URLS after the change commits; retried with exponential backoff until a 2xx arrives ' +
      'or WEBHOOK_MAX_ATTEMPTS is reached. Delivery is at least once: de-duplicate on Webhook-Id. ' +
      'Verify before trusting: hex HMAC-SHA256 with WEBHOOK_SECRET over `${Webhook-Timestamp}.${raw body}` must equal Webhook-Signature after `v1=`, ' +
      'and the timestamp should be recent (e.g. within 5 minutes).',
    parameters: [
      webhookHeader('Webhook-Id', 'Event id, the same on every retry: de-duplicate on it.', '7d1e3b5a-2c4f-4e8a-b6d9-1f0a2c3e4b5d'),
      webhookHeader('Webhook-Timestamp', 'Unix time (seconds) of this attempt; part of the signed content.', '1741083330'),
      webhookHeader('Webhook-Signature', '`v1=` + hex HMAC-SHA256(WEBHOOK_SECRET, timestamp + body): the Webhook-Timestamp value immediately followed by the raw body.', 'v1=5d41402abc4b2a76b9719d911017c592ae2f5c3b5e8b1f1c2a3e4d5f6a7b8c9d'),
      webhookHeader('Webhook-Event', 'The event type, as in the body.', type),
      webhookHeader('Webhook-Attempt', 'Attempt number, from 1.', '1'),
    ],
    requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/WebhookEvent' } } } },
    responses: {
      200: { description: 'Any 2xx acknowledges the event.' },
      400: { description: 'Any other answer, or none within WEBHOOK_TIMEOUT_MS, is retried later.' },
    },
    security: [],
  },
}]))

export const OPENAPI_TAGS = [
  { name: 'Articles', description: 'Published articles, whole or as summaries.' },
  { name: 'Sections', description: 'One section, or a page of sections, for small payloads.' },
  { name: 'Reviews', description: 'Reader reviews and rating summaries (approved reviews only).' },
  { name: 'Review moderation', description: 'The moderation queue: approve, hide or delete reviews. Admin key required.' },
  { name: 'Health', description: 'Liveness and readiness probes.' },
  { name: 'Contact', description: 'The public contact form: JSON, or a plain HTML form post that needs no JavaScript.' },
  { name: 'Contact inbox', description: 'Read, search, triage and delete contact messages (admin).' },
  { name: 'Privacy', description: 'Data-subject requests: export or erase everything stored for an email (admin).' },
  { name: 'Webhooks', description: 'Signed event notifications (see `webhooks` in this document) and their delivery log (admin).' },
  { name: 'Admin', description: 'Operator endpoints: require `Authorization: Bearer <key>`.' },
  { name: 'Meta', description: 'This API description.' },
]

type JsonObject = Record<string, unknown>
type OpenApiParameter = { in?: string, required?: boolean, schema?: { default?: unknown } }
type OpenApiShape = {
  paths?: Record<string, Record<string, { parameters?: OpenApiParameter[] } | undefined> | undefined>
  components?: { schemas?: Record<string, JsonObject> }
}

/**
 * A query parameter with a default need not be sent: ajv fills it in. TypeBox objects list every
 * property as required, so @fastify/swagger marks them `required: true`, and Swagger UI then refuses
 * "Execute" until the caller types the default in. Document them as optional.
 */
export function defaultedQueryParametersOptional<T> (document: T): T {
  for (const operations of Object.values((document as OpenApiShape).paths ?? {})) {
    for (const operation of Object.values(operations ?? {})) {
      for (const parameter of operation?.parameters ?? []) {
        if (parameter.in === 'query' && parameter.schema?.default !== undefined) delete parameter.required
      }
    }
  }
  return document
}

const COMPONENT_REF = '#/components/schemas/'

/**
 * Without a `mapping`, OpenAPI tools take the discriminator value to be the component name
 * ("ParagraphBlock"), not the `const` the member declares ("paragraph"). ajv rejects `mapping`,
 * so it is added to the document only: one entry per oneOf member whose discriminator property has a single value.
 * The component is replaced, not edited, because the schema objects may be shared with the validators.
 */
export function discriminatorMappings<T> (document: T): T {
  const schemas = (document as OpenApiShape).components?.schemas ?? {}
  for (const [name, schema] of Object.entries(schemas)) {
    const discriminator = schema.discriminator as { propertyName?: string, mapping?: unknown } | undefined
    if (!discriminator?.propertyName || discriminator.mapping || !Array.isArray(schema.oneOf)) continue
    const mapping: Record<string, string> = {}
    for (const member of schema.oneOf as JsonObject[]) {
      const ref = typeof member.$ref === 'string' && member.$ref.startsWith(COMPONENT_REF) ? member.$ref : undefined
      const properties = ref ? schemas[ref.slice(COMPONENT_REF.length)]?.properties as Record<string, JsonObject> | undefined : undefined
      // @fastify/swagger writes a TypeBox Literal's `const` as a one-value `enum`.
      const property: JsonObject | undefined = properties?.[discriminator.propertyName]
      const value = property?.const ?? (Array.isArray(property?.enum) && property.enum.length === 1 ? property.enum[0] : undefined)
      if (ref && typeof value === 'string') mapping[value] = ref
    }
    if (Object.keys(mapping).length === schema.oneOf.length) schemas[name] = { ...schema, discriminator: { ...discriminator, mapping } }
  }
  return document
}

type FieldError = NonNullable<Problem['errors']>[number]
type DocumentOperation = {
  operationId?: string
  parameters?: Array<{ in?: string, name?: string, schema?: JsonObject }>
  requestBody?: { content?: Record<string, { schema?: JsonObject }> }
  responses?: Record<string, { content?: Record<string, { examples?: unknown }> }>
}

/** One invalid field a request to this operation can really have, worded as http/errors.ts words it. */
export function invalidFieldOf (operation: DocumentOperation, schemas: Record<string, JsonObject>): FieldError | undefined {
  const resolve = (schema: JsonObject | undefined): JsonObject | undefined => {
    for (let depth = 0; depth < 8 && typeof schema?.$ref === 'string' && schema.$ref.startsWith(COMPONENT_REF); depth++) {
      schema = schemas[schema.$ref.slice(COMPONENT_REF.length)]
    }
    return schema
  }
  const limit = resolve(operation.parameters?.find((parameter) => parameter.in === 'query' && parameter.name === 'limit')?.schema)
  if (typeof limit?.maximum === 'number') return { path: '/query/limit', message: `must be at most ${limit.maximum}` }
  const body = resolve(Object.values(operation.requestBody?.content ?? {})[0]?.schema)
  const properties = Object.entries((body?.properties ?? {}) as Record<string, JsonObject>).map(([name, schema]) => [name, resolve(schema)] as const)
  const email = properties.find(([, schema]) => schema?.format === 'email')
  if (email) return { path: `/body/${email[0]}`, message: 'must be a valid email address' }
  const choice = properties.find(([, schema]) => Array.isArray(schema?.enum))
  if (choice) return { path: `/body/${choice[0]}`, message: `must be one of: ${(choice[1]!.enum as unknown[]).join(', ')}` }
  const parameter = operation.parameters?.filter((candidate) => candidate.in === 'path').at(-1)
  const schema = resolve(parameter?.schema)
  if (!parameter?.name || !schema) return undefined
  const path = `/params/${parameter.name}`
  if (schema.type === 'integer') return { path, message: 'must be integer' }
  if (typeof schema.format === 'string') return { path, message: `must be a valid ${schema.format}` }
  if (typeof schema.pattern === 'string') return { path, message: 'has an invalid format' }
  return undefined
}

/**
 * problemResponses() gives every operation the same example problems per status. Make them this operation's:
 * the 400 names a field the operation really has (or, when none of its fields can be invalid, a path that cannot be
 * decoded), and OPERATION_PROBLEM_EXAMPLES supplies the details its handler sends.
 */
export function operationProblemExamples<T> (document: T): T {
  const schemas = (document as OpenApiShape).components?.schemas ?? {}
  for (const operations of Object.values((document as OpenApiShape).paths ?? {})) {
    for (const operation of Object.values(operations ?? {}) as Array<DocumentOperation | undefined>) {
      const responses = operation?.responses
      if (!responses) continue
      const overrides: Record<string, unknown> = { ...OPERATION_PROBLEM_EXAMPLES[operation.operationId ?? ''] }
      if (responses['400'] && !overrides['400']) {
        const field = invalidFieldOf(operation, schemas)
        if (field) overrides['400'] = { invalidField: validationExample([field]) }
        else if (operation.parameters?.some((parameter) => parameter.in === 'path')) overrides['400'] = { malformedUrl: MALFORMED_URL_EXAMPLE }
      }
      for (const [status, examples] of Object.entries(overrides)) {
        const media = responses[status]?.content?.['application/problem+json']
        if (media) responses[status]!.content!['application/problem+json'] = { ...media, examples }
      }
    }
  }
  return document
}

export const docs = fp(async (app: FastifyInstance) => {
  // Operations without their own security requirement are public: say so explicitly.
  app.addHook('onRoute', (route) => {
    if (route.schema && !('security' in route.schema)) (route.schema as Record<string, unknown>).security = []
  })

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Content API',
        version: packageVersion,
        description: 'Headless content API: articles as structured data (title, intro, sections of paragraphs and lists), ' +
          'reader reviews and contact messages. Errors are RFC 9457 problem details (`application/problem+json`).',
        license: { name: 'UNLICENSED', identifier: 'LicenseRef-Proprietary' },
        contact: { name: 'Content API maintainers' },
      },
      // Relative: "Try it out" calls the server that served the document, wherever it runs.
      servers: [{ url: '/', description: 'The server serving this document' }],
      tags: OPENAPI_TAGS,
      webhooks: WEBHOOKS,
      components: {
        securitySchemes: {
          bearerAuth: { type: 'http', scheme: 'bearer', description: 'An admin key from `npm run keys -- create --name NAME`, or ADMIN_API_KEY.' },
        },
      },
    },
    refResolver: { buildLocalReference: (json, _baseUri, _fragment, i) => (json.$id as string | undefined) ?? `def-${i}` },
    transformObject: (documentObject) => 'openapiObject' in documentObject
      ? operationProblemExamples(discriminatorMappings(defaultedQueryParametersOptional(documentObject.openapiObject)))
      : documentObject.swaggerObject,
  })

  await app.register(swaggerUi, {
    routePrefix: '/docs',
    uiConfig: { docExpansion: 'list', deepLinking: true, displayRequestDuration: true, tryItOutEnabled: false },
  })

  app.get('/openapi.json', {
    schema: {
      operationId: 'getOpenApiDocument',
      tags: ['Meta'],
      summary: 'This OpenAPI 3.1 document',
      // No request to it is a client error: no 4xx (the lint exception is in openapi/redocly.yaml).
      response: {
        200: {
          description: 'The OpenAPI document.',
          type: 'object',
          additionalProperties: true,
          // Abridged to one operation.
          examples: [{
            openapi: '3.1.0',
            info: { title: 'Content API', version: packageVersion },
            servers: [{ url: '/', description: 'The server serving this document' }],
            paths: { '/health': { get: { operationId: 'getHealth', summary: 'Liveness: the process is up' } } },
          }],
        },
      },
    },
  }, async () => app.swagger())
}, { name: 'docs' })
