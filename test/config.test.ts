// Configuration from the environment: every bad value named; PUBLIC_BASE_URL and SITE_NAME for absolute links.
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { test } from 'tap'
import { openapiFile, projectRoot } from '../src/base/paths.js'
import { EnvSchema, loadConfig, ConfigError, type Config } from '../src/config.js'
import { createPublicLinks, localOrigin } from '../src/http/links.js'
import { build, SLUG, WEBHOOK_SECRET } from './helper.js'

test('config: every bad value is named with what it should be', async (t) => {
  let error: unknown
  try {
    loadConfig({ PORT: 'abc', LOG_LEVEL: 'loud', REVIEW_MODERATION: 'maybe', ADMIN_API_KEY: 'short' })
  } catch (caught) {
    error = caught
  }
  t.ok(error instanceof ConfigError)
  const message = (error as Error).message
  t.match(message, /PORT must be an integer from 0 to 65535, got "abc"/)
  t.match(message, /LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, got "loud"/)
  t.match(message, /REVIEW_MODERATION must be one of pre, post, got "maybe"/)
  t.match(message, /ADMIN_API_KEY must be a string of at least 16 characters, got 5 characters/)
  t.notOk(message.includes('"short"'), 'a secret is never echoed')
  t.throws(() => loadConfig({ CORS_ORIGINS: 'https://a.example/path', WEBHOOK_URLS: 'ftp://x' }), /CORS_ORIGINS: "https:\/\/a.example\/path" is not an origin[\s\S]*WEBHOOK_URLS: "ftp:\/\/x" is not an http\(s\) URL[\s\S]*WEBHOOK_SECRET: required/)
  t.match(loadConfig({}), { port: 3000, host: '127.0.0.1', databasePath: 'data/content.db', logLevel: 'info', corsOrigins: [] })
  t.same(loadConfig({ CORS_ORIGINS: '*' }).corsOrigins, '*')
  t.same(loadConfig({ CORS_ORIGINS: 'https://a.example, https://b.example/' }).corsOrigins, ['https://a.example', 'https://b.example'])
})

test('config: a configuration error never shows a secret', async (t) => {
  /** The message of the ConfigError loadConfig throws for `env`. */
  const messageFor = (env: Record<string, string>) => {
    try {
      loadConfig(env)
    } catch (error) {
      if (error instanceof ConfigError) return error.message
      throw error
    }
    throw new Error(`no ConfigError for ${JSON.stringify(env)}`)
  }
  // What is wrong, the environment (the variable at fault first), and the secrets in it.
  const cases: Array<[string, Record<string, string>, string[]]> = [
    ['credentials in a webhook URL', { WEBHOOK_URLS: 'https://hook-user:hunter2-pw@hooks.example.org/content', WEBHOOK_SECRET }, ['hook-user', 'hunter2-pw']],
    ['a token in the path and query of a plain-http webhook URL',
      { WEBHOOK_URLS: 'https://hooks.example.org/ok, http://hooks.example.org/services/T0/B0/path-t0ken?token=query-t0ken#frag-t0ken', WEBHOOK_SECRET },
      ['path-t0ken', 'query-t0ken', 'frag-t0ken']],
    ['a token in the path of a private webhook URL', { WEBHOOK_URLS: 'https://10.1.2.3/hooks/private-t0ken', WEBHOOK_SECRET }, ['private-t0ken']],
    ['a webhook URL that does not parse', { WEBHOOK_URLS: 'https://hook-user:broken pw@', WEBHOOK_SECRET }, ['hook-user', 'broken pw']],
    ['a webhook URL with another scheme', { WEBHOOK_URLS: 'ftp://ftp-user:ftp-pw@files.example.org/drop-t0ken', WEBHOOK_SECRET }, ['ftp-user', 'ftp-pw', 'drop-t0ken']],
    ['a malformed webhook secret', { WEBHOOK_SECRET: 'whsec_not-base64-s3cret', WEBHOOK_URLS: 'https://hooks.example.org/content' }, ['not-base64-s3cret']],
    ['a short admin key', { ADMIN_API_KEY: 'short-k3y' }, ['short-k3y']],
    ['a database URL of another engine', { DATABASE_URL: 'mysql://root:db-p4ss@db.example.org/content' }, ['root', 'db-p4ss']],
    ['credentials in PUBLIC_BASE_URL', { PUBLIC_BASE_URL: 'https://base-user:base-p4ss@api.example.org' }, ['base-user', 'base-p4ss']],
    ['a query in PUBLIC_BASE_URL', { PUBLIC_BASE_URL: 'https://api.example.org/?key=base-qu3ry' }, ['base-qu3ry']],
    ['credentials in CORS_ORIGINS', { CORS_ORIGINS: 'https://cors-user:cors-p4ss@app.example.org' }, ['cors-user', 'cors-p4ss']],
    ['credentials in CONTACT_REDIRECT_ORIGINS', { CONTACT_REDIRECT_ORIGINS: 'https://form-user:form-p4ss@www.example.org?t=form-qu3ry' }, ['form-user', 'form-p4ss', 'form-qu3ry']],
  ]
  for (const [what, env, secrets] of cases) {
    const message = messageFor(env)
    const variable = Object.keys(env)[0]!
    t.match(message, new RegExp(`${variable}\\b`), `${what}: the variable is named`)
    for (const secret of secrets) t.notOk(message.includes(secret), `${what}: "${secret}" is not shown`)
  }
  t.match(messageFor({ WEBHOOK_URLS: 'https://hook-user:hunter2-pw@hooks.example.org/content', WEBHOOK_SECRET }),
    /WEBHOOK_URLS: "https:\/\/…@hooks\.example\.org\/…" carries credentials/, 'what is shown still says which URL: its scheme and host')
  t.match(messageFor({ CORS_ORIGINS: 'https://app.example.org/path?q=1' }), /CORS_ORIGINS: "https:\/\/app\.example\.org\/path\?…" is not an origin/,
    'an origin\'s path is shown, its query is not')
})

test('AUTHORING_*: a server may lower the limits the OpenAPI document states, never raise them', async (t) => {
  const document = JSON.parse(readFileSync(openapiFile, 'utf8')) as { components: { schemas: Record<string, { properties: Record<string, Record<string, number> & { items?: { properties: Record<string, Record<string, number>> } }> }> }, paths: Record<string, Record<string, { requestBody: { content: Record<string, { schema: { maxLength: number } }> } }>> }
  const { schemas } = document.components
  const stated: Array<[string, number, (config: Config) => number]> = [
    ['AUTHORING_MAX_SECTIONS', schemas.ArticleInput!.properties.sections!.maxItems!, (config) => config.authoring.limits.sections],
    ['AUTHORING_MAX_BLOCKS', schemas.ArticleInput!.properties.sections!.items!.properties.blocks!.maxItems!, (config) => config.authoring.limits.blocks],
    ['AUTHORING_MAX_LIST_ITEMS', schemas.ListBlock!.properties.items!.maxItems!, (config) => config.authoring.limits.listItems],
    ['AUTHORING_MAX_TEXT_LENGTH', schemas.ParagraphBlock!.properties.text!.maxLength!, (config) => config.authoring.limits.textLength],
    ['AUTHORING_BODY_LIMIT_BYTES', document.paths['/v1/admin/articles/import']!.post!.requestBody.content['text/markdown']!.schema.maxLength, (config) => config.authoring.bodyLimit],
  ]
  for (const [name, limit, configured] of stated) {
    t.equal(configured(loadConfig({})), limit, `${name}: the default is the limit the document states (${limit})`)
    t.equal(configured(loadConfig({ [name]: String(limit - 1) })), limit - 1, `${name}: lower is allowed`)
    t.throws(() => loadConfig({ [name]: String(limit + 1) }), new RegExp(`${name} must be an integer from \\d+ to ${limit}, got "${limit + 1}"`), `${name}: higher is refused at start-up`)
  }
})

/** The README's Configuration table: variable → its Default cell. */
function readmeConfiguration (): Map<string, string> {
  const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8')
  const section = readme.slice(readme.indexOf('\n## Configuration\n'), readme.indexOf('\n## ', readme.indexOf('\n## Configuration\n') + 1))
  const rows = new Map<string, string>()
  for (const [, name, value] of section.matchAll(/^\| `([A-Z0-9_]+)` \| ([^|]*) \|/gm)) {
    if (rows.has(name!)) throw new Error(`README: ${name} is listed twice`)
    rows.set(name!, value!.trim())
  }
  return rows
}

/** Where src/ and seed/ read the environment: `file: NAME`, or `file: the whole environment`. */
function environmentReads (): string[] {
  const reads: string[] = []
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = join(dir, entry.name)
      if (entry.isDirectory()) visit(file)
      else if (entry.name.endsWith('.ts')) {
        const text = readFileSync(file, 'utf8')
        const where = relative(projectRoot, file)
        for (const [, dotted, bracketed] of text.matchAll(/\bprocess\s*(?:\.\s*env|\[\s*['"]env['"]\s*\])(?:\s*\.\s*([A-Za-z_]\w*)|\s*\[\s*['"]([^'"]+)['"]\s*\])?/g)) {
          reads.push(`${where}: ${dotted ?? bracketed ?? 'the whole environment'}`)
        }
        if (/\{[^}]*\benv\b[^}]*\}\s*=\s*process\b/.test(text)) reads.push(`${where}: the whole environment`)
      }
    }
  }
  for (const dir of ['src', 'seed']) visit(join(projectRoot, dir))
  return reads
}

test('README: the configuration table lists exactly the variables config.ts reads, with their defaults', async (t) => {
  const variables = EnvSchema.properties as Record<string, { default?: string | number }>
  const documented = readmeConfiguration()
  t.same([...documented.keys()].sort(), Object.keys(variables).sort(), 'the same variables')
  for (const [name, schema] of Object.entries(variables)) {
    const cell = documented.get(name)
    if (cell === undefined) continue
    if (schema.default === undefined || schema.default === '') t.match(cell, /^—/, `${name}: no default, shown as —`)
    else t.equal(cell, `\`${String(schema.default)}\``, `${name}: the default is ${String(schema.default)}`)
  }

  // Only config.ts reads the environment (loadConfig's default argument): a setting read elsewhere would be neither
  // validated at start-up nor listed here. The image process is handed the environment whole (as fork would by
  // default) with one variable added for glibc; nothing in it is read there.
  t.same(environmentReads(), ['src/config.ts: the whole environment', 'src/media/images.ts: the whole environment'],
    'nothing else in src/ or seed/ reads process.env')
})

test('TRUST_PROXY names the proxies; true is refused', async (t) => {
  t.equal(loadConfig({}).trustProxy, false)
  t.equal(loadConfig({ TRUST_PROXY: '1' }).trustProxy, 1)
  t.equal(loadConfig({ TRUST_PROXY: '10.0.0.0/8, loopback' }).trustProxy, '10.0.0.0/8,loopback')
  t.throws(() => loadConfig({ TRUST_PROXY: 'true' }), /TRUST_PROXY must be false, the number of proxies.*true would trust addresses any client can forge/)

  const app = await build(t, { env: { TRUST_PROXY: '1', REVIEW_RATE_LIMIT_MAX: '1' } })
  const url = `/v1/articles/${SLUG}/reviews`
  const send = (forwarded: string, body: string) => app.inject({ method: 'POST', url, remoteAddress: '127.0.0.1', headers: { 'x-forwarded-for': forwarded }, payload: { author_name: 'A', rating: 5, body } })
  t.equal((await send('203.0.113.5', 'first')).statusCode, 201)
  t.equal((await send('198.51.100.9, 203.0.113.5', 'second')).statusCode, 429, 'a forged left-most entry does not make a new client: one hop is trusted')
})

test('PUBLIC_BASE_URL: an absolute http(s) URL, optionally with a path, kept without a trailing slash', async (t) => {
  t.equal(loadConfig({}).publicBaseUrl, undefined, 'unset by default')
  t.equal(loadConfig({ PUBLIC_BASE_URL: 'https://api.example.org' }).publicBaseUrl, 'https://api.example.org')
  t.equal(loadConfig({ PUBLIC_BASE_URL: 'https://api.example.org/' }).publicBaseUrl, 'https://api.example.org')
  t.equal(loadConfig({ PUBLIC_BASE_URL: 'https://www.example.org/content//' }).publicBaseUrl, 'https://www.example.org/content')
  t.equal(loadConfig({ PUBLIC_BASE_URL: 'HTTP://Example.ORG:8080/Content' }).publicBaseUrl, 'http://example.org:8080/Content', 'scheme and host normalized, path kept')
  for (const bad of ['api.example.org', '/v1', 'ftp://example.org', 'https://example.org/?a=1', 'https://example.org/#top', 'https://user:secret@example.org', 'https://']) {
    t.throws(() => loadConfig({ PUBLIC_BASE_URL: bad }), /PUBLIC_BASE_URL: ".*" is not an absolute http\(s\) URL/, bad)
  }
  try {
    loadConfig({ PUBLIC_BASE_URL: 'example.org' })
  } catch (error) {
    t.ok(error instanceof ConfigError)
    t.match((error as ConfigError).problems, [/such as https:\/\/api\.example\.org/])
  }
})

test('SITE_NAME: optional, at most 200 characters', async (t) => {
  t.equal(loadConfig({}).siteName, undefined)
  t.equal(loadConfig({ SITE_NAME: 'Healthcare Careers' }).siteName, 'Healthcare Careers')
  t.throws(() => loadConfig({ SITE_NAME: 'x'.repeat(201) }), /SITE_NAME must be a string of 1 to 200 characters/)
})

test('links: PUBLIC_BASE_URL, or the listening address (never changed once configured)', async (t) => {
  const configured = createPublicLinks({ baseUrl: 'https://www.example.org/content', siteName: undefined, host: '127.0.0.1', port: 3000 })
  configured.listeningAt('http://127.0.0.1:4321')
  t.equal(configured.url('/feed.atom'), 'https://www.example.org/content/feed.atom')
  t.equal(configured.siteName(), 'www.example.org')

  const local = createPublicLinks({ baseUrl: undefined, siteName: 'Careers', host: '0.0.0.0', port: 3000 })
  t.equal(local.base(), 'http://127.0.0.1:3000', 'before listening: HOST and PORT, an unspecified address as loopback')
  local.listeningAt('http://0.0.0.0:4321')
  t.equal(local.base(), 'http://127.0.0.1:4321', 'then the port really bound')
  t.equal(local.siteName(), 'Careers')

  t.equal(localOrigin('::', 3000), 'http://[::1]:3000')
  t.equal(localOrigin('[::1]', '8080'), 'http://[::1]:8080')
  t.equal(localOrigin('localhost', 3000), 'http://localhost:3000')
})
