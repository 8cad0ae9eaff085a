// Schemas shared by every feature: problem details, pagination, identifiers, timestamps.
import { STATUS_CODES } from 'node:http'
import { Type, type Static, type TSchema } from '@sinclair/typebox'

/** Refer to a schema registered elsewhere by its $id, with the static type it has there. */
export const RefTo = <T>(id: string) => Type.Unsafe<T>(Type.Ref(id))

/** Refer to a registered schema by its $id (so OpenAPI names it) while keeping its static type. */
export const Ref = <T extends TSchema & { $id?: string }>(schema: T) => RefTo<Static<T>>(schema.$id as string)

/**
 * A reference with a description of its own (a query parameter's): @fastify/swagger drops the siblings of a `$ref`,
 * so the reference is the one member of an allOf (written back as a plain reference in the document: see http/docs.ts).
 */
export const DescribedRefTo = <T>(id: string, description: string) => Type.Unsafe<T>({ allOf: [Type.Ref(id)], description })
export const DescribedRef = <T extends TSchema & { $id?: string }>(schema: T, description: string) => DescribedRefTo<Static<T>>(schema.$id as string, description)

/** A string restricted to a fixed set: `enum` in the document, a literal union in TypeScript. */
export const StringEnum = <const T extends readonly string[]>(values: T, options: Record<string, unknown> = {}) =>
  Type.Unsafe<T[number]>({ type: 'string', enum: [...values], ...options })

/** PUBLIC_BASE_URL in the examples of absolute links (JSON-LD, feed, sitemap). */
export const EXAMPLE_PUBLIC_BASE_URL = 'https://api.example.org'

/**
 * Longest path parameter the router accepts (a longer one is a 414): the `maxLength` of path parameters, and of slugs
 * and section keys, so that every stored one can be asked for.
 */
export const MAX_PARAM_LENGTH = 200

/** The seed article's slug. */
const EXAMPLE_SLUG = 'from-training-to-employment-the-power-of-healthcare-internships'

export const SlugSchema = Type.String({
  $id: 'Slug',
  pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
  minLength: 1,
  maxLength: MAX_PARAM_LENGTH,
  description: 'URL-safe identifier: lowercase letters, digits and single hyphens.',
  examples: [EXAMPLE_SLUG],
})

export const TimestampSchema = Type.String({
  $id: 'Timestamp',
  format: 'date-time',
  maxLength: 30,
  description: 'ISO-8601 timestamp in UTC.',
  examples: ['2025-01-15T09:00:00.000Z'],
})

export const ProblemSchema = Type.Object({
  type: Type.String({ maxLength: 200, description: 'URI reference identifying the problem type; "about:blank" when the status says it all.', examples: ['about:blank'] }),
  title: Type.String({ maxLength: 200, description: 'Short, human-readable summary of the problem type.', examples: ['Not Found'] }),
  status: Type.Integer({ format: 'int32', minimum: 400, maximum: 599, description: 'HTTP status code.', examples: [404] }),
  detail: Type.String({ maxLength: 2000, description: 'Explanation specific to this occurrence.', examples: ['No published article "nope"'] }),
  instance: Type.Optional(Type.String({ maxLength: 200, description: 'Identifies this occurrence: the request id.', examples: ['urn:request:req-1'] })),
  errors: Type.Optional(Type.Array(Type.Object({
    path: Type.String({ maxLength: 500, description: 'JSON Pointer to the offending value, prefixed with where it was sent: /body, /query, /params or /headers.', examples: ['/body/email'] }),
    message: Type.String({ maxLength: 500, description: 'What is wrong with it.', examples: ['must be a valid email address'] }),
    line: Type.Optional(Type.Integer({ format: 'int32', minimum: 1, maximum: 2147483647, description: 'Markdown imports: the line of the document it is on (from 1).' })),
    column: Type.Optional(Type.Integer({ format: 'int32', minimum: 1, maximum: 2147483647, description: 'Markdown imports: the column on that line (from 1).' })),
  }, { additionalProperties: false }), { maxItems: 100, description: 'One entry per invalid field (validation errors only).' })),
}, {
  $id: 'Problem',
  description: 'An error, as RFC 9457 problem details (served as application/problem+json).',
  additionalProperties: false,
  examples: [{ type: 'about:blank', title: 'Not Found', status: 404, detail: 'No published article "nope".', instance: 'urn:request:4k2j9d-7' }],
})
export type Problem = Static<typeof ProblemSchema>

/** An OpenAPI Example Object holding a problem. */
export interface ProblemExample { summary: string, value: Problem }
/** Named examples, as a media type's `examples`. */
export type ProblemExamples = Record<string, ProblemExample>

/** A problem as the error handler sends it: `title` is the status text unless the type has its own. */
export function problemExample (summary: string, status: number, detail: string, instance: string, options: { type?: string, title?: string, errors?: Problem['errors'] } = {}): ProblemExample {
  const value: Problem = {
    type: options.type ?? 'about:blank',
    title: options.title ?? STATUS_CODES[status] ?? 'Error',
    status,
    detail,
    instance: `urn:request:${instance}`,
  }
  if (options.errors) value.errors = options.errors
  return { summary, value }
}

/** A 400 for invalid fields, worded as the error handler words it. */
export function validationExample (errors: NonNullable<Problem['errors']>, instance = '4k2j9d-3'): ProblemExample {
  return problemExample(
    errors.length === 1 ? 'An invalid field' : 'Invalid fields', 400,
    `The request has ${errors.length} invalid field${errors.length === 1 ? '' : 's'}: ${errors.map((error) => error.path).join(', ')}`,
    instance, { type: '/problems/validation-error', title: 'Invalid request', errors }
  )
}

/** The largest request body outside authoring, in bytes: the default of BODY_LIMIT_BYTES. */
export const BODY_LIMIT = 16 * 1024

/**
 * The example problems of statuses whose wording does not depend on the operation: what http/errors.ts, http/auth.ts
 * and the rate limiter send. Other statuses (404, 409, 422, ...) take their examples from the route that sends them.
 */
const GENERIC_PROBLEM_EXAMPLES: Record<number, ProblemExamples> = {
  400: { invalidField: validationExample([{ path: '/body/email', message: 'must be a valid email address' }]) },
  401: {
    missingKey: problemExample('No Authorization header', 401, 'Send an admin key as "Authorization: Bearer <key>".', '4k2j9d-4'),
    invalidKey: problemExample('Unknown or revoked key', 401, 'The bearer key is not valid or has been revoked.', '4k2j9d-5'),
  },
  413: { bodyTooLarge: problemExample(`Body over ${BODY_LIMIT / 1024} KiB (BODY_LIMIT_BYTES)`, 413, 'The request body is larger than this endpoint accepts.', '4k2j9d-9') },
  415: { unsupportedMediaType: problemExample('Neither JSON nor a form post', 415, 'This Content-Type is not accepted here.', '4k2j9d-a') },
  428: {
    ifMatchRequired: problemExample('A write without If-Match', 428, 'Send If-Match with the ETag of the article you read, so that changes made meanwhile are never overwritten.', '4k2j9d-k',
      { type: '/problems/precondition-required', title: 'Precondition Required' }),
  },
  429: {
    rateLimited: problemExample('Too many submissions from this address', 429, 'Too many requests: try again in 7 minutes.', '4k2j9d-c',
      { type: '/problems/rate-limited' }),
  },
  500: { unexpected: problemExample('A bug or an outage', 500, 'An unexpected error occurred. Quote urn:request:4k2j9d-d when reporting it.', '4k2j9d-d') },
  503: { databaseDown: problemExample('The database does not answer', 503, 'The database does not answer.', '4k2j9d-e') },
}

/** A 503 for writes that found the write queue full: the client retries after Retry-After. */
export const OVERLOADED_EXAMPLES: Record<number, ProblemExamples> = {
  503: {
    overloaded: problemExample('Too many writes waiting', 503, 'Too many submissions are waiting to be stored: retry in a second.', '4k2j9d-v',
      { type: '/problems/overloaded' }),
  },
}

/** A 400 that needs no schema: a path parameter the router cannot percent-decode. */
export const MALFORMED_URL_EXAMPLE = problemExample('A URL that cannot be decoded', 400, 'The URL is not valid (malformed percent-encoding).', '4k2j9d-j')

const STATUS_DESCRIPTIONS: Record<number, string> = {
  400: 'The request is invalid: see `errors` for each offending field.',
  401: 'Missing or invalid bearer key.',
  404: 'No such resource.',
  409: 'Conflicts with an existing resource.',
  412: 'If-Match does not match the current ETag: the resource changed since it was read.',
  413: 'The request body is too large.',
  406: 'None of the media types this resource is available in is acceptable (Accept): the problem lists them.',
  415: 'Unsupported content type.',
  422: 'The request cannot be processed as sent.',
  428: 'If-Match is required for this write (REQUIRE_IF_MATCH=true).',
  429: 'Too many requests: wait for the number of seconds in Retry-After.',
  500: 'Unexpected server error.',
  503: 'Not able to serve now (overloaded, or the database does not answer): retry after Retry-After when given.',
}

/**
 * The largest int32: the `maximum` of int32 counts that have no smaller natural bound, and of stored ids and versions
 * (PostgreSQL `integer` columns: a larger one in a path is a 400, not a query PostgreSQL refuses with a 500).
 */
export const INT32_MAX = 2_147_483_647
/** The `maximum` of int64 ids and counters: JSON numbers a JavaScript client reads exactly (2^53 − 1). */
export const SAFE_INTEGER_MAX = Number.MAX_SAFE_INTEGER

/** Longest rate-limit window and auth-failure window config allows (…_WINDOW_SECONDS), in seconds. */
const LONGEST_WINDOW_SECONDS = 86_400
/** Largest request count config allows per window (…_RATE_LIMIT_MAX, ADMIN_AUTH_FAILURES_MAX). */
const LARGEST_LIMIT = 1_000_000

/** A response header as @fastify/swagger documents it: its schema, with the description lifted out. */
type HeaderSchema = Record<string, unknown> & { description: string }

/** Every 429 this service sends says when to try again: the rate limiter, contact's limits and the admin auth throttle. */
export const RETRY_AFTER_HEADER: Record<string, HeaderSchema> = {
  'Retry-After': { type: 'integer', format: 'int32', minimum: 1, maximum: LONGEST_WINDOW_SECONDS, description: 'Seconds to wait before trying again.', examples: [42] },
}

/**
 * The headers of a response to a rate-limited request (the review and contact forms): sent on every response to a request
 * the limiter counted, and on its 429. Requests refused before they are counted (invalid, too large, wrong media type)
 * do not carry them; see rateLimitedResponses.
 */
export const RATE_LIMIT_HEADERS: Record<string, HeaderSchema> = {
  'X-RateLimit-Limit': { type: 'integer', format: 'int32', minimum: 1, maximum: LARGEST_LIMIT, description: 'Requests allowed per window.', examples: [5] },
  'X-RateLimit-Remaining': { type: 'integer', format: 'int32', minimum: 0, maximum: LARGEST_LIMIT, description: 'Requests left in this window.', examples: [4] },
  'X-RateLimit-Reset': { type: 'integer', format: 'int32', minimum: 0, maximum: LONGEST_WINDOW_SECONDS, description: 'Seconds until the window resets.', examples: [600] },
}

type ResponseEntry = { headers?: Record<string, unknown> } & Record<string, unknown>

/**
 * A rate-limited operation's responses, with the rate-limit headers documented on those sent once the limiter has counted
 * the request (`counted`: the statuses its handler can answer after counting) and on its 429. The others (400 for an
 * invalid field, 413, 415: refused before the limiter runs) stay without them: the document claims no header the server
 * does not send. `headers` overrides descriptions (e.g. which limits a count is the lower of).
 */
export function rateLimitedResponses<T extends Record<number, object>> (responses: T, counted: number[], headers: Record<string, HeaderSchema> = {}): T {
  const documented = { ...RATE_LIMIT_HEADERS, ...headers }
  const result: Record<number, object> = { ...responses }
  for (const status of [...counted, 429]) {
    const response = responses[status] as ResponseEntry | undefined
    if (!response) throw new Error(`rateLimitedResponses: no ${status} response to document rate-limit headers on`)
    result[status] = { ...response, headers: { ...response.headers, ...documented } }
  }
  return result as T
}

/**
 * Response entries for error statuses, served as application/problem+json, each with example problems
 * (media type `examples`: Fastify reads only `schema`; the document keeps both). `examples` gives the problems this
 * operation sends where they are its own (a 404's detail, a 409); a status without either is a mistake caught at start-up.
 * A 429 documents its Retry-After.
 */
export function problemResponses (statuses: number[], examples: Record<number, ProblemExamples> = {}) {
  const responses: Record<number, { description: string, headers?: Record<string, HeaderSchema>, content: { 'application/problem+json': { schema: TSchema, examples: ProblemExamples } } }> = {}
  for (const status of statuses) {
    const chosen = examples[status] ?? GENERIC_PROBLEM_EXAMPLES[status]
    if (!chosen) throw new Error(`problemResponses: give example problems for status ${status}`)
    responses[status] = {
      description: STATUS_DESCRIPTIONS[status] ?? 'Error.',
      ...(status === 429 ? { headers: RETRY_AFTER_HEADER } : {}),
      content: { 'application/problem+json': { schema: Ref(ProblemSchema), examples: chosen } },
    }
  }
  return responses
}

/** A 301 response: the resource (e.g. a renamed article) answers at another URL, given in Location. */
export const MOVED_RESPONSE = {
  301: {
    description: 'Moved: the article was renamed; Location is the same request on its current slug.',
    headers: {
      Location: { description: 'The URL with the current slug: a path, or an absolute URL under PUBLIC_BASE_URL when that is set.', type: 'string', maxLength: 2000 },
      'Cache-Control': { description: 'As long as caches may keep it (PUBLIC_CACHE_CONTROL): an old slug may later point elsewhere, or be taken by another article.', type: 'string', maxLength: 1000 },
    },
    type: 'null',
  },
} as const

export const PaginationSchema = Type.Object({
  page: Type.Integer({ format: 'int32', minimum: 1, maximum: 1_000_000, description: 'This page (1-based), as asked for (PageQuery).', examples: [1] }),
  limit: Type.Integer({ format: 'int32', minimum: 1, maximum: 100, description: 'Page size.', examples: [20] }),
  pages: Type.Integer({ format: 'int32', minimum: 0, maximum: INT32_MAX, description: 'Number of pages.', examples: [1] }),
  total: Type.Integer({ format: 'int32', minimum: 0, maximum: INT32_MAX, description: 'Number of items over all pages.', examples: [1] }),
  next: Type.Union([Type.Integer({ format: 'int32', minimum: 2, maximum: INT32_MAX }), Type.Null()], { description: 'Next page number, or null on the last page.', examples: [null] }),
  prev: Type.Union([Type.Integer({ format: 'int32', minimum: 1, maximum: INT32_MAX }), Type.Null()], { description: 'Previous page number, or null on the first page.', examples: [null] }),
}, { $id: 'Pagination', additionalProperties: false })
export type Pagination = Static<typeof PaginationSchema>

/**
 * The keyword that makes an integer sent in a URL finite: ajv coerces "Infinity", "1e309" or a 400-digit number to a
 * non-finite number and then skips minimum/maximum for it (they only check finite numbers). See http/validation.ts.
 */
export const FINITE_KEYWORD = 'x-finite'

/**
 * The description of an optional parameter, with an example in words. Swagger UI's "Try it out" fills every parameter
 * that has an `example` (@fastify/swagger lifts a schema's `examples` to one) and sends it: an optional one would turn
 * a developer's first call into a trimmed article or a 304. So optional parameters show their example here, and only
 * required ones (a slug, a search query) carry `examples`, which Swagger UI fills in usefully.
 */
export const descriptionWithExample = (description: string, example: string | number) => `${description} Example: \`${example}\`.`

/** The example descriptionWithExample put in a description, if any (for tests and tools that need a valid value). */
export const exampleInDescription = (description: string | undefined): string | undefined => /Example: `([^`]+)`\.$/.exec(description ?? '')?.[1]

/** An integer a client sends in the query string or the path: every route's, so none lets Infinity through. */
export const UrlIntegerSchema = (options: { minimum: number, maximum: number, default?: number, description: string, examples?: number[], format?: 'int32' | 'int64' }) =>
  Type.Integer({ format: 'int32', ...options, [FINITE_KEYWORD]: true })

export const PageQuerySchema = UrlIntegerSchema({ minimum: 1, maximum: 1_000_000, default: 1, description: descriptionWithExample('Page number, from 1.', 2) })
export const limitQuery = (max: number, fallback: number) =>
  UrlIntegerSchema({ minimum: 1, maximum: max, default: fallback, description: descriptionWithExample(`Page size, 1–${max}.`, Math.min(10, max)) })

/** Reusable schemas, registered with app.addSchema so OpenAPI shows them as named components. */
export const sharedSchemas = [SlugSchema, TimestampSchema, ProblemSchema, PaginationSchema]

/**
 * A slug or key in a URL path. Deliberately looser than SlugSchema: a malformed slug names no article, so it is
 * answered like any unknown one (404), not as a client error; only absurd lengths are a 400.
 */
export const pathIdentifier = (description: string, example: string) =>
  Type.String({ minLength: 1, maxLength: MAX_PARAM_LENGTH, description, examples: [example] })

/** Examples made when the OpenAPI document is first built, by marker (see lazyExample). */
const lazyExamples = new Map<string, () => unknown>()

/**
 * An example that costs something to make (an article rendered as HTML loads the unified toolchain, about 10 MB): a
 * marker stands for it in the route schema, and renderLazyExamples puts the example in its place when the document is
 * built (the first GET /openapi.json), so that a server nobody asks for its document or its HTML never loads it.
 */
export function lazyExample<T> (make: () => T): T {
  const marker = `urn:content-api:lazy-example:${lazyExamples.size}`
  let made: { value: T } | undefined
  lazyExamples.set(marker, () => (made ??= { value: make() }).value)
  return marker as T
}

/** The document with every lazyExample marker replaced by its example (a copy of what it changes). */
export function renderLazyExamples<T> (node: T): T {
  if (typeof node === 'string') return (lazyExamples.get(node)?.() ?? node) as T
  if (Array.isArray(node)) {
    const items = node.map(renderLazyExamples)
    return (items.some((item, index) => item !== node[index]) ? items : node) as T
  }
  if (node === null || typeof node !== 'object') return node
  let copy: Record<string, unknown> | undefined
  for (const [key, value] of Object.entries(node) as Array<[string, unknown]>) {
    const rendered = renderLazyExamples(value)
    if (rendered !== value) (copy ??= { ...node as Record<string, unknown> })[key] = rendered
  }
  return (copy ?? node) as T
}
