// OpenAPI 3.1 document generated from the route schemas, served at /openapi.json, with Swagger UI at /docs (docs-ui.ts:
// loaded on the first request for it).
import { readFileSync } from 'node:fs'
import swagger from '@fastify/swagger'
import type { FastifyInstance } from 'fastify'
import type { OpenAPIV3_1 } from 'openapi-types'
import fp from 'fastify-plugin'
import { docsLogoFile } from '../base/paths.js'
import { MALFORMED_URL_EXAMPLE, problemResponses, renderLazyExamples, validationExample, type Problem } from './schemas.js'
import { swaggerUiRoutes } from './docs-ui.js'
import { UNKNOWN_FIELD_MESSAGE } from './errors.js'

type JsonObject = Record<string, unknown>
type OpenApiParameter = { in?: string, required?: boolean, schema?: { default?: unknown, allOf?: unknown[], $ref?: unknown } }
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

/**
 * A parameter that refers to a component and has a description of its own is declared with DescribedRef: an allOf of
 * the one reference, as @fastify/swagger drops a $ref's siblings. Its description is the parameter's by now, so the
 * document states the reference plainly (a one-member allOf is a lint error).
 */
export function plainParameterReferences<T> (document: T): T {
  for (const operations of Object.values((document as OpenApiShape).paths ?? {})) {
    for (const operation of Object.values(operations ?? {})) {
      for (const parameter of operation?.parameters ?? []) {
        const members = parameter.schema?.allOf
        const only = members?.length === 1 ? members[0] as { $ref?: unknown } : undefined
        if (only && typeof only.$ref === 'string' && Object.keys(parameter.schema!).length === 1 && Object.keys(only).length === 1) parameter.schema = { ...only }
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
      const value: unknown = property?.const ?? (Array.isArray(property?.enum) && property.enum.length === 1 ? property.enum[0] : undefined)
      if (ref && typeof value === 'string') mapping[value] = ref
    }
    if (Object.keys(mapping).length === schema.oneOf.length) schemas[name] = { ...schema, discriminator: { ...discriminator, mapping } }
  }
  return document
}

/**
 * Swagger UI names a schema by its `title`: without one, the members of the Block union are listed as a bare
 * "#0" and "#1". Give every component its component name as title, unless it has one.
 * Components are replaced, not edited, because the schema objects may be shared with the validators.
 */
export function componentTitles<T> (document: T): T {
  const schemas = (document as OpenApiShape).components?.schemas ?? {}
  for (const [name, schema] of Object.entries(schemas)) {
    if (typeof schema.title !== 'string') schemas[name] = { title: name, ...schema }
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
 * problemResponses() gives every operation the same example 400. Make it this operation's: it names a field the
 * operation really has (or, when none of its fields can be invalid, a path that cannot be decoded, or a query parameter
 * it does not have).
 */
export function operationProblemExamples<T> (document: T): T {
  const schemas = (document as OpenApiShape).components?.schemas ?? {}
  for (const operations of Object.values((document as OpenApiShape).paths ?? {})) {
    for (const operation of Object.values(operations ?? {}) as Array<DocumentOperation | undefined>) {
      const responses = operation?.responses
      if (!responses) continue
      const media = responses['400']?.content?.['application/problem+json']
      if (!media) continue
      const field = invalidFieldOf(operation, schemas)
      const examples = field
        ? { invalidField: validationExample([field]) }
        : operation.parameters?.some((parameter) => parameter.in === 'path')
          ? { malformedUrl: MALFORMED_URL_EXAMPLE }
          // Every operation refuses query parameters it does not have (see refuseUnknownQueryParameters).
          : { unknownParameter: validationExample([{ path: '/query/foo', message: UNKNOWN_FIELD_MESSAGE }]) }
      // Examples the operation gave for its own 400s (other than the generic invalidField) are kept beside this one.
      const own = Object.entries((media.examples ?? {}) as Record<string, unknown>).filter(([name]) => name !== 'invalidField')
      responses['400']!.content!['application/problem+json'] = { ...media, examples: { ...examples, ...Object.fromEntries(own) } }
    }
  }
  return document
}

export interface DocsOptions {
  info: { title: string, version: string, description: string }
  /** Operation tags in the order the docs list them. */
  tags: Array<{ name: string, description: string }>
  /** OpenAPI 3.1 `webhooks`: the requests this service sends to its subscribers. */
  webhooks: Record<string, OpenAPIV3_1.PathItemObject>
}

interface SwaggerUiSystem { React: { createElement(type: unknown, props: unknown, ...children: unknown[]): unknown } }
type TypeKeywordProps = { schema?: unknown, isCircular?: boolean }

/**
 * A Swagger UI plugin. Swagger UI labels a oneOf/anyOf by its members' types: "(any | any)" for the Block union
 * until its $refs are resolved, "(object | object)" after. Label it by the members' names instead, as
 * "(ParagraphBlock | ListBlock)" (their title, or the component their $ref names), and an array of it as
 * "array<(ParagraphBlock | ListBlock)>"; every other schema keeps Swagger UI's own label.
 * It runs in the browser: @fastify/swagger-ui writes its source into swagger-initializer.js, so it uses no outer names.
 */
export function unionsByMemberName () {
  type Schema = { title?: unknown, $ref?: unknown, $$ref?: unknown, oneOf?: unknown, anyOf?: unknown, items?: unknown, prefixItems?: unknown }
  const memberName = (member: Schema | undefined): string | undefined => {
    if (typeof member?.title === 'string' && member.title !== '') return member.title
    const ref = typeof member?.$$ref === 'string' ? member.$$ref : member?.$ref
    return typeof ref === 'string' && ref.includes('/') ? ref.slice(ref.lastIndexOf('/') + 1) : undefined
  }
  const label = (schema: Schema | undefined): string | undefined => {
    if (!schema || typeof schema !== 'object') return undefined
    for (const members of [schema.oneOf, schema.anyOf]) {
      if (!Array.isArray(members) || members.length === 0) continue
      const names = members.map((member: Schema) => memberName(member))
      return names.every(Boolean) ? `(${names.join(' | ')})` : undefined
    }
    if (schema.items && !schema.prefixItems) {
      const items = label(schema.items)
      return items === undefined ? undefined : `array<${items}>`
    }
    return undefined
  }
  return {
    wrapComponents: {
      JSONSchema202012KeywordType: (Original: unknown, system: SwaggerUiSystem) => (props: TypeKeywordProps) => {
        const text = label(props.schema as Schema | undefined)
        if (text === undefined) return system.React.createElement(Original, props)
        // Styled as Swagger UI's type labels, except that those are lowercased and names are not.
        return system.React.createElement('strong', {
          className: 'json-schema-2020-12__attribute json-schema-2020-12__attribute--primary',
          style: { textTransform: 'none' },
        }, `${text}${props.isCircular ? ' [circular]' : ''}`)
      },
    },
  }
}

/**
 * Relative: "Try it out" calls the server that served the document, wherever it runs (production, staging or local).
 * Not internal: the public operations are for anyone; admin operations say what key they need.
 */
const SERVER = { url: '/', description: 'The server serving this document: production, staging or local, wherever it runs', 'x-internal': false }

/** Where the OpenAPI document is served: to clients and to Swagger UI alike. */
export const DOCUMENT_URL = '/openapi.json'
const DOCS_PREFIX = '/docs'
/** Where Swagger UI serves the favicon (@fastify/swagger-ui's theme files are under <prefix>/static/theme/). */
export const DOCS_FAVICON_URL = `${DOCS_PREFIX}/static/theme/logo.svg`

export const docs = fp(async (app: FastifyInstance, { info, tags, webhooks }: DocsOptions) => {
  app.addHook('onRoute', (route) => {
    // Operations without their own security requirement are public: say so explicitly.
    if (route.schema && !('security' in route.schema)) (route.schema as Record<string, unknown>).security = []
    // Any operation can fail unexpectedly: the error handler then answers a 500 problem (http/errors.ts).
    const responses = route.schema?.response as Record<number, unknown> | undefined
    if (responses && !responses[500]) Object.assign(responses, problemResponses([500]))
  })

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        ...info,
        license: { name: 'UNLICENSED', identifier: 'LicenseRef-Proprietary' },
        contact: { name: 'Content API maintainers' },
      },
      servers: [SERVER],
      tags,
      webhooks,
      components: {
        securitySchemes: {
          bearerAuth: { type: 'http', scheme: 'bearer', description: 'An admin key from `npm run keys -- create --name NAME`, or ADMIN_API_KEY.' },
        },
      },
    },
    refResolver: { buildLocalReference: (json, _baseUri, _fragment, i) => (json.$id as string | undefined) ?? `def-${i}` },
    transformObject: (documentObject) => 'openapiObject' in documentObject
      ? renderLazyExamples(componentTitles(operationProblemExamples(discriminatorMappings(plainParameterReferences(defaultedQueryParametersOptional(documentObject.openapiObject))))))
      : documentObject.swaggerObject,
  })

  // @fastify/swagger-ui loads `<prefix>/json` whatever `uiConfig.url` says; a `urls` list replaces it (and the
  // top bar then offers that list instead of a free URL box). Its own copies of the document answer with a
  // redirect to the one address clients use, so there is a single document at a single URL. Its redirect of
  // static/index.html to the page is answered here too: it would build Location from the request target, whose
  // absolute form (`GET http://host/docs/static/index.html`) names any host.
  const redirects = new Map([
    [`${DOCS_PREFIX}/json`, DOCUMENT_URL],
    [`${DOCS_PREFIX}/yaml`, DOCUMENT_URL],
    [`${DOCS_PREFIX}/static/index.html`, `${DOCS_PREFIX}/`],
  ])
  // The service's own name and logo, not Swagger UI's; served by this server (the logo inside swagger-initializer.js).
  const logo = readFileSync(docsLogoFile)
  swaggerUiRoutes(app, {
    prefix: DOCS_PREFIX,
    redirects,
    ui: {
      theme: {
        title: info.title,
        favicon: [{ filename: DOCS_FAVICON_URL.slice(DOCS_FAVICON_URL.lastIndexOf('/') + 1), rel: 'icon', type: 'image/svg+xml', sizes: 'any', content: logo }],
      },
      logo: { type: 'image/svg+xml', content: logo },
      uiConfig: {
        urls: [{ url: DOCUMENT_URL, name: DOCUMENT_URL }],
        // Replaces the initializer's default list (DownloadUrl), which Swagger UI's base preset includes anyway.
        plugins: [unionsByMemberName],
        docExpansion: 'list',
        deepLinking: true,
        displayRequestDuration: true,
        tryItOutEnabled: false,
      },
    },
  })

  app.get(DOCUMENT_URL, {
    schema: {
      operationId: 'getOpenApiDocument',
      tags: ['Meta'],
      summary: 'This OpenAPI 3.1 document',
      description: 'The description of every operation of this server, generated from the route schemas; Swagger UI at /docs reads it.',
      // No request to it is a client error: no 4xx (the lint exception is in openapi/redocly.yaml).
      response: {
        200: {
          description: 'The OpenAPI document.',
          type: 'object',
          additionalProperties: true,
          // Abridged to one operation.
          examples: [{
            openapi: '3.1.0',
            info: { title: info.title, version: info.version },
            servers: [SERVER],
            paths: { '/health': { get: { operationId: 'getHealth', summary: 'Liveness: the process is up' } } },
          }],
        },
      },
    },
  }, async () => app.swagger())
}, { name: 'docs' })
