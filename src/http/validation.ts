// A standalone validator with the same ajv settings and schemas as the routes, for data that does not arrive over HTTP (seed files).
import AjvModule, { type Options as AjvOptions } from 'ajv'
import formatsModule from 'ajv-formats'
import type { TSchema } from '@sinclair/typebox'
import { AjvCompiler, type ValidatorFactory } from '@fastify/ajv-compiler'
import { fieldErrors } from './errors.js'
import { compiledOnce, schemaDigest, sharedSchemaDigest, sharedSchemasDigest } from './compiled.js'
import { FINITE_KEYWORD } from './schemas.js'

const validatorPool = AjvCompiler()

/** Adds the keyword UrlIntegerSchema sets: a number must be finite (ajv checks minimum/maximum on finite numbers only). */
export function finiteNumbers (ajv: AjvModule.default) {
  ajv.addKeyword({
    keyword: FINITE_KEYWORD,
    schemaType: 'boolean',
    errors: false,
    validate: (required: boolean, data: unknown) => !required || typeof data !== 'number' || Number.isFinite(data),
  })
  return ajv
}

const Ajv = AjvModule.default
const addFormats = formatsModule.default

const AJV_OPTIONS = { allErrors: true, discriminator: true, coerceTypes: false, removeAdditional: false, useDefaults: true, strict: false } as const

/**
 * Validates like a route validates a request body: errors are worded and located (`/body/...`) as a 400 would list them.
 * Compiled on the first call (a CLI command or a start that never validates an article does not pay the 0.1 s).
 */
export function createValidator<T> (schema: TSchema, references: TSchema[]) {
  let validate: ReturnType<typeof refusingNul> | undefined
  const compiled = () => {
    // Compiled once per process for the same schemas (every app builds one: a fresh ajv each time was a tenth of a build).
    const key = `input validator ${sharedSchemaDigest(schema)} ${schemaDigest(references.map(sharedSchemaDigest))}`
    return compiledOnce(key, () => {
      const ajv = new Ajv(AJV_OPTIONS)
      addFormats(ajv)
      finiteNumbers(ajv)
      for (const reference of references) if (reference.$id !== schema.$id) ajv.addSchema(reference)
      return refusingNul(ajv.compile(schema))
    })
  }
  return (value: unknown): { ok: true, value: T } | { ok: false, errors: Array<{ path: string, message: string }> } => {
    validate ??= compiled()
    if (validate(value)) return { ok: true, value: value as T }
    return { ok: false, errors: fieldErrors(validate.errors ?? [], 'body') }
  }
}

/**
 * Fastify's validator factory, with two differences from the default: request bodies are not type-coerced, and query
 * strings keep unknown parameters (so additionalProperties: false refuses them).
 * Query strings and path parameters arrive as strings and need coercion ("20" → 20), but a JSON body that sends
 * `["text"]` or `true` where a string or an integer belongs is a client mistake — coerced, it would skip the
 * plain-text cleaning that runs before validation and be stored as sent.
 */
export const buildValidator: ValidatorFactory = (externalSchemas, serverOptions = {}) => {
  const custom = serverOptions.customOptions as AjvOptions
  // The pool's compilers are made only when a validator is not compiled yet (each one digests every shared schema).
  let compilers: Record<'body' | 'querystring' | 'other', ReturnType<typeof validatorPool>> | undefined
  const compilerFor = (part: keyof NonNullable<typeof compilers>) => (compilers ??= {
    body: validatorPool(externalSchemas, { ...serverOptions, mode: undefined, customOptions: { ...custom, coerceTypes: false } }),
    // Query strings: an unknown parameter (a typo, a filter this route does not have) is a 400 naming it, never ignored.
    querystring: validatorPool(externalSchemas, { ...serverOptions, mode: undefined, customOptions: { ...custom, removeAdditional: false } }),
    other: validatorPool(externalSchemas, serverOptions),
  })[part]
  let context: string | undefined
  return (route) => {
    const part = route.httpPart === 'body' || route.httpPart === 'querystring' ? route.httpPart : 'other'
    return compiledOnFirstCall(() => {
      context ??= schemaDigest([sharedSchemasDigest(externalSchemas), custom ?? null])
      return compiledOnce(`${context} ${part} ${schemaDigest(route.schema)}`, () => refusingNul(compilerFor(part)(route) as AjvValidate))
    })
  }
}

type AjvValidate = AjvModule.ValidateFunction

/**
 * A route's validator, compiled when the route is first called rather than when the app starts: a process that never
 * answers most routes (a server reading articles and taking form posts meets few admin routes) never holds their
 * compiled code, and every app the tests build starts sooner.
 */
function compiledOnFirstCall (compile: () => AjvValidate): AjvValidate {
  let validate: AjvValidate | undefined
  const lazy = function (this: unknown, data: unknown, context?: unknown) {
    validate ??= compile()
    const valid = (validate as (this: unknown, ...args: unknown[]) => boolean).call(this, data, context)
    lazy.errors = validate.errors
    return valid
  } as unknown as AjvValidate
  // Fastify hands the parent object (so that ajv can default or coerce a root value) to a validator with a schemaEnv.
  Object.assign(lazy, { schemaEnv: true })
  return lazy
}

const NUL_KEYWORD = 'x-no-nul'

/**
 * A validator that also refuses U+0000 in any string (or property name) of a valid value: a 400 naming the field, on
 * every route and both engines. PostgreSQL text cannot hold NUL ("invalid byte sequence"), so without this a `%00` in
 * a path, a query or a JSON string would be a 500 there while SQLite stored it. It runs after the route's own
 * cleaning (preValidation hooks that strip control characters from reviews and contact messages) and before any
 * preHandler, so a refused request is not counted by a rate limit.
 */
function refusingNul (validate: AjvValidate): AjvValidate {
  const wrapped = function (this: unknown, data: unknown, context?: unknown) {
    if (!(validate as (this: unknown, ...args: unknown[]) => boolean).call(this, data, context)) {
      wrapped.errors = validate.errors
      return false
    }
    const at = nulAt(data)
    wrapped.errors = at === undefined
      ? null
      : [{ keyword: NUL_KEYWORD, instancePath: at, schemaPath: '#', params: {}, message: 'must not contain the character U+0000 (NUL)' }]
    return at === undefined
  } as unknown as AjvValidate
  // Fastify passes the parent object when the validator has a schemaEnv, so that ajv can coerce or default a root value.
  Object.assign(wrapped, { schemaEnv: validate.schemaEnv, schema: validate.schema })
  return wrapped
}

/** The JSON Pointer of the first string or property name holding U+0000 in a value, or undefined (no recursion: any depth). */
export function nulAt (value: unknown): string | undefined {
  if (typeof value === 'string') return value.includes('\0') ? '' : undefined
  if (value === null || typeof value !== 'object') return undefined
  // Path parameters and query strings (every request): a flat object, checked without allocating anything.
  let flat = !Array.isArray(value)
  if (flat) {
    for (const key in value) {
      const item = (value as Record<string, unknown>)[key]
      if (item !== null && typeof item === 'object') { flat = false; break }
      if (key.includes('\0') || (typeof item === 'string' && item.includes('\0'))) { flat = false; break }
    }
    if (flat) return undefined
  }
  const pending: Array<[unknown, string]> = [[value, '']]
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [item, pointer] = next
    if (typeof item === 'string') {
      if (item.includes('\0')) return pointer
    } else if (Array.isArray(item)) {
      for (let index = item.length - 1; index >= 0; index--) pending.push([item[index], `${pointer}/${index}`])
    } else if (item !== null && typeof item === 'object') {
      const entries = Object.entries(item as Record<string, unknown>)
      for (let index = entries.length - 1; index >= 0; index--) {
        const [key, child] = entries[index]!
        const at = `${pointer}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`
        if (key.includes('\0')) return at
        pending.push([child, at])
      }
    }
  }
  return undefined
}

const NO_QUERY = { type: 'object', properties: {}, additionalProperties: false }

/**
 * An onRoute hook for the API's routes (under `prefix`): a route that declares no query string takes none, so `?tag=x`
 * on it is a 400 naming `tag` instead of being silently ignored.
 */
export const refuseUnknownQueryParameters = (prefix: string) => (route: { url: string, schema?: { querystring?: unknown } }) => {
  if (route.url.startsWith(prefix) && route.schema && route.schema.querystring === undefined) route.schema.querystring = NO_QUERY
}
