// Schemas shared by every feature: problem details, pagination, identifiers, timestamps.
import { Type, type Static, type TSchema } from '@sinclair/typebox'

/** Refer to a registered schema by its $id (so OpenAPI names it) while keeping its static type. */
export const Ref = <T extends TSchema & { $id?: string }>(schema: T) =>
  Type.Unsafe<Static<T>>(Type.Ref(schema.$id as string))

/** A string restricted to a fixed set: `enum` in the document, a literal union in TypeScript. */
export const StringEnum = <const T extends readonly string[]>(values: T, options: Record<string, unknown> = {}) =>
  Type.Unsafe<T[number]>({ type: 'string', enum: [...values], ...options })

export const SlugSchema = Type.String({
  $id: 'Slug',
  pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
  minLength: 1,
  maxLength: 200,
  description: 'URL-safe identifier: lowercase letters, digits and single hyphens.',
  examples: ['from-training-to-employment-the-power-of-healthcare-internships'],
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
  }, { additionalProperties: false }), { maxItems: 100, description: 'One entry per invalid field (validation errors only).' })),
}, {
  $id: 'Problem',
  description: 'An error, as RFC 9457 problem details (served as application/problem+json).',
  additionalProperties: false,
})
export type Problem = Static<typeof ProblemSchema>

const STATUS_DESCRIPTIONS: Record<number, string> = {
  400: 'The request is invalid: see `errors` for each offending field.',
  401: 'Missing or invalid bearer key.',
  404: 'No such resource.',
  409: 'Conflicts with an existing resource.',
  413: 'The request body is too large.',
  415: 'Unsupported content type.',
  422: 'The request cannot be processed as sent.',
  429: 'Too many requests: wait for the number of seconds in Retry-After.',
  500: 'Unexpected server error.',
  503: 'Not ready to serve.',
}

/** Response entries for error statuses, served as application/problem+json. */
export function problemResponses (...statuses: number[]) {
  const responses: Record<number, { description: string, content: { 'application/problem+json': { schema: TSchema } } }> = {}
  for (const status of statuses) {
    responses[status] = {
      description: STATUS_DESCRIPTIONS[status] ?? 'Error.',
      content: { 'application/problem+json': { schema: Ref(ProblemSchema) } },
    }
  }
  return responses
}

export const PaginationSchema = Type.Object({
  page: Type.Integer({ format: 'int32', minimum: 1, description: 'This page (1-based).', examples: [1] }),
  limit: Type.Integer({ format: 'int32', minimum: 1, maximum: 100, description: 'Page size.', examples: [20] }),
  pages: Type.Integer({ format: 'int32', minimum: 0, description: 'Number of pages.', examples: [1] }),
  total: Type.Integer({ format: 'int32', minimum: 0, description: 'Number of items over all pages.', examples: [1] }),
  next: Type.Union([Type.Integer({ format: 'int32', minimum: 2 }), Type.Null()], { description: 'Next page number, or null on the last page.', examples: [null] }),
  prev: Type.Union([Type.Integer({ format: 'int32', minimum: 1 }), Type.Null()], { description: 'Previous page number, or null on the first page.', examples: [null] }),
}, { $id: 'Pagination', additionalProperties: false })
export type Pagination = Static<typeof PaginationSchema>

export const PageQuerySchema = Type.Integer({ format: 'int32', minimum: 1, maximum: 1_000_000, default: 1, description: 'Page number, from 1.', examples: [1] })
export const limitQuery = (max: number, fallback: number) =>
  Type.Integer({ format: 'int32', minimum: 1, maximum: max, default: fallback, description: `Page size, 1–${max}.`, examples: [Math.min(10, max)] })

/** Reusable schemas, registered with app.addSchema so OpenAPI shows them as named components. */
export const sharedSchemas = [SlugSchema, TimestampSchema, ProblemSchema, PaginationSchema]
