// The OpenAPI document: the committed copy is current, lints clean, matches what is served, and says enough to be useful.
import { execFile } from 'node:child_process'
import type { InjectOptions } from 'fastify'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, relative } from 'node:path'
import { test } from 'tap'
import Ajv2020Module from 'ajv/dist/2020.js'
import formatsModule from 'ajv-formats'
import seedArticle from '../seed/from-training-to-employment-the-power-of-healthcare-internships.json' with { type: 'json' }
import { generateClientTypes, generateOpenApiDocument } from '../src/openapi.js'
import { openapiFile, openapiTypesFile, projectRoot } from '../src/base/paths.js'
import { exampleInDescription } from '../src/http/schemas.js'
import { ADMIN, build, plainNode, SLUG } from './helper.js'
import { unusedUrl } from './fixtures/webhook-receiver.js'

type Json = Record<string, unknown>
interface Parameter { in: string, name: string, required?: boolean, description?: string, schema?: Json, example?: unknown, examples?: Json, content?: Record<string, MediaType> }
interface MediaType { schema?: Json, example?: unknown, examples?: Record<string, { summary?: string, value?: unknown }> }
interface Response { content?: Record<string, MediaType> }
interface Operation {
  operationId?: string
  tags?: string[]
  summary?: string
  security?: Array<Record<string, string[]>>
  parameters?: Parameter[]
  requestBody?: { content?: Record<string, MediaType> }
  responses?: Record<string, Response>
}
interface OpenApiDocument {
  openapi: string
  servers?: Array<{ url: string }>
  tags?: Array<{ name: string }>
  paths: Record<string, Record<string, unknown>>
  webhooks?: Record<string, Record<string, unknown>>
  components: { schemas: Record<string, Json>, securitySchemes?: Record<string, Json>, parameters?: Record<string, Parameter> }
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']
const COMPONENT_REF = '#/components/schemas/'
const PROBLEM_JSON = 'application/problem+json'
const LINT_CONFIG = join(projectRoot, 'openapi', 'redocly.yaml')
const LINT_IGNORE = join(projectRoot, 'openapi', '.redocly.lint-ignore.yaml')
const REGENERATE = 'run `npm run openapi` and commit openapi/openapi.json and openapi/openapi.d.ts'

function readCommitted (): string | undefined {
  return existsSync(openapiFile) ? readFileSync(openapiFile, 'utf8') : undefined
}

/** The committed document's text, or undefined after failing the test with what to do. */
function committedOrFail (t: { fail(message: string): unknown }): string | undefined {
  const committed = readCommitted()
  if (committed === undefined) t.fail(`openapi/openapi.json is missing: ${REGENERATE}`)
  return committed
}

function operationsOf (document: OpenApiDocument) {
  const operations: Array<{ path: string, method: string, name: string, operation: Operation }> = []
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method] as Operation | undefined
      if (operation) operations.push({ path, method, name: `${method.toUpperCase()} ${path}`, operation })
    }
  }
  return operations
}

/** Every parameter the document declares: of operations and path items, in `paths` and `webhooks`, and in components. */
function parametersOf (document: OpenApiDocument): Array<{ name: string, parameter: Parameter }> {
  const found: Array<{ name: string, parameter: Parameter }> = []
  for (const [section, items] of [['paths', document.paths], ['webhooks', document.webhooks ?? {}]] as const) {
    for (const [path, item] of Object.entries(items)) {
      const where = section === 'paths' ? path : `webhook ${path}`
      for (const parameter of (item.parameters ?? []) as Parameter[]) found.push({ name: `${where}: ${parameter.in} parameter "${parameter.name}"`, parameter })
      for (const method of METHODS) {
        for (const parameter of (item[method] as Operation | undefined)?.parameters ?? []) {
          found.push({ name: `${method.toUpperCase()} ${where}: ${parameter.in} parameter "${parameter.name}"`, parameter })
        }
      }
    }
  }
  for (const [key, parameter] of Object.entries(document.components.parameters ?? {})) found.push({ name: `components.parameters.${key}`, parameter })
  return found
}

/**
 * Where a schema holds an `example` or `examples`, following $refs to components (a tool that resolves them, as Swagger UI
 * does, sees those too) and every subschema. Property names are not keywords: a property called "examples" is not one.
 */
function examplesInSchema (document: OpenApiDocument, schema: unknown, pointer: string, seen = new Set<string>(), found: string[] = []): string[] {
  if (Array.isArray(schema)) {
    schema.forEach((item, index) => examplesInSchema(document, item, `${pointer}/${index}`, seen, found))
    return found
  }
  if (!schema || typeof schema !== 'object') return found
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'example' || key === 'examples') {
      found.push(`${pointer}/${key}`)
    } else if (key === '$ref' && typeof value === 'string' && value.startsWith(COMPONENT_REF)) {
      if (seen.has(value)) continue
      seen.add(value)
      examplesInSchema(document, document.components.schemas[value.slice(COMPONENT_REF.length)], value, seen, found)
    } else if (['properties', 'patternProperties', '$defs', 'dependentSchemas'].includes(key) && value && typeof value === 'object') {
      for (const [name, member] of Object.entries(value)) examplesInSchema(document, member, `${pointer}/${key}/${name}`, seen, found)
    } else if (!['enum', 'const', 'default'].includes(key)) {
      examplesInSchema(document, value, `${pointer}/${key}`, seen, found)
    }
  }
  return found
}

/** Where a parameter carries an example a client could fill in for it: on itself, on its content, or in its schema. */
function parameterExamples (document: OpenApiDocument, parameter: Parameter): string[] {
  const found: string[] = []
  if (parameter.example !== undefined) found.push('example')
  if (parameter.examples !== undefined) found.push('examples')
  for (const [type, media] of Object.entries(parameter.content ?? {})) {
    if (media.example !== undefined) found.push(`content/${type}/example`)
    if (media.examples !== undefined) found.push(`content/${type}/examples`)
    examplesInSchema(document, media.schema, `content/${type}/schema`, new Set(), found)
  }
  return examplesInSchema(document, parameter.schema, 'schema', new Set(), found)
}

const Ajv2020 = Ajv2020Module.default
const addFormats = formatsModule.default
const SCHEMA_BASE = 'https://openapi.invalid/components/schemas/'
const absoluteRefs = (value: unknown): unknown => JSON.parse(JSON.stringify(value), (key, item: unknown) =>
  key === '$ref' && typeof item === 'string' && item.startsWith(COMPONENT_REF) ? SCHEMA_BASE + item.slice(COMPONENT_REF.length) : item)

/** Checks a parameter value as sent (text in a URL or a header) against the parameter's schema, converted as Fastify's ajv converts it. */
function parameterValueChecker (document: OpenApiDocument) {
  const ajv = new Ajv2020({ strict: false, allErrors: true, coerceTypes: 'array', discriminator: false })
  addFormats(ajv)
  ajv.addFormat('int32', true)
  ajv.addFormat('int64', true)
  for (const [name, schema] of Object.entries(document.components.schemas)) ajv.addSchema({ ...(absoluteRefs(schema) as object), $id: SCHEMA_BASE + name })
  return (parameter: Parameter, value: string): string[] => {
    const validate = ajv.compile({ type: 'object', properties: { value: absoluteRefs(parameter.schema ?? {}) as object } })
    return validate({ value }) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message ?? error.keyword}`)
  }
}

/** JSON Pointers where two JSON values differ (at most `limit`), to say what drifted. */
function differences (a: unknown, b: unknown, pointer = '', found: string[] = [], limit = 8): string[] {
  if (found.length >= limit) return found
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) {
    if (JSON.stringify(a) !== JSON.stringify(b)) found.push(pointer || '/')
    return found
  }
  const keys = new Set([...Object.keys(a), ...Object.keys(b)])
  for (const key of keys) differences((a as Json)[key], (b as Json)[key], `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`, found, limit)
  return found
}

/** Every example value reachable from `value`, following component $refs: schema `examples`, `example`, and media/parameter example objects. */
function reachableExamples (document: OpenApiDocument, value: unknown, seen = new Set<string>(), found: unknown[] = []): unknown[] {
  if (Array.isArray(value)) {
    for (const item of value) reachableExamples(document, item, seen, found)
  } else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key === '$ref' && typeof child === 'string' && child.startsWith(COMPONENT_REF) && !seen.has(child)) {
        seen.add(child)
        reachableExamples(document, document.components.schemas[child.slice(COMPONENT_REF.length)], seen, found)
      } else if (key === 'example') {
        found.push(child)
      } else if (key === 'examples' && Array.isArray(child)) {
        found.push(...child)
      } else if (key === 'examples' && child && typeof child === 'object') {
        found.push(...Object.values(child).map((example) => (example as { value?: unknown }).value))
      } else {
        reachableExamples(document, child, seen, found)
      }
    }
  }
  return found
}

/** Operations ("GET /health") whose responses the lint ignore file exempts from operation-4xx-response. */
function exemptFrom4xxRule (): Set<string> {
  const text = existsSync(LINT_IGNORE) ? readFileSync(LINT_IGNORE, 'utf8') : ''
  const rule = /^ {2}operation-4xx-response:\n((?: {4}- .*\n)*)/m.exec(text)?.[1] ?? ''
  const pointers = [...rule.matchAll(/'#\/paths\/([^/']+)\/([a-z]+)\/responses'/g)]
  return new Set(pointers.map(([, path, method]) => `${method!.toUpperCase()} ${path!.replace(/~1/g, '/').replace(/~0/g, '~')}`))
}

/**
 * Whether a parameter, media type or schema carries an example of its whole value: its own `example` or
 * `examples` (an array in a schema, a map of Example Objects elsewhere), or those of the component it $refs.
 * Examples of single properties do not count: they do not show what a whole response looks like.
 */
function hasWholeExample (document: OpenApiDocument, node: unknown, seen = new Set<string>()): boolean {
  if (!node || typeof node !== 'object') return false
  const { example, examples, $ref } = node as { example?: unknown, examples?: unknown, $ref?: unknown }
  if (example !== undefined) return true
  if (Array.isArray(examples) ? examples.length > 0 : examples && typeof examples === 'object' && Object.keys(examples).length > 0) return true
  if (typeof $ref !== 'string' || !$ref.startsWith(COMPONENT_REF) || seen.has($ref)) return false
  seen.add($ref)
  return hasWholeExample(document, document.components.schemas[$ref.slice(COMPONENT_REF.length)], seen)
}

/** All strings inside a JSON value. */
function strings (value: unknown, found = new Set<string>()): Set<string> {
  if (typeof value === 'string') found.add(value)
  else if (value && typeof value === 'object') for (const child of Object.values(value)) strings(child, found)
  return found
}

test('openapi/openapi.json is what the route schemas generate now', async (t) => {
  const generated = await generateOpenApiDocument()
  const committed = committedOrFail(t)
  if (committed === undefined) return
  const drift = differences(JSON.parse(committed), JSON.parse(generated))
  t.ok(committed === generated,
    `openapi/openapi.json is out of date${drift.length > 0 ? ` (differs at ${drift.join(', ')})` : ' (formatting only)'}: ${REGENERATE}`)
})

test('openapi/openapi.d.ts holds the types openapi-typescript generates from the committed document', async (t) => {
  const committed = committedOrFail(t)
  if (committed === undefined) return
  const types = existsSync(openapiTypesFile) ? readFileSync(openapiTypesFile, 'utf8') : undefined
  t.ok(types === await generateClientTypes(committed), `openapi/openapi.d.ts is ${types === undefined ? 'missing' : 'out of date'}: ${REGENERATE}`)
})

test('the served document is the committed one', async (t) => {
  const committed = committedOrFail(t)
  if (committed === undefined) return
  const app = await build(t)
  // One document at one address, for clients and Swagger UI alike.
  const res = await app.inject({ url: '/openapi.json' })
  t.equal(res.statusCode, 200, '/openapi.json is served')
  t.match(res.headers['content-type'], /^application\/json/, '/openapi.json is JSON')
  t.same(res.json(), JSON.parse(committed), `/openapi.json equals openapi/openapi.json (otherwise ${REGENERATE})`)
  // @fastify/swagger-ui's own copies send their readers there instead.
  for (const url of ['/docs/json', '/docs/yaml']) {
    const copy = await app.inject({ url })
    t.equal(copy.statusCode, 301, `${url} redirects permanently`)
    t.equal(copy.headers.location, '/openapi.json', `${url} redirects to /openapi.json`)
    t.equal(copy.body, '', `${url} is not a second copy`)
  }
})

test('redocly lint (openapi/redocly.yaml: recommended-strict) reports no errors', async (t) => {
  const require = createRequire(import.meta.url)
  const packageFile = require.resolve('@redocly/cli/package.json')
  const bin = (JSON.parse(readFileSync(packageFile, 'utf8')) as { bin: Record<string, string> }).bin.redocly!
  const cli = join(dirname(packageFile), bin)
  // Should anything still try the network, send it to a local port nothing listens on, so it fails at once.
  const closedProxy = new URL(await unusedUrl()).origin
  const env = {
    ...process.env,
    // No telemetry, no update check (it asks registry.npmjs.org), no announcements.
    REDOCLY_TELEMETRY: 'off',
    REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true',
    REDOCLY_SUPPRESS_NOTIFICATIONS: 'true',
    HTTP_PROXY: closedProxy,
    HTTPS_PROXY: closedProxy,
    NO_PROXY: '',
    NO_COLOR: '1',
  }
  const { stdout, stderr, code } = await new Promise<{ stdout: string, stderr: string, code: number }>((resolve) => {
    // Without tap's loader (see plainNode): Redocly loads hundreds of modules, each of which it would slow down.
    const node = plainNode([cli, 'lint', '--config', relative(projectRoot, LINT_CONFIG), '--format', 'json', relative(projectRoot, openapiFile)])
    execFile(node.command, node.args, { cwd: projectRoot, env, timeout: 240_000, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => resolve({ stdout, stderr, code: error ? (typeof error.code === 'number' ? error.code : 1) : 0 }))
  })
  let report: { totals: { errors: number, warnings: number }, problems: Array<{ ruleId: string, severity: string, message: string, location: Array<{ pointer: string }> }> }
  try {
    report = JSON.parse(stdout)
  } catch {
    t.fail(`redocly lint printed no JSON report (exit ${code}):\n${stderr.slice(-2000)}`)
    return
  }
  const describe = (severity: string) => report.problems.filter((p) => p.severity === severity)
    .map((p) => `${p.ruleId}: ${p.message} at ${p.location[0]?.pointer ?? '?'}`)
  t.equal(report.totals.errors, 0, `no lint errors${report.totals.errors > 0 ? `:\n  ${describe('error').join('\n  ')}` : ''}`)
  t.equal(code, 0, 'redocly exits 0')
  for (const warning of describe('warn')) t.comment(`redocly warning: ${warning}`)
})

test('document structure', async (t) => {
  const committed = committedOrFail(t)
  if (committed === undefined) return
  const document = JSON.parse(committed) as OpenApiDocument
  const operations = operationsOf(document)
  const { schemas } = document.components

  t.match(document.openapi, /^3\.1\./, 'OpenAPI 3.1')
  t.ok(operations.length >= 7, `${operations.length} operations documented`)

  t.test('every operation has an operationId, declared tags, a summary and a 4xx response (or a lint exception)', async (t) => {
    const declaredTags = new Set((document.tags ?? []).map((tag) => tag.name))
    // Operations no request to which is a client error document no 4xx; openapi/redocly.yaml says why.
    const exempt = exemptFrom4xxRule()
    t.ok(exempt.size <= 3, `at most 3 exceptions to operation-4xx-response (${[...exempt].join(', ')})`)
    for (const name of exempt) t.ok(operations.some((operation) => operation.name === name), `lint exception ${name} is a documented operation`)
    const ids = operations.map(({ operation }) => operation.operationId)
    t.same(ids.filter((id, index) => ids.indexOf(id) !== index), [], 'operationIds are unique')
    for (const { name, operation } of operations) {
      t.match(operation.operationId, /^[a-z][A-Za-z0-9]+$/, `${name}: operationId`)
      t.ok(Array.isArray(operation.tags) && operation.tags.length > 0, `${name}: tags`)
      for (const tag of operation.tags ?? []) t.ok(declaredTags.has(tag), `${name}: tag "${tag}" is declared at the top level`)
      t.ok(typeof operation.summary === 'string' && operation.summary.trim().length > 0, `${name}: summary`)
      const has4xx = Object.keys(operation.responses ?? {}).some((status) => /^4(\d\d|XX)$/.test(status))
      if (exempt.has(name)) t.notOk(has4xx, `${name}: no 4xx, so its lint exception is still needed`)
      else t.ok(has4xx, `${name}: a 4xx response`)
    }
  })

  t.test('error responses are problem+json with the Problem schema', async (t) => {
    let count = 0
    for (const { name, operation } of operations) {
      for (const [status, response] of Object.entries(operation.responses ?? {})) {
        if (!/^[45]/.test(status)) continue
        count++
        t.same(Object.keys(response.content ?? {}), [PROBLEM_JSON], `${name} ${status}: only ${PROBLEM_JSON}`)
        t.equal(response.content?.[PROBLEM_JSON]?.schema?.$ref, `${COMPONENT_REF}Problem`, `${name} ${status}: Problem schema`)
      }
    }
    t.ok(count >= operations.length, `${count} error responses checked`)
  })

  t.test('optional parameters carry no example, so Swagger UI\'s "Try it out" sends only what the developer types', async (t) => {
    // Swagger UI fills a parameter from its `example` (which @fastify/swagger lifts from a schema's `examples`): an optional
    // one would turn a first call into a trimmed article (fields, include) or a 304 (If-None-Match, If-Modified-Since).
    const optional = parametersOf(document).filter(({ parameter }) => parameter.required !== true)
    t.ok(optional.length >= 20, `${optional.length} optional parameters`)
    for (const { name, parameter } of optional) t.same(parameterExamples(document, parameter), [], `${name}: no example`)
  })

  t.test('every parameter shows an example: required ones in `examples`, optional ones in their description, valid for their schema', async (t) => {
    const check = parameterValueChecker(document)
    for (const { name, parameter } of parametersOf(document)) {
      if (parameter.required === true) {
        t.ok(hasWholeExample(document, parameter) || hasWholeExample(document, parameter.schema), `${name} has an example`)
        continue
      }
      const example = exampleInDescription(parameter.description)
      t.ok(example, `${name}: its description ends with "Example: \`…\`." (descriptionWithExample)`)
      if (example !== undefined) t.same(check(parameter, example), [], `${name}: its example ${example} is valid`)
    }
  })

  t.test('every request body and response body has an example', async (t) => {
    let responses = 0
    for (const { name, operation } of operations) {
      for (const [type, media] of Object.entries(operation.requestBody?.content ?? {})) {
        t.ok(hasWholeExample(document, media) || hasWholeExample(document, media.schema), `${name}: request body (${type}) has an example`)
      }
      // Responses without a body (204, 303) have nothing to show.
      for (const [status, response] of Object.entries(operation.responses ?? {})) {
        for (const [type, media] of Object.entries(response.content ?? {})) {
          responses++
          t.ok(hasWholeExample(document, media) || hasWholeExample(document, media.schema), `${name} ${status} (${type}) has an example`)
        }
      }
    }
    t.ok(responses > operations.length, `${responses} response bodies checked`)
  })

  t.test('example problems have the status of the response they illustrate', async (t) => {
    for (const { name, operation } of operations) {
      for (const [status, response] of Object.entries(operation.responses ?? {})) {
        if (!/^[45]/.test(status)) continue
        const examples = Object.entries(response.content?.[PROBLEM_JSON]?.examples ?? {})
        t.ok(examples.length > 0, `${name} ${status}: named example problems`)
        for (const [key, example] of examples) {
          t.match(example, { summary: /\S/, value: { status: Number(status), instance: /^urn:request:/ } }, `${name} ${status}: ${key}`)
        }
      }
    }
  })

  t.test('named components, no anonymous def-N', async (t) => {
    for (const name of ['Article', 'ArticleSummary', 'Section', 'Block', 'ParagraphBlock', 'ListBlock', 'ListItem', 'TocEntry', 'Problem', 'Pagination', 'Slug', 'SectionKey', 'Timestamp']) {
      t.ok(schemas[name], `components.schemas.${name}`)
    }
    t.same(Object.keys(schemas).filter((name) => /^def-\d+$/.test(name)), [], 'every component is named by its $id')
    t.same(Object.entries(schemas).filter(([, schema]) => typeof schema.title !== 'string' || schema.title === '').map(([name]) => name), [],
      'every component has a title (Swagger UI names schemas, and oneOf members, by title)')
    const refs = [...committed.matchAll(/"\$ref": "([^"]+)"/g)].map((match) => match[1]!)
    t.same(refs.filter((ref) => !ref.startsWith(COMPONENT_REF) || !schemas[ref.slice(COMPONENT_REF.length)]), [], 'every $ref points at an existing component')
  })

  const UNIONS: Record<string, Record<string, string>> = {
    Block: {
      paragraph: 'ParagraphBlock',
      heading: 'HeadingBlock',
      list: 'ListBlock',
      blockquote: 'BlockquoteBlock',
      code: 'CodeBlock',
      image: 'ImageBlock',
      table: 'TableBlock',
      thematicBreak: 'ThematicBreakBlock',
      footnoteDefinition: 'FootnoteDefinitionBlock',
      html: 'HtmlBlock',
    },
    Inline: {
      text: 'Text',
      emphasis: 'Emphasis',
      strong: 'Strong',
      delete: 'Delete',
      inlineCode: 'InlineCode',
      link: 'Link',
      break: 'Break',
      image: 'InlineImage',
      footnoteReference: 'FootnoteReference',
      html: 'InlineHtml',
    },
  }
  UNIONS.BlockInput = Object.fromEntries(Object.entries(UNIONS.Block!).map(([type, name]) => [type, `${name}Input`]))
  for (const [union, variants] of Object.entries(UNIONS)) {
    t.test(`${union} is a oneOf discriminated by type`, async (t) => {
      const block = schemas[union] as { oneOf?: Array<{ $ref: string }>, anyOf?: unknown, discriminator?: { propertyName: string, mapping?: Record<string, string> } }
      t.notOk(block.anyOf, 'not anyOf')
      const expected = Object.fromEntries(Object.entries(variants).map(([type, name]) => [type, `${COMPONENT_REF}${name}`]))
      t.same(block.oneOf?.map((member) => member.$ref).sort(), Object.values(expected).sort())
      t.equal(block.discriminator?.propertyName, 'type')
      t.same(block.discriminator?.mapping, expected, 'mapping from type values to members')
      for (const [value, ref] of Object.entries(block.discriminator?.mapping ?? {})) {
        const member = schemas[ref.slice(COMPONENT_REF.length)] as { title?: string, required?: string[], properties?: Record<string, { const?: unknown, enum?: unknown[] }> }
        t.equal(member.title, ref.slice(COMPONENT_REF.length), `${ref}: titled with its component name`)
        t.ok(member.required?.includes('type'), `${ref}: type is required`)
        const type = member.properties?.type
        t.same(type?.const !== undefined ? [type.const] : type?.enum, [value], `${ref}: type is "${value}"`)
      }
    })
  }

  t.test('servers include a relative URL, so Try it out calls the serving host', async (t) => {
    t.ok((document.servers ?? []).some((server) => server.url.startsWith('/') && !server.url.startsWith('//')), JSON.stringify(document.servers))
  })

  t.test('admin operations require the bearer key; all others say security: []', async (t) => {
    t.match(document.components.securitySchemes?.bearerAuth, { type: 'http', scheme: 'bearer' }, 'bearerAuth scheme')
    const admin = operations.filter(({ path }) => path.startsWith('/v1/admin/'))
    t.ok(admin.length > 0, 'there are admin operations')
    for (const { name, path, operation } of operations) {
      if (path.startsWith('/v1/admin/')) {
        t.ok(operation.security && operation.security.length > 0 && operation.security.every((requirement) => 'bearerAuth' in requirement), `${name}: requires bearerAuth`)
        t.ok(operation.responses?.['401'], `${name}: documents 401`)
      } else {
        t.same(operation.security, [], `${name}: public (security: [])`)
      }
    }
  })

  t.test('article operations carry examples from the seed article', async (t) => {
    const seedStrings = strings(seedArticle)
    // Content operations (tags Articles and Sections) serve the seed article; reviews and other features have their own examples.
    const articleOperations = operations.filter(({ operation }) => (operation.tags ?? []).some((tag) => tag === 'Articles' || tag === 'Sections'))
    t.ok(articleOperations.length >= 4, `${articleOperations.length} article operations`)
    for (const { name, operation } of articleOperations) {
      for (const parameter of operation.parameters ?? []) {
        if (parameter.in !== 'path' || parameter.name !== 'slug') continue
        t.ok(reachableExamples(document, parameter).includes(SLUG), `${name}: slug parameter example is the seed slug`)
      }
      const success = Object.entries(operation.responses ?? {}).filter(([status]) => status.startsWith('2')).map(([, response]) => response)
      const examples = strings(reachableExamples(document, success))
      t.ok([...examples].some((example) => seedStrings.has(example)), `${name}: response examples include seed article text`)
    }
    for (const path of ['/v1/articles', '/v1/articles/{slug}']) {
      const operation = document.paths[path]?.get as Operation | undefined
      t.ok(operation, `GET ${path} is documented`)
      t.ok(strings(reachableExamples(document, operation?.responses?.['200'])).has(seedArticle.title), `GET ${path}: the seed title is an example`)
    }
    const intro = (schemas.Article as { properties?: { intro?: { examples?: unknown[] } } }).properties?.intro?.examples
    t.same((intro?.[0] as Array<{ text: string }> | undefined)?.map((block) => block.text), seedArticle.intro.map((block) => block.text), 'Article.intro example is the seed intro, word for word')
    t.same((intro?.[0] as Array<{ children: unknown }> | undefined)?.map((block) => block.children), seedArticle.intro.map((block) => [{ type: 'text', value: block.text }]), 'as served: each paragraph\'s text as one text node')
  })
})

test('the content examples are what the API serves for the seed article', async (t) => {
  const committed = committedOrFail(t)
  if (committed === undefined) return
  const { schemas } = (JSON.parse(committed) as OpenApiDocument).components
  const example = (name: string) => (schemas[name]?.examples as unknown[] | undefined)?.[0] as { data: unknown } | undefined
  // updated_at is when this test's database was seeded; the examples use the publication time.
  const withoutUpdatedAt = (value: unknown) => JSON.parse(JSON.stringify(value, (key, field: unknown) => key === 'updated_at' ? undefined : field)) as unknown
  const app = await build(t)
  const served = async (url: string) => {
    const res = await app.inject({ url })
    t.equal(res.statusCode, 200, `GET ${url}`)
    return res.json<unknown>()
  }

  t.same(withoutUpdatedAt(await served(`/v1/articles/${SLUG}`)), withoutUpdatedAt(example('ArticleEnvelope')), 'ArticleEnvelope: GET /v1/articles/{slug}')
  t.same(withoutUpdatedAt(await served('/v1/articles')), withoutUpdatedAt(example('ArticleList')), 'ArticleList: GET /v1/articles')
  t.same(await served(`/v1/articles/${SLUG}/sections?limit=2`), example('SectionList'), 'SectionList: GET /v1/articles/{slug}/sections?limit=2')
  const section = example('SectionEnvelope')?.data as { key?: string } | undefined
  t.same(await served(`/v1/articles/${SLUG}/sections/${section?.key ?? ''}`), example('SectionEnvelope'), 'SectionEnvelope: GET /v1/articles/{slug}/sections/{key}')
  // The q example of GET /v1/search.
  t.same(await served('/v1/search?q=medical%20coding'), example('SearchResults'), 'SearchResults: GET /v1/search?q=medical coding')
})

test('example problems are what the API sends', async (t) => {
  const committed = committedOrFail(t)
  if (committed === undefined) return
  const document = JSON.parse(committed) as OpenApiDocument
  const operations = operationsOf(document)
  const { schemas } = document.components
  const component = (ref: unknown) => typeof ref === 'string' && ref.startsWith(COMPONENT_REF) ? schemas[ref.slice(COMPONENT_REF.length)] : undefined
  /** The example value of a parameter, or of the component it refers to. */
  const exampleOf = (parameter: Parameter) => parameter.example ?? (parameter.schema?.examples as unknown[] | undefined)?.[0] ??
    (component(parameter.schema?.$ref)?.examples as unknown[] | undefined)?.[0]
  const problem = (operationId: string, status: number, name: string) => {
    const found = operations.find(({ operation }) => operation.operationId === operationId)
    return found?.operation.responses?.[String(status)]?.content?.[PROBLEM_JSON]?.examples?.[name]?.value as Json | undefined
  }
  const app = await build(t)
  /** The request id differs per request; everything else must be as documented. */
  const sends = async (request: InjectOptions, expected: Json | undefined, label: string) => {
    const res = await app.inject({ ...request, headers: { ...ADMIN, ...request.headers } })
    t.ok(expected, `${label}: documented`)
    t.equal(res.statusCode, expected?.status, `${label}: status`)
    t.same({ ...res.json<Json>(), instance: undefined }, { ...expected, instance: undefined }, `${label}: ${String(expected?.detail)}`)
  }

  // Every 400 example: the request that has exactly its invalid field (or an undecodable path parameter), built from the operation's other examples.
  let checked = 0
  for (const { path, method, name, operation } of operations) {
    const examples = operation.responses?.['400']?.content?.[PROBLEM_JSON]?.examples
    const expected = (examples?.invalidField ?? examples?.malformedUrl)?.value as Json | undefined
    const invalid = examples?.malformedUrl
      ? ['', 'params', /\{([^}]+)\}/.exec(path)?.[1] ?? '']
      : (expected?.errors as Array<{ path: string }> | undefined)?.[0]?.path.split('/') ?? []
    if (invalid.length !== 3) continue
    const [, location, field] = invalid as [string, string, string]
    let url = path.replace(/\{([^}]+)\}/g, (_match, parameter: string) => location === 'params' && parameter === field
      ? (examples?.malformedUrl ? '%E0%A4%A' : 'Not_Valid')
      : String(exampleOf(operation.parameters!.find((candidate) => candidate.in === 'path' && candidate.name === parameter)!)))
    // Required query parameters (search's q) carry their examples, so that only the invalid field is wrong.
    const required = (operation.parameters ?? []).filter((candidate) => candidate.in === 'query' && candidate.required && candidate.name !== field)
    const query = required.map((parameter) => `${parameter.name}=${encodeURIComponent(String(exampleOf(parameter)))}`)
    if (location === 'query') {
      // A parameter over its maximum, or one the operation does not have at all.
      const limit = operation.parameters?.find((candidate) => candidate.in === 'query' && candidate.name === field)
      query.push(`${field}=${limit ? Number(limit.schema?.maximum) + 1 : 1}`)
    }
    if (query.length > 0) url += `?${query.join('&')}`
    const bodySchema = operation.requestBody?.content?.['application/json']?.schema
    const body = bodySchema ? { ...(component(bodySchema.$ref)?.examples as Json[])[0], ...(location === 'body' ? { [field]: 'nope' } : {}) } : undefined
    await sends({ method: method.toUpperCase(), url, ...(body ? { payload: body } : {}) }, expected, `${name} 400`)
    checked++
  }
  t.ok(checked >= 15, `${checked} operations' 400 examples checked`)

  for (const [name, q] of Object.entries({
    missingQuery: undefined, nothingToSearchFor: '"*"', queryTooLong: 'x'.repeat(201), tooManyTerms: 'a b c d e f g h i j k', prefixTooShort: 'in*',
  })) {
    await sends({ url: `/v1/search${q === undefined ? '' : `?q=${encodeURIComponent(q)}`}` }, problem('searchArticles', 400, name), `search: ${name}`)
  }

  const review = { author_name: 'Ayesha K.', rating: 5, body: 'The section on medical coding and billing matched what our interns did.' }
  const message = { email: 'ada@example.org', message: 'Hello! Do you offer internships in radiology?' }
  const uuid = '5d1c9f3e-8a27-4c6b-b0e4-7f2a9c3d1e08'
  await sends({ url: '/v1/admin/whoami', headers: { authorization: '' } }, problem('getAdminIdentity', 401, 'missingKey'), 'missing key')
  await sends({ url: '/v1/admin/whoami', headers: { authorization: 'Bearer not-a-key' } }, problem('getAdminIdentity', 401, 'invalidKey'), 'invalid key')
  await sends({ url: '/v1/articles/nope' }, problem('getArticle', 404, 'notFound'), 'no article')
  await sends({ url: `/v1/articles/${SLUG}/sections/nope` }, problem('getSection', 404, 'noSuchSection'), 'no section')
  await sends({ url: `/v1/articles/${SLUG}/sections?after=nope` }, problem('listSections', 404, 'noSuchSection'), 'no section after')
  await sends({ method: 'PATCH', url: '/v1/admin/reviews/4242', payload: { status: 'approved' } }, problem('moderateReview', 404, 'notFound'), 'no review')
  await sends({ url: `/v1/admin/contact-messages/${uuid}` }, problem('getContactMessage', 404, 'notFound'), 'no contact message')
  await sends({ method: 'POST', url: `/v1/articles/${SLUG}/reviews`, headers: { 'content-type': 'text/plain' }, payload: 'five stars' },
    problem('createReview', 415, 'unsupportedMediaType'), 'not JSON')
  await sends({ method: 'POST', url: '/v1/contact-messages', payload: { ...message, message: 'x'.repeat(20_000) } },
    problem('createContactMessage', 413, 'bodyTooLarge'), 'body too large')
  t.equal((await app.inject({ method: 'POST', url: `/v1/articles/${SLUG}/reviews`, payload: review })).statusCode, 201, 'a review')
  await sends({ method: 'POST', url: `/v1/articles/${SLUG}/reviews`, payload: review }, problem('createReview', 409, 'duplicateReview'), 'the same review again')
  const key = { 'idempotency-key': 'example-key-1' }
  t.equal((await app.inject({ method: 'POST', url: '/v1/contact-messages', headers: key, payload: message })).statusCode, 202, 'a message')
  await sends({ method: 'POST', url: '/v1/contact-messages', headers: key, payload: { ...message, message: 'Something else' } },
    problem('createContactMessage', 422, 'idempotencyKeyReused'), 'the key again with another message')
})

test('documented rate-limit and Retry-After headers are the ones the API sends', async (t) => {
  const committed = committedOrFail(t)
  if (committed === undefined) return
  const operations = operationsOf(JSON.parse(committed) as OpenApiDocument)
  const app = await build(t, { env: { REVIEW_RATE_LIMIT_MAX: '3', CONTACT_RATE_LIMIT_MAX: '2', ADMIN_AUTH_FAILURES_MAX: '1' } })
  const watched = ['x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-reset', 'retry-after']
  /** Sends the request; each watched header is on the response exactly when the operation documents it for that status, in its bounds. */
  const sends = async (operationId: string, request: InjectOptions, status: number) => {
    const res = await app.inject(request)
    t.equal(res.statusCode, status, `${operationId}: ${status}`)
    const response = operations.find(({ operation }) => operation.operationId === operationId)?.operation.responses?.[String(status)] as
      { headers?: Record<string, { schema?: { minimum?: number, maximum?: number } }> } | undefined
    const documented = new Map(Object.entries(response?.headers ?? {}).map(([name, header]) => [name.toLowerCase(), header.schema ?? {}]))
    for (const name of watched) {
      const value = res.headers[name]
      const schema = documented.get(name)
      t.equal(value !== undefined, schema !== undefined, `${operationId} ${status}: ${name} ${schema ? 'is documented and sent' : 'is neither documented nor sent'}`)
      if (schema && value !== undefined) {
        const number = Number(value)
        t.ok(Number.isInteger(number) && number >= (schema.minimum ?? -Infinity) && number <= (schema.maximum ?? Infinity), `${operationId} ${status}: ${name} ${String(value)} is an integer in the documented bounds`)
      }
    }
  }

  const review = { author_name: 'Ayesha K.', rating: 5, body: 'The section on medical coding and billing matched what our interns did.' }
  const reviews = `/v1/articles/${SLUG}/reviews`
  // Limit 3: 400 is not counted; 201, 409 and 404 are; then 429.
  await sends('createReview', { method: 'POST', url: reviews, payload: { ...review, rating: 9 } }, 400)
  await sends('createReview', { method: 'POST', url: reviews, payload: review }, 201)
  await sends('createReview', { method: 'POST', url: reviews, payload: review }, 409)
  await sends('createReview', { method: 'POST', url: '/v1/articles/nope/reviews', payload: review }, 404)
  await sends('createReview', { method: 'POST', url: reviews, payload: review }, 429)

  const message = { email: 'ada@example.org', message: 'Hello! Do you offer internships in radiology?' }
  const key = { 'idempotency-key': 'rate-limit-key-1' }
  // Limit 2: 400 and 422 are refused before counting; two 202s are counted; then 429.
  await sends('createContactMessage', { method: 'POST', url: '/v1/contact-messages', payload: { ...message, email: 'nope' } }, 400)
  await sends('createContactMessage', { method: 'POST', url: '/v1/contact-messages', headers: key, payload: message }, 202)
  await sends('createContactMessage', { method: 'POST', url: '/v1/contact-messages', headers: key, payload: { ...message, message: 'Something else' } }, 422)
  await sends('createContactMessage', { method: 'POST', url: '/v1/contact-messages', payload: { ...message, message: 'A second question' } }, 202)
  await sends('createContactMessage', { method: 'POST', url: '/v1/contact-messages', payload: { ...message, message: 'A third question' } }, 429)

  // The admin throttle (1 failure): a wrong key is a 401, then every request is a 429 with Retry-After.
  await sends('getAdminIdentity', { url: '/v1/admin/whoami', headers: { authorization: 'Bearer not-a-key' } }, 401)
  await sends('getAdminIdentity', { url: '/v1/admin/whoami', headers: ADMIN }, 429)
})
