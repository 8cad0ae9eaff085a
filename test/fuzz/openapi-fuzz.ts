// Property-based fuzzing from the OpenAPI document: valid requests derived from each operation's parameters and body
// schema, a mutation layer that breaks them, and the checks every response must pass (no 5xx, problem+json errors
// that match the documented schema, 2xx bodies that match theirs, nothing stored by a rejected request).
import { createHash } from 'node:crypto'
import fc from 'fast-check'
import Ajv2020Module from 'ajv/dist/2020.js'
import formatsModule from 'ajv-formats'
import type SQLite from 'better-sqlite3'
import { sql } from 'kysely'
import type { DatabaseHandle } from '../../src/db/connection.js'
import { exampleInDescription } from '../../src/http/schemas.js'

// ---------------------------------------------------------------------------------------------------------------
// The document

export interface JsonSchema {
  $ref?: string
  type?: string | string[]
  enum?: unknown[]
  const?: unknown
  examples?: unknown[]
  default?: unknown
  minLength?: number
  maxLength?: number
  pattern?: string
  format?: string
  minimum?: number
  maximum?: number
  exclusiveMinimum?: number
  exclusiveMaximum?: number
  properties?: Record<string, JsonSchema>
  required?: string[]
  additionalProperties?: boolean | JsonSchema
  minProperties?: number
  items?: JsonSchema
  prefixItems?: JsonSchema[]
  minItems?: number
  maxItems?: number
  anyOf?: JsonSchema[]
  oneOf?: JsonSchema[]
  allOf?: JsonSchema[]
}

interface MediaObject { schema?: JsonSchema, example?: unknown }
interface ParameterObject { name: string, in: 'path' | 'query' | 'header' | 'cookie', required?: boolean, description?: string, schema?: JsonSchema, example?: string | number | boolean }
interface ResponseObject { content?: Record<string, MediaObject> }
interface OperationObject {
  operationId?: string
  parameters?: ParameterObject[]
  requestBody?: { required?: boolean, content: Record<string, MediaObject> }
  responses?: Record<string, ResponseObject>
  security?: Array<Record<string, string[]>>
}
export interface OpenApiDocument {
  paths: Record<string, Record<string, OperationObject>>
  components: { schemas: Record<string, JsonSchema> }
}

export interface Operation {
  id: string
  method: string
  /** The path template, `{name}` for path parameters. */
  path: string
  parameters: ParameterObject[]
  body: { required: boolean, content: Record<string, MediaObject> } | undefined
  responses: Record<string, ResponseObject>
  /** Needs the admin bearer key. */
  admin: boolean
}

const METHODS = ['get', 'put', 'post', 'patch', 'delete']

/** Every operation of the document. */
export function operationsOf (doc: OpenApiDocument): Operation[] {
  const operations: Operation[] = []
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of METHODS) {
      const operation = item[method]
      if (!operation) continue
      operations.push({
        id: operation.operationId ?? `${method} ${path}`,
        method: method.toUpperCase(),
        path,
        parameters: operation.parameters ?? [],
        body: operation.requestBody ? { required: operation.requestBody.required === true, content: operation.requestBody.content } : undefined,
        responses: operation.responses ?? {},
        admin: (operation.security ?? []).some((requirement) => 'bearerAuth' in requirement),
      })
    }
  }
  return operations
}

const REF_PREFIX = '#/components/schemas/'

function resolve (doc: OpenApiDocument, schema: JsonSchema): JsonSchema {
  let current = schema
  for (let hops = 0; current.$ref && hops < 20; hops++) {
    const name = current.$ref.slice(REF_PREFIX.length)
    const target = doc.components.schemas[name]
    if (!current.$ref.startsWith(REF_PREFIX) || !target) throw new Error(`unresolvable $ref ${current.$ref}`)
    current = target
  }
  return current
}

// ---------------------------------------------------------------------------------------------------------------
// Valid values from a schema

const MAX_GENERATED_LENGTH = 40
const MAX_GENERATED_ITEMS = 4
const MAX_DEPTH = 8

function stringArbitrary (schema: JsonSchema): fc.Arbitrary<string> {
  const min = schema.minLength ?? 0
  const max = Math.max(min, Math.min(schema.maxLength ?? MAX_GENERATED_LENGTH, MAX_GENERATED_LENGTH))
  const fits = (value: string) => [...value].length >= min && [...value].length <= (schema.maxLength ?? Infinity)
  let generated: fc.Arbitrary<string>
  switch (schema.format) {
    case 'email': generated = fc.emailAddress().filter(fits); break
    case 'uuid': generated = fc.uuid(); break
    case 'uri': case 'uri-reference': generated = fc.webUrl().filter(fits); break
    case 'date-time': generated = fc.date({ min: new Date(0), max: new Date(4102444800000), noInvalidDate: true }).map((date) => date.toISOString()); break
    default:
      generated = schema.pattern
        ? fc.stringMatching(new RegExp(schema.pattern)).filter(fits)
        : fc.oneof(
          fc.string({ minLength: min, maxLength: max }),
          fc.string({ minLength: min, maxLength: max, unit: 'grapheme' }).filter(fits),
          fc.lorem({ maxCount: 5 }).filter(fits)
        )
  }
  const examples = (schema.examples ?? []).filter((example): example is string => typeof example === 'string')
  return examples.length > 0 ? fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...examples) }, { weight: 1, arbitrary: generated }) : generated
}

function numberBounds (schema: JsonSchema, integer: boolean) {
  const step = integer ? 1 : Number.EPSILON
  const min = schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + step : schema.minimum ?? -1_000_000
  const max = schema.exclusiveMaximum !== undefined ? schema.exclusiveMaximum - step : schema.maximum ?? 1_000_000
  return { min: Math.max(min, Number.MIN_SAFE_INTEGER), max: Math.min(max, Number.MAX_SAFE_INTEGER) }
}

/** An arbitrary of values the schema accepts (the subset of JSON Schema the document uses). */
export function valueArbitrary (doc: OpenApiDocument, schema: JsonSchema, depth = 0): fc.Arbitrary<unknown> {
  const s = resolve(doc, schema)
  if (s.const !== undefined) return fc.constant(s.const)
  if (s.enum) return fc.constantFrom(...s.enum)
  const choices = s.anyOf ?? s.oneOf
  if (choices) return fc.oneof(...choices.map((choice) => valueArbitrary(doc, choice, depth + 1)))
  if (s.allOf?.[0]) return valueArbitrary(doc, s.allOf[0], depth + 1)
  if (Array.isArray(s.type)) return fc.oneof(...s.type.map((type) => valueArbitrary(doc, { ...s, type }, depth)))
  switch (s.type) {
    case 'null': return fc.constant(null)
    case 'boolean': return fc.boolean()
    case 'integer': {
      const generated = fc.integer(numberBounds(s, true))
      const examples = (s.examples ?? []).filter((example): example is number => typeof example === 'number')
      return examples.length > 0 ? fc.oneof(fc.constantFrom(...examples), generated) : generated
    }
    case 'number': return fc.double({ ...numberBounds(s, false), noNaN: true, noDefaultInfinity: true })
    case 'string': return stringArbitrary(s)
    case 'array': {
      const minLength = s.minItems ?? 0
      // Deep down, an array that may be empty is: recursive schemas (blocks holding blocks) end there.
      if (depth > MAX_DEPTH && minLength === 0) return fc.constant([])
      const maxLength = depth > MAX_DEPTH ? minLength : Math.max(minLength, Math.min(s.maxItems ?? MAX_GENERATED_ITEMS, MAX_GENERATED_ITEMS))
      return fc.array(s.items ? valueArbitrary(doc, s.items, depth + 1) : fc.jsonValue({ maxDepth: 2 }), { minLength, maxLength })
    }
    case 'object': {
      const properties = s.properties ?? {}
      const required = (s.required ?? []).filter((name) => name in properties)
      const record = fc.record(
        Object.fromEntries(Object.entries(properties).map(([name, property]) => [name, valueArbitrary(doc, property, depth + 1)])),
        { requiredKeys: required }
      ) as fc.Arbitrary<Record<string, unknown>>
      const minProperties = s.minProperties ?? 0
      const examples = (s.examples ?? []).filter((example) => typeof example === 'object' && example !== null)
      const generated = minProperties > 0 ? record.filter((value) => Object.keys(value).length >= minProperties) : record
      return examples.length > 0 ? fc.oneof({ weight: 1, arbitrary: fc.constantFrom(...examples) }, { weight: 3, arbitrary: generated }) : generated
    }
    default: return fc.jsonValue({ maxDepth: 2 })
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Requests: parts that mutations edit, then rendered for app.inject()

/** A JSON text spliced into a body verbatim (numbers JSON.stringify cannot write: 1e309, NaN, 400 digits). */
export class RawJson {
  constructor (readonly text: string) {}
}

type Body =
  | { kind: 'none' }
  | { kind: 'json', value: unknown }
  | { kind: 'form', value: Record<string, unknown> }
  | { kind: 'text', text: string }

interface Value { value: string, raw?: boolean }

export interface RequestParts {
  path: Record<string, Value>
  query: Array<{ name: string, value: string, raw?: boolean }>
  headers: Record<string, string>
  body: Body
  contentType: string | undefined
  auth: 'admin' | 'none' | 'wrong' | 'malformed'
  authorization: string | undefined
  /** Descriptions of the mutations applied, for the report. */
  mutations: string[]
}

export interface FuzzRequest {
  method: string
  url: string
  headers: Record<string, string>
  payload: string | undefined
  auth: RequestParts['auth']
  mutations: string[]
  /** The path parameters as sent (unencoded), to fetch the current ETag when `needsEtag`. */
  path: Record<string, string>
}

/** What the database holds, so that path parameters name existing rows most of the time. */
export interface FuzzContext {
  slugs: string[]
  sectionKeys: string[]
  reviewIds: number[]
  contactIds: string[]
  eventIds: string[]
  versions: number[]
  adminKey: string
}

/** Stands for the current ETag of the article named by the slug parameter; filled in just before sending. */
export const CURRENT_ETAG = '\u0000current-etag'

const SEP = '\u0000'

/** Serializes like JSON.stringify, with RawJson spliced in and own `__proto__` keys kept. */
export function serialize (value: unknown): string {
  if (value instanceof RawJson) return value.text
  if (Array.isArray(value)) return `[${value.map((item) => serialize(item)).join(',')}]`
  if (value !== null && typeof value === 'object') {
    return `{${Object.entries(value).map(([key, item]) => `${JSON.stringify(key)}:${serialize(item)}`).join(',')}}`
  }
  return JSON.stringify(value) ?? 'null'
}

/**
 * Percent-encodes every byte but the unreserved ones (lone surrogates become U+FFFD, as a client's UTF-8 encoder does).
 * A whole "." or ".." (even as %2E) is a dot segment that clients and URL parsers resolve to another resource before
 * sending: "..." is sent instead.
 */
export function percentEncode (text: string): string {
  if (text === '.' || text === '..') return '...'
  let out = ''
  for (const byte of Buffer.from(text, 'utf8')) {
    const char = String.fromCharCode(byte)
    out += /[A-Za-z0-9\-._~]/.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`
  }
  return out
}

/** A header value as it would arrive over HTTP: UTF-8 bytes read as Latin-1, no control characters but tab. */
function headerValue (text: string): string {
  // eslint-disable-next-line no-control-regex
  return Buffer.from(text, 'utf8').toString('latin1').replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, '')
}

function formEntries (value: Record<string, unknown>): URLSearchParams {
  const params = new URLSearchParams()
  for (const [name, item] of Object.entries(value)) {
    for (const one of Array.isArray(item) ? item : [item]) {
      params.append(name, one instanceof RawJson ? one.text : typeof one === 'string' ? one : serialize(one))
    }
  }
  return params
}

export function render (operation: Operation, parts: RequestParts): FuzzRequest {
  const path = operation.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const part = parts.path[name] ?? { value: '' }
    return part.raw ? part.value : percentEncode(part.value)
  })
  const query = parts.query.map(({ name, value, raw }) => raw ? `${name}=${value}` : `${percentEncode(name)}=${percentEncode(value)}`).join('&')
  const headers: Record<string, string> = {}
  for (const [name, value] of Object.entries(parts.headers)) headers[name] = value === CURRENT_ETAG ? value : headerValue(value)
  if (parts.authorization !== undefined) headers.authorization = headerValue(parts.authorization)
  if (parts.contentType !== undefined) headers['content-type'] = headerValue(parts.contentType)
  let payload: string | undefined
  switch (parts.body.kind) {
    case 'json': payload = serialize(parts.body.value); break
    case 'form': payload = parts.body.value !== null && typeof parts.body.value === 'object' && !(parts.body.value instanceof RawJson)
      ? formEntries(parts.body.value).toString()
      : serialize(parts.body.value); break
    case 'text': payload = parts.body.text; break
    case 'none': payload = undefined
  }
  return {
    method: operation.method,
    url: query ? `${path}?${query}` : path,
    headers,
    payload,
    auth: parts.auth,
    mutations: parts.mutations,
    path: Object.fromEntries(Object.entries(parts.path).map(([name, { value }]) => [name, value])),
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Edge cases

const HUGE = 70_000

export const weirdStrings: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      '', ' ', '\t \n ', '\u0000', 'a\u0000b', '%00', '\ud800', '\udfff', 'a\ud83d', '\udc00a', 'x\ud800\udbffy',
      '\u202eevil\u202c', 'مرحبا بالعالم', 'שלום', '👩🏽‍⚕️🏥💉', '🇵🇰🇬🇧', 'e\u0301\u0301\u0301\u0301', 'Z̴̡̛͔̓ą̸̗l̷̩͝g̶o̷',
      '\ufeff', '\ufffe\uffff', '\u2028\u2029', '\u200b\u200d', 'İı', 'ß', 'ǅ', '<script>alert(1)</script>', "'; DROP TABLE articles; --",
      '" OR 1=1 --', '../../etc/passwd', '..', '.', '%', '%zz', '%E0%A4%A', '$' + '{7*7}', '{{7*7}}', '__proto__', 'constructor', 'prototype',
      'NaN', 'Infinity', '-Infinity', '1e309', '-0', '0x10', ' 5', '5 ', '5.0', '1_000', '9'.repeat(400), '-1', '0',
      'null', 'true', '[]', '{}', 'a,b', 'a,,b', ',', '*', 'W/"x"', '"', '\\', '\u0085', '\u00a0', 'x'.repeat(201), 'x'.repeat(5001),
      '🚀'.repeat(150), 'a\u0300'.repeat(300), 'AND', 'OR', 'NOT', 'NEAR(a b)', '"unterminated', 'a*', '^a', 'title:a', '(a', 'a)',
      'Wed, 15 Jan 2025 09:00:00 GMT', 'Thu, 01 Jan 1970 00:00:00 GMT', 'Fri, 31 Dec 9999 23:59:59 GMT', 'Mon, 32 Foo 2025 25:61:61 GMT'
    )
  },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom('\u0000', '\u0001', '\u001f', '\u007f', '\ud800', '\u202e', '\u0301', '😀', '\n', '\r'), maxLength: 12 }) },
  { weight: 1, arbitrary: fc.constantFrom('x', 'é', '😀', '\u0000').chain((unit) => fc.constantFrom(unit.repeat(1000), unit.repeat(HUGE))) }
)

const RAW_NUMBERS = ['1e309', '-1e309', '1E400', 'NaN', 'Infinity', '-Infinity', '9'.repeat(400), `-${'9'.repeat(400)}`, `0.${'0'.repeat(400)}1`,
  '-0', '1.0', '1e2', '5e-324', '2e-400', '9007199254740993', '-9007199254740993', '0x10', '01', '+1', '.5', '1.', '1e', '--1']

/** A value of the wrong type, out of range, or not JSON at all. */
export const weirdValues: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: weirdStrings },
  { weight: 2, arbitrary: fc.constantFrom(...RAW_NUMBERS).map((text) => new RawJson(text)) },
  { weight: 2, arbitrary: fc.constantFrom<unknown>(null, true, false, 0, -1, 1.5, 6, 1000, 2 ** 31, 2 ** 53, -(2 ** 63), Number.MAX_VALUE, Number.MIN_VALUE, [], {}, [[]], [null], ['a'], { a: 1 }) },
  { weight: 1, arbitrary: fc.integer({ min: 10, max: 20_000 }).map((depth) => new RawJson(`${'['.repeat(depth)}${']'.repeat(depth)}`)) },
  { weight: 1, arbitrary: fc.integer({ min: 10, max: 20_000 }).map((depth) => new RawJson(`${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`)) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) }
)

const PROTO_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '', ' ', 'unknown_field', '\u0000', 'a.b', '$where', 'status', 'id', 'created_at']

/** Broken JSON texts (and texts that are JSON but not an object). */
const INVALID_JSON = [
  '', ' ', '{', '}', '{"a":', '{"a":1,}', "{'a':1}", '{a:1}', '\ufeff{}', '{"a":1}garbage', '{"a":1}{"b":2}', 'NaN', 'undefined',
  'null', 'true', '0', '"string"', '[]', '[{}]', '{"__proto__":{"polluted":1}}', '{"constructor":{"prototype":{"polluted":1}}}',
  '{"a":"\\ud800"}', '{"a":"\\u0000"}', '{"a":"\\x41"}', '{"a":01}', '{"a":1e309}', `{"a":${'9'.repeat(400)}}`, '\u0000', '{"a":"b"\u0000}',
  `${'['.repeat(100_000)}${']'.repeat(100_000)}`, `${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}`, `{"a":"${'x'.repeat(HUGE)}"}`, ' '.repeat(HUGE),
  '{"a":1,"a":2}', '\u00ff\u00fe{\u0000}',
]

const CONTENT_TYPES = [
  undefined, '', 'text/plain', 'text/html', 'application/xml', 'application/octet-stream', 'multipart/form-data; boundary=x',
  'application/x-www-form-urlencoded', 'application/json', 'application/json; charset=utf-8', 'application/json; charset=UTF-8',
  'application/json; charset=latin1', 'application/json; charset=utf-16', 'application/json; charset="utf-8"', 'application/json;charset=',
  'APPLICATION/JSON', 'application/json;;', 'application/json; foo', 'application/problem+json', 'application/merge-patch+json',
  'text/markdown', 'text/markdown; charset=utf-8', 'text/markdown; charset=iso-8859-1', 'text/x-markdown', 'application/jsonx', 'json',
  '*/*', 'application/*', 'a/b/c', ';', '\u00e9/\u00e9', 'application/json\u0000',
]

const ACCEPTS = ['*/*', 'application/json', 'text/html', 'text/markdown', 'text/plain', 'application/xml', 'application/ld+json', 'application/atom+xml',
  'image/png', 'application/json;q=0', 'text/*;q=0.5, */*;q=0', 'garbage', '', ',,,', 'application/json;q=abc', 'application/problem+json']

// ---------------------------------------------------------------------------------------------------------------
// Valid requests

function pathValue (parameter: ParameterObject, context: FuzzContext, doc: OpenApiDocument): fc.Arbitrary<string> {
  const schema = resolve(doc, parameter.schema ?? {})
  const fromSchema = valueArbitrary(doc, schema).map((value) => String(value))
  const known = (values: Array<string | number>) => values.length > 0
    ? fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...values).map(String) }, { weight: 1, arbitrary: fromSchema })
    : fromSchema
  switch (parameter.name) {
    case 'slug': return known(context.slugs)
    case 'key': return known(context.sectionKeys)
    case 'version': return known(context.versions)
    case 'id': return schema.type === 'integer' ? known(context.reviewIds) : known(context.contactIds)
    default: return parameter.example !== undefined ? known([String(parameter.example)]) : fromSchema
  }
}

/** A parameter's example: its own (required parameters), or the one its description gives (optional ones). */
const exampleOf = (parameter: ParameterObject): string | undefined =>
  parameter.example !== undefined ? String(parameter.example) : exampleInDescription(parameter.description)

function queryValue (doc: OpenApiDocument, parameter: ParameterObject, context: FuzzContext): fc.Arbitrary<string[]> {
  const schema = resolve(doc, parameter.schema ?? {})
  if (parameter.name === 'event_id' && context.eventIds.length > 0) return fc.constantFrom(...context.eventIds).map((id) => [id])
  if (schema.type === 'array') return fc.array(valueArbitrary(doc, schema.items ?? {}), { minLength: 1, maxLength: 3 }).map((values) => values.map(String))
  const generated = valueArbitrary(doc, schema).map((value) => [String(value)])
  const example = exampleOf(parameter)
  return example !== undefined ? fc.oneof(fc.constant<string[]>([example]), generated) : generated
}

function headerArbitrary (doc: OpenApiDocument, parameter: ParameterObject): fc.Arbitrary<string> {
  if (parameter.name === 'if-match') return fc.oneof({ weight: 4, arbitrary: fc.constant(CURRENT_ETAG) }, { weight: 1, arbitrary: fc.constantFrom('*', '"stale"', 'W/"weak"') })
  if (parameter.name === 'idempotency-key') return fc.uuid()
  const schema = resolve(doc, parameter.schema ?? {})
  const example = exampleOf(parameter)
  return example !== undefined ? fc.oneof(fc.constant(example), stringArbitrary(schema)) : stringArbitrary(schema)
}

interface BodyChoice { body: Body, contentType: string | undefined }

function bodyArbitrary (doc: OpenApiDocument, operation: Operation): fc.Arbitrary<BodyChoice> {
  if (!operation.body) return fc.constant<BodyChoice>({ body: { kind: 'none' }, contentType: undefined })
  const options = Object.entries(operation.body.content).map(([mediaType, media]) => {
    const schema = media.schema ?? {}
    if (mediaType === 'application/json') {
      return valueArbitrary(doc, schema).map((value): BodyChoice => ({ body: { kind: 'json', value }, contentType: mediaType }))
    }
    if (mediaType === 'application/x-www-form-urlencoded') {
      return valueArbitrary(doc, schema).map((value): BodyChoice => ({ body: { kind: 'form', value: value as Record<string, unknown> }, contentType: mediaType }))
    }
    // Text bodies (Markdown): the documented example, its parts, or generated text.
    const example = typeof media.example === 'string' ? media.example : ''
    return fc.oneof(
      { weight: 3, arbitrary: fc.constant(example) },
      { weight: 2, arbitrary: fc.tuple(fc.nat({ max: example.length }), weirdStrings).map(([at, insert]) => example.slice(0, at) + insert + example.slice(at)) },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 200 }) }
    ).map((text): BodyChoice => ({ body: { kind: 'text', text }, contentType: mediaType }))
  })
  return fc.oneof(...options)
}

function authArbitrary (operation: Operation, context: FuzzContext): fc.Arbitrary<Pick<RequestParts, 'auth' | 'authorization'>> {
  const admin = `Bearer ${context.adminKey}`
  if (!operation.admin) {
    return fc.oneof({ weight: 9, arbitrary: fc.constant({ auth: 'none' as const, authorization: undefined }) }, { weight: 1, arbitrary: fc.constant({ auth: 'admin' as const, authorization: admin }) })
  }
  return fc.oneof(
    { weight: 17, arbitrary: fc.constantFrom(admin, `bearer ${context.adminKey}`, `Bearer \t${context.adminKey} `).map((authorization) => ({ auth: 'admin' as const, authorization })) },
    { weight: 1, arbitrary: fc.constant({ auth: 'none' as const, authorization: undefined }) },
    { weight: 1, arbitrary: fc.constantFrom('Bearer wrong-key', `Bearer ${context.adminKey}x`, `Bearer ${'k'.repeat(5000)}`, 'Bearer é\u00ff').map((authorization) => ({ auth: 'wrong' as const, authorization })) },
    { weight: 1, arbitrary: fc.constantFrom('Basic Zm9vOmJhcg==', 'Bearer', 'Bearer ', `Bearer ${context.adminKey} extra`, context.adminKey, '', `Token ${context.adminKey}`).map((authorization) => ({ auth: 'malformed' as const, authorization })) }
  )
}

function validParts (doc: OpenApiDocument, operation: Operation, context: FuzzContext): fc.Arbitrary<RequestParts> {
  const pathParameters = operation.parameters.filter((parameter) => parameter.in === 'path')
  const queryParameters = operation.parameters.filter((parameter) => parameter.in === 'query')
  const headerParameters = operation.parameters.filter((parameter) => parameter.in === 'header')
  const path = fc.record(Object.fromEntries(pathParameters.map((parameter) => [parameter.name, pathValue(parameter, context, doc)])))
  const query = fc.record(
    Object.fromEntries(queryParameters.map((parameter) => [parameter.name, queryValue(doc, parameter, context)])),
    { requiredKeys: queryParameters.filter((parameter) => parameter.required).map((parameter) => parameter.name) }
  )
  const headers = fc.record(
    Object.fromEntries(headerParameters.map((parameter) => [parameter.name, headerArbitrary(doc, parameter)])),
    { requiredKeys: headerParameters.filter((parameter) => parameter.required || parameter.name === 'if-match').map((parameter) => parameter.name) }
  )
  return fc.record({ path, query, headers, body: bodyArbitrary(doc, operation), auth: authArbitrary(operation, context) }).map((generated) => ({
    path: Object.fromEntries(Object.entries(generated.path).map(([name, value]) => [name, { value }])),
    query: Object.entries(generated.query as Record<string, string[]>).flatMap(([name, values]) => values.map((value) => ({ name, value }))),
    headers: { ...(generated.headers as Record<string, string>) },
    body: generated.body.body,
    contentType: generated.body.contentType,
    auth: generated.auth.auth,
    authorization: generated.auth.authorization,
    mutations: [],
  }))
}

// ---------------------------------------------------------------------------------------------------------------
// Mutations

type Mutation = (parts: RequestParts) => RequestParts

/** JSON Pointer-ish paths of every value in a body (the root is []). */
function valuePaths (value: unknown, prefix: string[] = [], out: string[][] = []): string[][] {
  out.push(prefix)
  if (out.length > 200) return out
  if (Array.isArray(value)) value.forEach((item, index) => valuePaths(item, [...prefix, String(index)], out))
  else if (value !== null && typeof value === 'object' && !(value instanceof RawJson)) {
    for (const [key, item] of Object.entries(value)) valuePaths(item, [...prefix, key], out)
  }
  return out
}

function cloneJson (value: unknown): unknown {
  if (value instanceof RawJson) return value
  if (Array.isArray(value)) return value.map(cloneJson)
  if (value !== null && typeof value === 'object') {
    const copy: Record<string, unknown> = {}
    for (const [key, item] of Object.entries(value)) defineKey(copy, key, cloneJson(item))
    return copy
  }
  return value
}

/** Sets an own, enumerable key, `__proto__` included (plain assignment would change the prototype instead). */
function defineKey (target: Record<string, unknown>, key: string, value: unknown) {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true })
}

const isContainer = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !(value instanceof RawJson)

/** A copy of `root` with `update` applied to the parent of `path`; unchanged when an earlier mutation removed that parent. */
function updateAt (root: unknown, path: string[], update: (parent: Record<string, unknown> | unknown[], key: string) => void): unknown {
  if (path.length === 0) return root
  const copy = cloneJson(root)
  let parent: unknown = copy
  for (const key of path.slice(0, -1)) parent = isContainer(parent) ? parent[key] : undefined
  if (isContainer(parent)) update(parent, path[path.length - 1]!)
  return copy
}

function objectPaths (value: unknown): string[][] {
  return valuePaths(value).filter((path) => {
    let current: unknown = value
    for (const key of path) current = (current as Record<string, unknown>)[key]
    return current !== null && typeof current === 'object' && !Array.isArray(current) && !(current instanceof RawJson)
  })
}

const describeValue = (value: unknown) => {
  const text = value instanceof RawJson ? value.text : typeof value === 'string' ? JSON.stringify(value) : serialize(value)
  return text.length > 60 ? `${text.slice(0, 60)}…(${text.length})` : text
}

function structured (body: Body): body is Extract<Body, { kind: 'json' | 'form' }> {
  return body.kind === 'json' || body.kind === 'form'
}

function mutationArbitrary (doc: OpenApiDocument, operation: Operation, parts: RequestParts): fc.Arbitrary<Mutation> {
  const options: Array<fc.WeightedArbitrary<Mutation>> = []
  const add = (weight: number, arbitrary: fc.Arbitrary<Mutation>) => options.push({ weight, arbitrary })
  const body = parts.body
  if (structured(body)) {
    const paths = valuePaths(body.value)
    const objects = objectPaths(body.value)
    add(6, fc.tuple(fc.constantFrom(...paths), weirdValues).map(([path, weird]): Mutation => (p) => {
      if (!structured(p.body)) return p
      const value = path.length === 0 ? weird : updateAt(p.body.value, path, (parent, key) => { (parent as Record<string, unknown>)[key] = weird })
      return { ...p, body: { ...p.body, value } as Body, mutations: [...p.mutations, `body /${path.join('/')} = ${describeValue(weird)}`] }
    }))
    if (paths.length > 1) {
      add(2, fc.constantFrom(...paths.slice(1)).map((path): Mutation => (p) => {
        if (!structured(p.body)) return p
        const value = updateAt(p.body.value, path, (parent, key) => {
          if (Array.isArray(parent)) parent.splice(Number(key), 1)
          else delete parent[key]
        })
        return { ...p, body: { ...p.body, value } as Body, mutations: [...p.mutations, `body /${path.join('/')} removed`] }
      }))
    }
    if (objects.length > 0) {
      add(3, fc.tuple(fc.constantFrom(...objects), fc.oneof(fc.constantFrom(...PROTO_KEYS), weirdStrings), weirdValues).map(([path, key, weird]): Mutation => (p) => {
        if (!structured(p.body)) return p
        let value = cloneJson(p.body.value)
        if (path.length === 0) {
          if (isContainer(value)) defineKey(value, key, weird)
        } else {
          value = updateAt(value, path, (parent, last) => {
            const target = (parent as Record<string, unknown>)[last]
            if (isContainer(target)) defineKey(target, key, weird)
          })
        }
        return { ...p, body: { ...p.body, value } as Body, mutations: [...p.mutations, `body /${path.join('/')} + key ${JSON.stringify(key).slice(0, 40)} = ${describeValue(weird)}`] }
      }))
    }
  }
  if (operation.body) {
    add(2, fc.constantFrom(...INVALID_JSON).map((text): Mutation => (p) => ({ ...p, body: { kind: 'text', text }, mutations: [...p.mutations, `body text ${describeValue(text)}`] })))
    add(1, fc.constant((p: RequestParts): RequestParts => ({ ...p, body: { kind: 'none' }, mutations: [...p.mutations, 'no body'] })))
    add(1, fc.string({ unit: 'binary', maxLength: 100 }).map((text): Mutation => (p) => ({ ...p, body: { kind: 'text', text }, mutations: [...p.mutations, `body text ${describeValue(text)}`] })))
  } else {
    add(1, fc.tuple(fc.constantFrom(...CONTENT_TYPES), fc.constantFrom('{}', '{"a":1}', 'text', '', '{')).map(([contentType, text]): Mutation => (p) => ({
      ...p, body: { kind: 'text', text }, contentType, mutations: [...p.mutations, `unexpected body ${describeValue(text)} as ${String(contentType)}`],
    })))
  }
  if (operation.body) {
    add(3, fc.constantFrom(...CONTENT_TYPES).map((contentType): Mutation => (p) => ({ ...p, contentType, mutations: [...p.mutations, `content-type ${String(contentType)}`] })))
  }
  const queryParameters = operation.parameters.filter((parameter) => parameter.in === 'query').map((parameter) => parameter.name)
  if (queryParameters.length > 0) {
    add(4, fc.tuple(fc.constantFrom(...queryParameters), weirdStrings).map(([name, value]): Mutation => (p) => ({
      ...p, query: [...p.query.filter((entry) => entry.name !== name), { name, value }], mutations: [...p.mutations, `query ${name}=${describeValue(value)}`],
    })))
    add(2, fc.tuple(fc.constantFrom(...queryParameters), fc.oneof(weirdStrings, fc.constantFrom('1', '2', '100', 'title'))).map(([name, value]): Mutation => (p) => ({
      ...p, query: [...p.query, { name, value }, { name, value: p.query.find((entry) => entry.name === name)?.value ?? '1' }], mutations: [...p.mutations, `query ${name} repeated`],
    })))
    add(1, fc.constantFrom(...queryParameters).map((name): Mutation => (p) => ({ ...p, query: p.query.filter((entry) => entry.name !== name), mutations: [...p.mutations, `query ${name} removed`] })))
    add(1, fc.tuple(fc.constantFrom(...queryParameters), fc.constantFrom('%', '%zz', '%E0%A4%A', '%00', '%FF%FE', '%C0%AF', '&&&', '==', '+', '%2B', '%ED%A0%80', '[]', '[0]=1')).map(([name, value]): Mutation => (p) => ({
      ...p, query: [...p.query.filter((entry) => entry.name !== name), { name, value, raw: true }], mutations: [...p.mutations, `query ${name}=${value} (raw)`],
    })))
  }
  add(1, fc.tuple(fc.oneof(fc.constantFrom(...PROTO_KEYS), weirdStrings), fc.constantFrom('1', '', 'x')).map(([name, value]): Mutation => (p) => ({
    ...p, query: [...p.query, { name, value }], mutations: [...p.mutations, `query + ${describeValue(name)}=${value}`],
  })))
  const pathParameters = operation.parameters.filter((parameter) => parameter.in === 'path').map((parameter) => parameter.name)
  if (pathParameters.length > 0) {
    add(4, fc.tuple(fc.constantFrom(...pathParameters), weirdStrings).map(([name, value]): Mutation => (p) => ({
      ...p, path: { ...p.path, [name]: { value } }, mutations: [...p.mutations, `path ${name}=${describeValue(value)}`],
    })))
    add(1, fc.tuple(fc.constantFrom(...pathParameters), fc.constantFrom('%', '%zz', '%E0%A4%A', '%00', '%2F', '%2e%2ex', 'a%20b', '%ED%A0%80', '%FF', '%C0%80', ';x', 'a;b=c')).map(([name, value]): Mutation => (p) => ({
      ...p, path: { ...p.path, [name]: { value, raw: true } }, mutations: [...p.mutations, `path ${name}=${value} (raw)`],
    })))
  }
  const headerNames = [...new Set([...operation.parameters.filter((parameter) => parameter.in === 'header').map((parameter) => parameter.name),
    'accept', 'accept-language', 'accept-charset', 'if-none-match', 'if-modified-since', 'if-match', 'if-unmodified-since', 'idempotency-key', 'x-forwarded-for', 'origin', 'range', 'prefer'])]
  add(3, fc.tuple(fc.constantFrom(...headerNames), fc.oneof(weirdStrings, fc.constantFrom(...ACCEPTS))).map(([name, value]): Mutation => (p) => ({
    ...p, headers: { ...p.headers, [name]: value }, mutations: [...p.mutations, `header ${name}: ${describeValue(value)}`],
  })))
  return fc.oneof(...options)
}

/** Requests for an operation: a quarter valid, the rest with one to three mutations. */
export function requestArbitrary (doc: OpenApiDocument, operation: Operation, context: FuzzContext): fc.Arbitrary<FuzzRequest> {
  return validParts(doc, operation, context).chain((parts) => fc.oneof(
    { weight: 1, arbitrary: fc.constant(parts) },
    {
      weight: 3,
      arbitrary: fc.array(mutationArbitrary(doc, operation, parts), { minLength: 1, maxLength: 3 })
        .map((mutations) => mutations.reduce((current, mutate) => mutate(current), parts)),
    }
  )).map((parts) => render(operation, parts))
}

// ---------------------------------------------------------------------------------------------------------------
// Checking responses

export interface Response { statusCode: number, headers: Record<string, unknown>, body: string }

const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8'
const SCHEMA_BASE = 'https://fuzz.invalid/components/schemas/'

function rewriteRefs (value: unknown): unknown {
  if (Array.isArray(value)) return value.map(rewriteRefs)
  if (value !== null && typeof value === 'object') {
    const copy: Record<string, unknown> = {}
    for (const [key, item] of Object.entries(value)) {
      copy[key] = key === '$ref' && typeof item === 'string' && item.startsWith(REF_PREFIX) ? SCHEMA_BASE + item.slice(REF_PREFIX.length) : rewriteRefs(item)
    }
    return copy
  }
  return value
}

const Ajv2020 = Ajv2020Module.default
const addFormats = formatsModule.default

/** Validates response bodies against the document's schemas (JSON Schema 2020-12, `$ref`s to components resolved). */
export function createResponseChecker (doc: OpenApiDocument) {
  // discriminator is not checked (ajv refuses its `mapping`): the oneOf it annotates is.
  const ajv = new Ajv2020({ strict: false, allErrors: true, discriminator: false, validateFormats: true })
  addFormats(ajv)
  ajv.addFormat('int32', true)
  ajv.addFormat('int64', true)
  for (const [name, schema] of Object.entries(doc.components.schemas)) {
    ajv.addSchema({ ...(rewriteRefs(schema) as object), $id: SCHEMA_BASE + name })
  }
  const compiled = new Map<JsonSchema, ReturnType<typeof ajv.compile>>()
  const validator = (schema: JsonSchema) => {
    let validate = compiled.get(schema)
    if (!validate) {
      validate = ajv.compile(rewriteRefs(schema) as object)
      compiled.set(schema, validate)
    }
    return validate
  }
  const problemSchema: JsonSchema = { $ref: `${REF_PREFIX}Problem` }

  /** Problems with this response, empty when it keeps every promise. */
  return function check (operation: Operation, response: Response, undocumentedAllowed: ReadonlySet<number> = new Set()): string[] {
    const failures: string[] = []
    const status = response.statusCode
    const documented = operation.responses[String(status)] ?? operation.responses[`${String(status)[0]}XX`] ?? operation.responses.default
    const contentType = typeof response.headers['content-type'] === 'string' ? response.headers['content-type'] : ''
    const mediaType = contentType.split(';')[0]!.trim().toLowerCase()
    if (status >= 500 && !(status === 503 && documented)) failures.push(`${status} server error`)
    if (!documented && !undocumentedAllowed.has(status)) failures.push(`${status} is not documented for this operation`)
    if (status >= 400) {
      if (contentType !== PROBLEM_CONTENT_TYPE) failures.push(`${status} with content-type "${contentType}", not ${PROBLEM_CONTENT_TYPE}`)
      const schema = documented?.content?.['application/problem+json']?.schema ?? problemSchema
      failures.push(...validate(validator(schema), response.body, `${status} problem`))
      try {
        const problem = JSON.parse(response.body) as { status?: unknown }
        if (problem.status !== status) failures.push(`${status} problem says status ${String(problem.status)}`)
      } catch {}
    } else if (status >= 200 && status < 300 && (mediaType === 'application/json' || mediaType.endsWith('+json'))) {
      const media = documented?.content?.[mediaType]
      if (documented && !media) failures.push(`${status} ${mediaType} is not a documented media type`)
      if (media?.schema) failures.push(...validate(validator(media.schema), response.body, `${status} ${mediaType}`))
    }
    return failures
  }
}

function validate (validator: ReturnType<InstanceType<typeof Ajv2020>['compile']>, body: string, what: string): string[] {
  let value: unknown
  try {
    value = JSON.parse(body)
  } catch {
    return [`${what}: body is not JSON`]
  }
  if (validator(value)) return []
  const errors = (validator.errors ?? []).slice(0, 3).map((error) => `${error.instancePath || '/'} ${error.message ?? error.keyword}`)
  return [`${what} does not match its schema: ${errors.join('; ')}`]
}

// ---------------------------------------------------------------------------------------------------------------
// Database snapshots

/** A digest of every row of every table, by table name: SQLite (rowid order) or PostgreSQL (rows sorted). */
export async function snapshotTables (database: DatabaseHandle, exclude: ReadonlySet<string> = new Set()): Promise<Map<string, string>> {
  if (database.sqlite) return snapshotSqliteTables(database.sqlite, exclude)
  const { rows: tables } = await sql<{ name: string }>`SELECT table_name AS name FROM information_schema.tables
    WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`.execute(database.db)
  const digests = new Map<string, string>()
  for (const { name } of tables) {
    if (exclude.has(name)) continue
    const { rows } = await sql<Record<string, unknown>>`SELECT * FROM ${sql.table(name)}`.execute(database.db)
    const serialized = rows.map((row) => serializeRow(Object.values(row))).sort()
    const hash = createHash('sha256')
    for (const row of serialized) hash.update(row).update(SEP)
    digests.set(name, hash.digest('base64'))
  }
  return digests
}

function snapshotSqliteTables (sqlite: SQLite.Database, exclude: ReadonlySet<string>): Map<string, string> {
  const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[]
  const digests = new Map<string, string>()
  for (const table of tables) {
    if (exclude.has(table)) continue
    const hash = createHash('sha256')
    const quoted = `"${table.replaceAll('"', '""')}"`
    let rows: unknown[][]
    try {
      rows = sqlite.prepare(`SELECT * FROM ${quoted} ORDER BY rowid`).raw().all() as unknown[][]
    } catch {
      // WITHOUT ROWID tables: every column, in order.
      rows = sqlite.prepare(`SELECT * FROM ${quoted}`).raw().all() as unknown[][]
      rows.sort((a, b) => serializeRow(a).localeCompare(serializeRow(b)))
    }
    for (const row of rows) hash.update(serializeRow(row)).update(SEP)
    digests.set(table, hash.digest('base64'))
  }
  return digests
}

function serializeRow (row: unknown[]): string {
  return JSON.stringify(row, (_, value: unknown) => typeof value === 'bigint' ? value.toString() : value)
}

/** Tables whose digest differs between two snapshots. */
export function changedTables (before: Map<string, string>, after: Map<string, string>): string[] {
  return [...new Set([...before.keys(), ...after.keys()])].filter((table) => before.get(table) !== after.get(table))
}
