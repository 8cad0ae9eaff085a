// One error format everywhere: RFC 9457 problem details (application/problem+json), never a stack trace.
import { STATUS_CODES } from 'node:http'
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { PRIVATE_NO_STORE } from './caching.js'
import { FINITE_KEYWORD, MAX_PARAM_LENGTH, ProblemSchema, type Problem } from './schemas.js'

export { MAX_PARAM_LENGTH }

const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8'

type FieldError = { path: string, message: string, line?: number, column?: number }

/** An error that is the client's to fix (or a deliberate 5xx), with the problem fields to send. */
export class HttpProblem extends Error {
  readonly statusCode: number
  readonly type: string
  readonly title: string
  readonly errors: FieldError[] | undefined
  readonly headers: Record<string, string>

  constructor (status: number, detail: string, options: { type?: string, title?: string, errors?: FieldError[], headers?: Record<string, string> } = {}) {
    super(detail)
    this.name = 'HttpProblem'
    this.statusCode = status
    this.type = options.type ?? 'about:blank'
    this.title = options.title ?? STATUS_CODES[status] ?? 'Error'
    this.errors = options.errors
    this.headers = options.headers ?? {}
  }
}

/**
 * Not an error: the resource lives at another path of this service. Thrown like a problem so that lookups deep in a
 * handler can answer it; sent as an empty response with Location and Cache-Control (see `errorHandling`). 301 for
 * reads; 308 keeps the method and body of other requests.
 */
export class Moved extends Error {
  constructor (readonly path: string, readonly statusCode: 301 | 308 = 301) {
    super(`Moved to ${path}`)
    this.name = 'Moved'
  }
}

/**
 * The path (and query) of a URL or request target: the scheme and authority of an absolute-form target
 * (`GET http://host/path`), which the client chose, are dropped, and leading slashes collapse to one (`//host/path`
 * in a Location would name a host too).
 */
function pathOf (target: string): string {
  return `/${target.replace(/^[a-z][a-z\d+.-]*:\/\/[^/?#]*/i, '').replace(/^[/\\]+/, '')}`
}

export interface RedirectOptions {
  /** PUBLIC_BASE_URL: Location is an absolute URL under it; unset, Location is a path. */
  baseUrl: string | undefined
  /** Cache-Control of a 301 (PUBLIC_CACHE_CONTROL: an old URL may point elsewhere, or be taken, later); a 308 is not kept. */
  cacheControl: string
}

export const badRequest = (detail: string, errors?: FieldError[]) =>
  new HttpProblem(400, detail, { type: '/problems/validation-error', title: 'Invalid request', ...(errors ? { errors } : {}) })
export const notFound = (detail: string) => new HttpProblem(404, detail)
export const conflict = (detail: string, type = '/problems/conflict') => new HttpProblem(409, detail, { type })

/** What a 400 says of a query parameter (or field) the operation does not have. */
export const UNKNOWN_FIELD_MESSAGE = 'is not a known field or parameter here'

const LOCATIONS: Record<string, string> = { body: 'body', querystring: 'query', params: 'params', headers: 'headers' }

interface AjvError {
  keyword: string
  instancePath: string
  message?: string
  params: Record<string, unknown>
}

function describe (error: AjvError): string {
  const p = error.params
  switch (error.keyword) {
    case 'required': return 'is required'
    case 'minLength': return p.limit === 1 ? 'must not be empty' : `must be at least ${String(p.limit)} characters`
    case 'maxLength': return `must be at most ${String(p.limit)} characters`
    case 'minimum': return `must be at least ${String(p.limit)}`
    case 'maximum': return `must be at most ${String(p.limit)}`
    case 'minItems': return `must have at least ${String(p.limit)} items`
    case 'maxItems': return `must have at most ${String(p.limit)} items`
    case 'enum': return `must be one of: ${(p.allowedValues as unknown[]).join(', ')}`
    case 'const': return `must be ${JSON.stringify(p.allowedValue)}`
    case 'type': return `must be ${String(p.type).replace(',', ' or ')}`
    case 'pattern': return 'has an invalid format'
    case 'format': return p.format === 'email' ? 'must be a valid email address' : `must be a valid ${String(p.format)}`
    case 'additionalProperties': return UNKNOWN_FIELD_MESSAGE
    // A union discriminated by `type` (content blocks, inline nodes): the schema lists the types it accepts.
    case 'discriminator': return p.tagValue === undefined ? 'must have a "type"' : `has a "type" this field does not accept: ${JSON.stringify(p.tagValue)}`
    case FINITE_KEYWORD: return 'must be a finite integer'
    default: return error.message ?? 'is invalid'
  }
}

/** Ajv errors to one {path, message} per offending field, paths as JSON Pointers prefixed with the location. */
export function fieldErrors (errors: AjvError[], context: string | undefined): FieldError[] {
  const location = `/${LOCATIONS[context ?? 'body'] ?? context ?? 'body'}`
  const byPath = new Map<string, string>()
  for (const error of errors) {
    if (['anyOf', 'oneOf', 'if'].includes(error.keyword)) continue
    const suffix = error.keyword === 'required'
      ? `/${String(error.params.missingProperty)}`
      : error.keyword === 'additionalProperties' ? `/${String(error.params.additionalProperty)}` : ''
    const path = `${location}${error.instancePath}${suffix}`
    if (!byPath.has(path)) byPath.set(path, describe(error))
  }
  if (byPath.size === 0 && errors[0]) byPath.set(`${location}${errors[0].instancePath}`, errors[0].message ?? 'is invalid')
  return [...byPath].map(([path, message]) => ({ path, message }))
}

function toProblem (error: FastifyError | HttpProblem, request: FastifyRequest): { problem: Problem, headers: Record<string, string> } {
  const instance = `urn:request:${request.id}`
  if (error instanceof HttpProblem) {
    const problem: Problem = { type: error.type, title: error.title, status: error.statusCode, detail: error.message, instance }
    if (error.errors) problem.errors = error.errors
    return { problem, headers: error.headers }
  }
  if (error.validation) {
    const errors = fieldErrors(error.validation, error.validationContext)
    return {
      problem: {
        type: '/problems/validation-error',
        title: 'Invalid request',
        status: 400,
        detail: `The request has ${errors.length} invalid field${errors.length === 1 ? '' : 's'}: ${errors.map((e) => e.path).join(', ')}`,
        instance,
        errors,
      },
      headers: {},
    }
  }
  const status = typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500
  const detail = status === 500
    ? `An unexpected error occurred. Quote ${instance} when reporting it.`
    : CLIENT_ERROR_DETAILS[error.code] ?? error.message
  return { problem: { type: 'about:blank', title: STATUS_CODES[status] ?? 'Error', status, detail, instance }, headers: {} }
}

const CLIENT_ERROR_DETAILS: Record<string, string> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'The request body is not valid JSON.',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'The request body is empty, but Content-Type is application/json.',
  FST_ERR_CTP_BODY_TOO_LARGE: 'The request body is larger than this endpoint accepts.',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'This Content-Type is not accepted here.',
}

/** Cuts a text to at most `max` code points (JSON Schema's maxLength), with an ellipsis when cut. */
function clip (text: string, max: number | undefined): string {
  if (max === undefined || text.length <= max) return text
  const codePoints = [...text]
  return codePoints.length <= max ? text : `${codePoints.slice(0, max - 1).join('')}…`
}

const LIMITS = ProblemSchema.properties
const FIELD_LIMITS = LIMITS.errors.items.properties

/**
 * The problem within the limits its schema documents: a detail or field path can quote the request (the name of an
 * unknown query parameter, a path), which has no such limit.
 */
function withinLimits (problem: Problem): Problem {
  const bounded: Problem = {
    ...problem,
    type: clip(problem.type, LIMITS.type.maxLength),
    title: clip(problem.title, LIMITS.title.maxLength),
    detail: clip(problem.detail, LIMITS.detail.maxLength),
  }
  if (problem.instance !== undefined) bounded.instance = clip(problem.instance, LIMITS.instance.maxLength)
  if (problem.errors) {
    bounded.errors = problem.errors.slice(0, LIMITS.errors.maxItems).map((error) => ({
      path: clip(error.path, FIELD_LIMITS.path.maxLength),
      message: clip(error.message, FIELD_LIMITS.message.maxLength),
      ...(error.line !== undefined ? { line: error.line, column: error.column ?? 1 } : {}),
    }))
  }
  return bounded
}

function sendProblem (reply: FastifyReply, problem: Problem, headers: Record<string, string> = {}) {
  return reply.code(problem.status).headers(headers).type(PROBLEM_CONTENT_TYPE).send(withinLimits(problem))
}

/** Fastify's `frameworkErrors`: errors raised by the router before any route runs, as problem+json too. */
export function frameworkErrors (error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const tooLong = error.code === 'FST_ERR_MAX_PARAM_LENGTH'
  const status = tooLong ? 414 : 400
  sendProblem(reply, {
    type: 'about:blank',
    title: STATUS_CODES[status] ?? 'Error',
    status,
    detail: tooLong ? `A path segment is longer than ${MAX_PARAM_LENGTH} characters.` : 'The URL is not valid (malformed percent-encoding).',
    instance: `urn:request:${request.id}`,
  })
}

/** Error and not-found handlers for the whole app. */
/** A route pattern (`/v1/articles/:slug`) as a regular expression for concrete paths. */
function patternOf (url: string): RegExp {
  const source = url.split('/').map((segment) => segment.startsWith(':') ? '[^/]+' : segment === '*' ? '.*' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('/')
  return new RegExp(`^${source}/?$`)
}

/**
 * Every route's path pattern and methods, as registered: what a path answers to, whatever the method asked. A route on
 * every path (`*`, as @fastify/cors registers for preflights) is left out: it says nothing of which paths exist, and
 * would turn every unknown path into a 405.
 */
export function createRouteTable () {
  const routes: Array<{ pattern: RegExp, methods: Set<string> }> = []
  return {
    add (url: string, method: string | string[]) {
      if (url === '*' || url === '/*') return
      const pattern = patternOf(url)
      const known = routes.find((entry) => entry.pattern.source === pattern.source)
      const methods = Array.isArray(method) ? method : [method]
      if (known) for (const name of methods) known.methods.add(name)
      else routes.push({ pattern, methods: new Set(methods) })
    },
    allowedMethods (path: string): string[] {
      const allowed = new Set<string>()
      for (const route of routes) if (route.pattern.test(path)) for (const method of route.methods) allowed.add(method)
      return [...allowed].sort()
    },
  }
}
export type RouteTable = ReturnType<typeof createRouteTable>

/**
 * The not-found handler: a wrong method on an existing path is a 405 with Allow, OPTIONS a 204 with Allow, anything
 * else a 404. Set again in a scope (the admin API), it runs after that scope's onRequest hooks (authentication), so
 * an unknown path there answers exactly as an existing one would to a request without a valid key.
 */
export function notFoundHandler (routes: RouteTable) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const path = request.url.split('?')[0]!
    const allowed = routes.allowedMethods(path)
    if (allowed.length > 0) {
      const allow = [...new Set([...allowed, 'OPTIONS'])].join(', ')
      // OPTIONS on an existing path says what it answers to (CORS preflights are answered earlier when CORS is on).
      if (request.method === 'OPTIONS') return reply.code(204).header('allow', allow).send()
      return sendProblem(reply, {
        type: 'about:blank',
        title: 'Method Not Allowed',
        status: 405,
        detail: `${request.method} is not allowed here: use ${allow}.`,
        instance: `urn:request:${request.id}`,
      }, { allow })
    }
    return sendProblem(reply, {
      type: 'about:blank',
      title: 'Not Found',
      status: 404,
      detail: `No route for ${request.method} ${path}`,
      instance: `urn:request:${request.id}`,
    })
  }
}

/**
 * Error and not-found handlers for the whole app, recording every route in `routes` for the 405s. Every redirect is a
 * thrown Moved, answered here: to a path of this service under `redirects.baseUrl`, never to a host the request named.
 */
export const errorHandling = fp(async (app: FastifyInstance, { routes, redirects }: { routes: RouteTable, redirects: RedirectOptions }) => {
  app.addHook('onRoute', (route) => routes.add(route.url, route.method))

  app.setErrorHandler((error: FastifyError | HttpProblem | Moved, request, reply) => {
    if (error instanceof Moved) {
      return reply.code(error.statusCode)
        .header('location', `${redirects.baseUrl ?? ''}${pathOf(error.path)}`)
        .header('cache-control', error.statusCode === 301 ? redirects.cacheControl : PRIVATE_NO_STORE)
        .send()
    }
    const { problem, headers } = toProblem(error, request)
    if (problem.status >= 500) request.log.error({ err: error }, 'request failed')
    // Not the detail: it may quote values from the path or query (a slug, an email in a search).
    else request.log.info({ status: problem.status, type: problem.type, code: (error as FastifyError).code }, 'request refused')
    return sendProblem(reply, problem, headers)
  })

  app.setNotFoundHandler(notFoundHandler(routes))
}, { name: 'error-handling' })
