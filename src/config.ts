// Configuration from the environment: one TypeBox schema, validated at start-up, every bad value named.
import { Type, type Static } from '@sinclair/typebox'
import { Value } from '@sinclair/typebox/value'
import { webhookUrlProblem } from './base/network.js'
import { AUTHORING_BODY_LIMIT, AUTHORING_LIMITS, MARKDOWN_PARSE_TIMEOUT } from './content/model/limits.js'
import { BODY_LIMIT } from './http/schemas.js'
import { MEDIA_MAX_PIXELS } from './base/media.js'

const Integer = (options: { default?: number, minimum: number, maximum: number, description: string }) =>
  Type.Integer(options)

/**
 * A limit the route schemas state in the OpenAPI document (content/model/limits.ts): the default, and the most a server may
 * set, so that the document never allows what the server refuses. Lower values are checked by the service.
 */
const SchemaLimit = (limit: number, description: string) => Integer({ default: limit, minimum: 1, maximum: limit, description })

/** Every environment variable the service reads: nothing else reads the environment, and the README's table lists these. */
export const EnvSchema = Type.Object({
  PORT: Integer({ default: 3000, minimum: 0, maximum: 65535, description: 'TCP port to listen on' }),
  HOST: Type.String({ default: '127.0.0.1', minLength: 1, description: 'Interface to bind' }),
  DATABASE_PATH: Type.String({ default: 'data/content.db', minLength: 1, description: "SQLite file, or ':memory:' (when DATABASE_URL is not set)" }),
  DATABASE_URL: Type.Optional(Type.String({ pattern: '^postgres(?:ql)?://', expected: 'a postgres:// or postgresql:// URL', description: 'postgres://user:password@host:5432/database: use PostgreSQL instead of SQLite' })),
  PG_POOL_MAX: Integer({ default: 10, minimum: 2, maximum: 1000, description: 'PostgreSQL connections per instance at most (DATABASE_URL); 2 at least, as background jobs hold one while they work through another' }),
  LOG_LEVEL: Type.Union(
    ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].map((level) => Type.Literal(level)),
    { default: 'info', description: 'pino log level' }
  ),
  LOG_REQUESTS: Type.Union([Type.Literal('true'), Type.Literal('false')], { default: 'false', description: 'true: one info line per completed request (method, route, status, time); false: none' }),
  ADMIN_API_KEY: Type.Optional(Type.String({ minLength: 16, description: 'Extra admin bearer key accepted besides stored keys' })),
  ADMIN_AUTH_FAILURES_MAX: Integer({ default: 10, minimum: 1, maximum: 1_000_000, description: 'Failed admin authentications per client address per window; then 429' }),
  ADMIN_AUTH_FAILURES_WINDOW_SECONDS: Integer({ default: 60, minimum: 1, maximum: 86_400, description: 'Window of ADMIN_AUTH_FAILURES_MAX' }),
  CORS_ORIGINS: Type.String({ default: '', description: "Comma-separated origins allowed by CORS, or '*'" }),
  TRUST_PROXY: Type.String({ default: 'false', minLength: 1, description: 'Behind reverse proxies: their number (hops) or their addresses/CIDRs, comma-separated; false when clients connect directly' }),
  REVIEW_MODERATION: Type.Union([Type.Literal('pre'), Type.Literal('post')], { default: 'pre', description: 'pre: reviews wait for approval; post: published at once' }),
  REVIEW_RATE_LIMIT_MAX: Integer({ default: 5, minimum: 1, maximum: 1_000_000, description: 'Review submissions per IP per window' }),
  REVIEW_RATE_LIMIT_WINDOW_SECONDS: Integer({ default: 600, minimum: 1, maximum: 86_400, description: 'Review rate-limit window' }),
  CONTACT_RATE_LIMIT_MAX: Integer({ default: 5, minimum: 1, maximum: 1_000_000, description: 'Contact messages per IP, and per email, per window' }),
  CONTACT_RATE_LIMIT_WINDOW_SECONDS: Integer({ default: 600, minimum: 1, maximum: 86_400, description: 'Contact rate-limit window' }),
  CONTACT_REDIRECT_ORIGINS: Type.String({ default: '', description: 'Comma-separated origins a form post may be redirected to' }),
  CONTACT_RETENTION_DAYS: Integer({ default: 365, minimum: 1, maximum: 36_500, description: 'Contact messages older than this are purged' }),
  SYNC_TOMBSTONE_RETENTION_DAYS: Integer({ default: 90, minimum: 1, maximum: 36_500, description: 'Sync tombstones older than this are purged (older sync tokens get a 410)' }),
  DEFAULT_LANGUAGE: Type.String({ default: 'en', pattern: '^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$', maxLength: 35, expected: 'a BCP 47 language tag such as en or en-GB', description: 'BCP 47 language of articles that do not say' }),
  REQUIRE_IF_MATCH: Type.Union([Type.Literal('true'), Type.Literal('false')], { default: 'false', description: 'true: article and section writes without If-Match are refused (428)' }),
  ARTICLE_REVISIONS_KEEP: Integer({ default: 0, minimum: 0, maximum: 1_000_000, description: 'Revisions kept per article (newest first); 0 keeps all' }),
  PREVIEW_LINK_TTL_SECONDS: Integer({ default: 604_800, minimum: 60, maximum: 7_776_000, description: 'Lifetime of a draft preview link when its request does not say (60 s to 90 days)' }),
  AUTHORING_BODY_LIMIT_BYTES: Integer({ default: AUTHORING_BODY_LIMIT, minimum: 1024, maximum: AUTHORING_BODY_LIMIT, description: 'Largest authoring request body (JSON or Markdown)' }),
  AUTHORING_MAX_SECTIONS: SchemaLimit(AUTHORING_LIMITS.sections, 'Sections per article'),
  AUTHORING_MAX_BLOCKS: SchemaLimit(AUTHORING_LIMITS.blocks, 'Blocks in the intro and in each section'),
  AUTHORING_MAX_LIST_ITEMS: SchemaLimit(AUTHORING_LIMITS.listItems, 'Items per list'),
  AUTHORING_MAX_TEXT_LENGTH: SchemaLimit(AUTHORING_LIMITS.textLength, 'Characters per paragraph or list item'),
  MARKDOWN_PARSE_TIMEOUT_MS: Integer({ default: MARKDOWN_PARSE_TIMEOUT, minimum: 100, maximum: 600_000, description: 'Longest a Markdown import may take to parse (in a worker thread); a document that takes longer is refused with 400 and its worker replaced' }),
  BODY_LIMIT_BYTES: Integer({ default: BODY_LIMIT, minimum: 1024, maximum: 1024 * 1024, description: 'Largest request body outside authoring (forms, reviews, admin calls); larger is a 413' }),
  MAX_HEADER_BYTES: Integer({ default: 16 * 1024, minimum: 4096, maximum: 256 * 1024, description: 'Largest request line (URL and query string included) plus headers; larger is a 431' }),
  REQUEST_TIMEOUT_MS: Integer({ default: 30_000, minimum: 1000, maximum: 600_000, description: 'Time to receive a whole request (headers and body); slower clients get a 408 (at most a second late) and are disconnected' }),
  KEEP_ALIVE_TIMEOUT_MS: Integer({ default: 72_000, minimum: 1000, maximum: 600_000, description: 'How long an idle keep-alive connection stays open (above the idle timeout of a load balancer in front)' }),
  MAX_EVENT_LOOP_DELAY_MS: Integer({ default: 1000, minimum: 0, maximum: 60_000, description: 'Mean event-loop delay beyond which requests are refused with 503 (under pressure); 0 turns the check off' }),
  MAX_HEAP_USED_MB: Integer({ default: 1024, minimum: 0, maximum: 65_536, description: 'V8 heap in use beyond which requests are refused with 503; 0 turns the check off' }),
  MAX_RSS_MB: Integer({ default: 0, minimum: 0, maximum: 65_536, description: 'Resident memory beyond which requests are refused with 503; 0 (default) turns the check off' }),
  WRITE_QUEUE_MAX: Integer({ default: 10_000, minimum: 1, maximum: 1_000_000, description: 'Form submissions waiting to be committed at most; beyond, 503 with Retry-After' }),
  WRITE_BATCH_MAX: Integer({ default: 256, minimum: 1, maximum: 10_000, description: 'Form submissions committed in one transaction at most' }),
  PUBLIC_BASE_URL: Type.Optional(Type.String({ minLength: 1, description: 'Absolute http(s) URL this API is reached at by the public, for links in JSON-LD, the feed and the sitemap, and redirects' })),
  SITE_NAME: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'Name the Atom feed is published under' })),
  SEARCH_MARK_OPEN: Type.String({ default: '<mark>', minLength: 1, maxLength: 100, description: 'Inserted before each match in search snippets' }),
  SEARCH_MARK_CLOSE: Type.String({ default: '</mark>', minLength: 1, maxLength: 100, description: 'Inserted after each match in search snippets' }),
  PUBLIC_CACHE_CONTROL: Type.String({ default: 'public, max-age=60, stale-while-revalidate=600', minLength: 1, maxLength: 500, pattern: '^[\\x20-\\x7e]+$', expected: 'printable ASCII of 1 to 500 characters', description: "Cache-Control of public reads; 'public, no-cache' makes caches revalidate every use" }),
  RESPONSE_CACHE_MAX_MB: Integer({ default: 64, minimum: 0, maximum: 16_384, description: 'One memory budget for every kept public response (front cache, ready responses, articles and sections, search, feeds): bodies, compressed forms, headers; 0 keeps none' }),
  MEDIA_STORAGE: Type.Optional(Type.Union([Type.Literal('files'), Type.Literal('database')], { description: 'Where uploaded images and their variants are kept: files (under MEDIA_PATH) or database (SQLite BLOB / PostgreSQL bytea, shared by every instance); default files on SQLite, database on PostgreSQL' })),
  MEDIA_PATH: Type.String({ default: 'data/media', minLength: 1, description: 'Folder of uploaded images and their variants (MEDIA_STORAGE=files)' }),
  MEDIA_MAX_BYTES: Integer({ default: 10 * 1024 * 1024, minimum: 1024, maximum: 200 * 1024 * 1024, description: 'Largest image upload; larger is a 413' }),
  MEDIA_MAX_PIXELS: Integer({ default: MEDIA_MAX_PIXELS, minimum: 1, maximum: 268_402_689, description: 'Most pixels (width × height) an uploaded image may have; more is refused with 400 before it is decoded (decompression bombs)' }),
  MEDIA_CONCURRENCY: Integer({ default: 2, minimum: 1, maximum: 64, description: 'Images processed at once (uploads and new variants, in sharp\'s thread pool, off the event loop); the rest wait their turn' }),
  WEBHOOK_URLS: Type.String({ default: '', description: 'Comma-separated URLs that receive event notifications' }),
  WEBHOOK_SECRET: Type.Optional(Type.String({ minLength: 16, description: 'Standard Webhooks signing secret(s): whsec_ + base64 of 24-64 random bytes; several, comma-separated, while rotating' })),
  WEBHOOK_ALLOW_PRIVATE: Type.Union([Type.Literal('true'), Type.Literal('false')], { default: 'false', description: 'true: webhooks may go over http and to private, loopback and link-local addresses (a receiver on this machine or network)' }),
  WEBHOOK_MAX_ATTEMPTS: Integer({ default: 16, minimum: 1, maximum: 100, description: 'Delivery attempts per event and URL' }),
  WEBHOOK_BACKOFF_MS: Integer({ default: 1000, minimum: 1, maximum: 3_600_000, description: 'First retry delay; doubles per attempt' }),
  WEBHOOK_TIMEOUT_MS: Integer({ default: 5000, minimum: 1, maximum: 120_000, description: 'Per-attempt request timeout' }),
})

export type Env = Static<typeof EnvSchema>

export interface Config {
  port: number
  host: string
  databasePath: string
  /** PostgreSQL instead of SQLite when set (DATABASE_URL), with at most `poolMax` connections. */
  postgres: { url: string, poolMax: number } | undefined
  logLevel: string
  /** One info line per completed request. */
  logRequests: boolean
  adminApiKey: string | undefined
  /** Failed admin authentications allowed per client address per window. */
  adminAuthFailures: { max: number, windowMs: number }
  corsOrigins: string[] | '*'
  /** false, a hop count, or a comma-separated list of proxy addresses/CIDRs (Fastify's trustProxy). */
  trustProxy: false | number | string
  /** Absolute links (JSON-LD, feed, sitemap) start with this: origin and optional path, no trailing slash. Unset: the listening address. */
  publicBaseUrl: string | undefined
  /** The Atom feed's title and author; unset: the host of the base URL. */
  siteName: string | undefined
  reviews: {
    moderation: 'pre' | 'post'
    rateLimit: { max: number, windowMs: number }
  }
  contact: {
    rateLimit: { max: number, windowMs: number }
    redirectOrigins: string[]
    retentionDays: number
  }
  writeQueue: { maxQueued: number, maxBatch: number }
  /** Connection and request limits. */
  limits: { bodyBytes: number, headerBytes: number, requestTimeoutMs: number, keepAliveTimeoutMs: number }
  /** Load shedding (@fastify/under-pressure): 0 turns a check off. */
  pressure: { maxEventLoopDelayMs: number, maxHeapUsedBytes: number, maxRssBytes: number }
  authoring: {
    defaultLanguage: string
    requireIfMatch: boolean
    revisionsToKeep: number
    bodyLimit: number
    limits: { sections: number, blocks: number, listItems: number, textLength: number }
    /** Longest a Markdown import may take to parse, in ms. */
    markdownParseTimeoutMs: number
  }
  /** Draft preview links: their lifetime when the request does not give one, in seconds. */
  previews: { linkTtlSeconds: number }
  /** Cache-Control of public 200/304 answers to GET. */
  publicCacheControl: string
  /** Bytes of ready public responses kept in memory. */
  responseCacheBytes: number
  media: {
    /** Where new uploads and variants are written (each item records where its bytes are). */
    storage: 'files' | 'database'
    path: string
    maxBytes: number
    maxPixels: number
    concurrency: number
  }
  /** Delta sync for apps (GET /v1/sync). */
  sync: { tombstoneRetentionDays: number }
  search: {
    /** Put around each match in search snippets (the snippet's text is HTML-escaped, the marks are not). */
    marks: { open: string, close: string }
  }
  webhooks: {
    urls: string[]
    /** Every delivery is signed with each; the first is the current one. */
    secrets: string[]
    /** http and private addresses allowed (WEBHOOK_ALLOW_PRIVATE). */
    allowPrivate: boolean
    maxAttempts: number
    backoffMs: number
    timeoutMs: number
  }
}

export class ConfigError extends Error {
  constructor (readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`)
    this.name = 'ConfigError'
  }
}

interface PropertySchema {
  description: string, expected?: string, type?: string, minimum?: number, maximum?: number, minLength?: number, maxLength?: number, pattern?: string, anyOf?: Array<{ const: string }>
}

function expectation (schema: PropertySchema): string {
  if (schema.anyOf) return `one of ${schema.anyOf.map((option) => option.const).join(', ')}`
  if (schema.type === 'integer') return `an integer from ${schema.minimum} to ${schema.maximum}`
  if (schema.expected) return schema.expected
  if (schema.maxLength !== undefined) return `a string of ${schema.minLength ?? 1} to ${schema.maxLength} characters`
  return `a string of at least ${schema.minLength ?? 1} characters`
}

/** Variables whose values are secrets, or may hold some (a webhook URL's path is often its token): never shown, only their length. */
const SECRETS = new Set(['ADMIN_API_KEY', 'WEBHOOK_SECRET', 'DATABASE_URL', 'WEBHOOK_URLS'])

/**
 * A value as a configuration error may quote it: credentials (anything before the last `@`) and the query and
 * fragment of a URL become `…`. For the values that may hold a URL with credentials by mistake (origins, base URL).
 */
function shown (value: string): string {
  return value.replace(/^([a-z][a-z\d+.-]*:\/\/)?[^]*@/i, '$1…@').replace(/([?#])[^]*$/, '$1…')
}

/** A webhook URL as a configuration error may quote it: its scheme and host, quoted, without credentials, path, query or fragment. */
function shownWebhookUrl (value: string): string {
  let url: URL | undefined
  try { url = new URL(value) } catch { /* described by its length */ }
  if (!url?.host) return `a value of ${value.length} characters`
  const rest = value.replace(/^[a-z][a-z\d+.-]*:\/\/[^/?#]*/i, '')
  return `"${url.protocol}//${url.username || url.password ? '…@' : ''}${url.host}${rest && rest !== '/' ? '/…' : ''}"`
}

const list = (value: string) => value.split(',').map((item) => item.trim()).filter(Boolean)

function checkOrigins (name: string, values: string[], problems: string[]) {
  for (const value of values) {
    let url: URL | undefined
    try { url = new URL(value) } catch { /* reported below */ }
    if (!url || !['http:', 'https:'].includes(url.protocol) || url.origin !== value.replace(/\/$/, '')) {
      problems.push(`${name}: "${shown(value)}" is not an origin such as https://example.org`)
    }
  }
}

/** Standard Webhooks secrets: `whsec_` and the base64 of 24 to 64 random bytes (`npm run cli -- webhook-secret` makes one). */
function checkWebhookSecrets (values: string[], problems: string[]) {
  values.forEach((value, index) => {
    const bytes = value.startsWith('whsec_') && /^[A-Za-z0-9+/]+={0,2}$/.test(value.slice(6)) ? Buffer.from(value.slice(6), 'base64').length : 0
    if (bytes < 24 || bytes > 64) {
      problems.push(`WEBHOOK_SECRET: secret ${index + 1} is not whsec_ followed by the base64 of 24 to 64 random bytes ` +
        `(${value.length} characters; create one with \`npm run cli -- webhook-secret\`)`)
    }
  })
}

/** An absolute http(s) URL without query, fragment or credentials; returned without a trailing slash. */
function parseBaseUrl (value: string | undefined, problems: string[]): string | undefined {
  if (value === undefined) return undefined
  let url: URL | undefined
  try { url = new URL(value) } catch { /* reported below */ }
  if (!url || !['http:', 'https:'].includes(url.protocol) || url.search || url.hash || url.username || url.password || value.includes('?') || value.includes('#')) {
    problems.push(`PUBLIC_BASE_URL: "${shown(value)}" is not an absolute http(s) URL such as https://api.example.org or https://www.example.org/content (no query or fragment)`)
    return undefined
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`
}

/**
 * `true` is refused on purpose: it would take the left-most X-Forwarded-For entry, which any client can set, and
 * so defeat the per-address rate limits and duplicate checks. Name the proxies instead, by count or by address.
 */
function parseTrustProxy (value: string, problems: string[]): false | number | string {
  if (value === 'false') return false
  if (/^\d+$/.test(value) && Number(value) >= 1 && Number(value) <= 10) return Number(value)
  const entries = list(value)
  const address = /^(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9a-f:]+)(?:\/\d{1,3})?$/i
  if (entries.length > 0 && entries.every((entry) => address.test(entry) || ['loopback', 'linklocal', 'uniquelocal'].includes(entry))) return entries.join(',')
  problems.push(`TRUST_PROXY must be false, the number of proxies in front (1-10), or their addresses/CIDRs (e.g. 10.0.0.0/8,loopback), got "${shown(value)}"` +
    (value === 'true' ? ': true would trust addresses any client can forge' : ''))
  return false
}

/** Parse and validate the environment. Throws ConfigError naming every bad variable. */
export function loadConfig (env: Record<string, string | undefined> = process.env): Config {
  const relevant: Record<string, unknown> = {}
  for (const key of Object.keys(EnvSchema.properties)) {
    const value = env[key]
    if (value !== undefined && value !== '') relevant[key] = value
  }
  const converted = Value.Convert(EnvSchema, Value.Default(EnvSchema, relevant))
  const problems: string[] = []
  const failing = new Set([...Value.Errors(EnvSchema, converted)].map((error) => error.path.split('/')[1] ?? ''))
  for (const name of failing) {
    const schema = (EnvSchema.properties as Record<string, PropertySchema>)[name]
    if (!schema) continue
    const got = SECRETS.has(name) ? `${String(relevant[name]).length} characters` : `"${shown(String(relevant[name]))}"`
    problems.push(`${name} must be ${expectation(schema)}, got ${got} (${schema.description})`)
  }
  if (problems.length > 0) throw new ConfigError(problems)
  const e = converted as Env

  const cors = list(e.CORS_ORIGINS)
  const corsOrigins = cors.length === 1 && cors[0] === '*' ? '*' : cors
  if (corsOrigins !== '*') checkOrigins('CORS_ORIGINS', corsOrigins, problems)
  const redirectOrigins = list(e.CONTACT_REDIRECT_ORIGINS)
  checkOrigins('CONTACT_REDIRECT_ORIGINS', redirectOrigins, problems)
  const webhookUrls = list(e.WEBHOOK_URLS)
  for (const url of webhookUrls) {
    const problem = webhookUrlProblem(url, e.WEBHOOK_ALLOW_PRIVATE === 'true')
    if (problem) problems.push(`WEBHOOK_URLS: ${shownWebhookUrl(url)} ${problem}`)
  }
  const trustProxy = parseTrustProxy(e.TRUST_PROXY, problems)
  const publicBaseUrl = parseBaseUrl(e.PUBLIC_BASE_URL, problems)
  const webhookSecrets = list(e.WEBHOOK_SECRET ?? '')
  checkWebhookSecrets(webhookSecrets, problems)
  if (webhookUrls.length > 0 && webhookSecrets.length === 0) problems.push('WEBHOOK_SECRET: required when WEBHOOK_URLS is set, to sign deliveries')
  if (problems.length > 0) throw new ConfigError(problems)

  return {
    port: e.PORT,
    host: e.HOST,
    databasePath: e.DATABASE_PATH,
    postgres: e.DATABASE_URL ? { url: e.DATABASE_URL, poolMax: e.PG_POOL_MAX } : undefined,
    logLevel: e.LOG_LEVEL,
    logRequests: e.LOG_REQUESTS === 'true',
    adminApiKey: e.ADMIN_API_KEY,
    adminAuthFailures: { max: e.ADMIN_AUTH_FAILURES_MAX, windowMs: e.ADMIN_AUTH_FAILURES_WINDOW_SECONDS * 1000 },
    corsOrigins: corsOrigins === '*' ? '*' : corsOrigins.map((o) => o.replace(/\/$/, '')),
    trustProxy,
    publicBaseUrl,
    siteName: e.SITE_NAME?.trim() || undefined,
    reviews: {
      moderation: e.REVIEW_MODERATION,
      rateLimit: { max: e.REVIEW_RATE_LIMIT_MAX, windowMs: e.REVIEW_RATE_LIMIT_WINDOW_SECONDS * 1000 },
    },
    contact: {
      rateLimit: { max: e.CONTACT_RATE_LIMIT_MAX, windowMs: e.CONTACT_RATE_LIMIT_WINDOW_SECONDS * 1000 },
      redirectOrigins: redirectOrigins.map((o) => o.replace(/\/$/, '')),
      retentionDays: e.CONTACT_RETENTION_DAYS,
    },
    writeQueue: { maxQueued: e.WRITE_QUEUE_MAX, maxBatch: e.WRITE_BATCH_MAX },
    limits: { bodyBytes: e.BODY_LIMIT_BYTES, headerBytes: e.MAX_HEADER_BYTES, requestTimeoutMs: e.REQUEST_TIMEOUT_MS, keepAliveTimeoutMs: e.KEEP_ALIVE_TIMEOUT_MS },
    pressure: { maxEventLoopDelayMs: e.MAX_EVENT_LOOP_DELAY_MS, maxHeapUsedBytes: e.MAX_HEAP_USED_MB * 1024 * 1024, maxRssBytes: e.MAX_RSS_MB * 1024 * 1024 },
    authoring: {
      defaultLanguage: e.DEFAULT_LANGUAGE,
      requireIfMatch: e.REQUIRE_IF_MATCH === 'true',
      revisionsToKeep: e.ARTICLE_REVISIONS_KEEP,
      bodyLimit: e.AUTHORING_BODY_LIMIT_BYTES,
      limits: { sections: e.AUTHORING_MAX_SECTIONS, blocks: e.AUTHORING_MAX_BLOCKS, listItems: e.AUTHORING_MAX_LIST_ITEMS, textLength: e.AUTHORING_MAX_TEXT_LENGTH },
      markdownParseTimeoutMs: e.MARKDOWN_PARSE_TIMEOUT_MS,
    },
    previews: { linkTtlSeconds: e.PREVIEW_LINK_TTL_SECONDS },
    publicCacheControl: e.PUBLIC_CACHE_CONTROL,
    responseCacheBytes: e.RESPONSE_CACHE_MAX_MB * 1024 * 1024,
    media: {
      storage: e.MEDIA_STORAGE ?? (e.DATABASE_URL ? 'database' : 'files'),
      path: e.MEDIA_PATH,
      maxBytes: e.MEDIA_MAX_BYTES,
      maxPixels: e.MEDIA_MAX_PIXELS,
      concurrency: e.MEDIA_CONCURRENCY,
    },
    sync: { tombstoneRetentionDays: e.SYNC_TOMBSTONE_RETENTION_DAYS },
    search: {
      marks: { open: e.SEARCH_MARK_OPEN, close: e.SEARCH_MARK_CLOSE },
    },
    webhooks: {
      urls: webhookUrls,
      secrets: webhookSecrets,
      allowPrivate: e.WEBHOOK_ALLOW_PRIVATE === 'true',
      maxAttempts: e.WEBHOOK_MAX_ATTEMPTS,
      backoffMs: e.WEBHOOK_BACKOFF_MS,
      timeoutMs: e.WEBHOOK_TIMEOUT_MS,
    },
  }
}
