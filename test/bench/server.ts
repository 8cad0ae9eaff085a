// Benchmark server, one per process, started by test/bench/run.ts:
//   app                       the real app (buildApp), seeded, on the database its environment names (DATABASE_PATH,
//                             or DATABASE_URL); configured by the environment (LOG_LEVEL, the rate limits…) like `npm start`
//   baseline RESPONSES_FILE   bare Fastify: each route sends a response captured from the app (status, headers, body
//                             bytes) prepared once at start-up (an image variant's too); its POST routes parse and validate the body with the
//                             app's own schemas first, and touch no database
//   plain RESPONSES_FILE      the plain durable baseline (test/bench/plain.ts): bare Fastify whose POST routes validate
//                             like the baseline's, then do the app's durable job plainly on their own database
//                             (DATABASE_PATH or DATABASE_URL), answering with the captured status and headers and a
//                             body of the same shape
// Reports { port } over IPC once listening, answers { type: 'memory' } with its memory usage (and the plain server
// { type: 'stats' } with its commits since the last time asked), and exits when told to
// (SIGTERM) or when the loader goes away.
import { readFileSync } from 'node:fs'
import { imageProcessPid } from '../../src/media/images.js'
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify'
import { buildApp } from '../../src/app.js'
import { loadConfig } from '../../src/config.js'
import { CreateContactMessageSchema } from '../../src/contact/schemas.js'
import { ArticleSlugParamsSchema, CreateReviewSchema } from '../../src/reviews/schemas.js'
import { cleanFields } from '../../src/base/text.js'
import { openPostgresPlain, openSqlitePlain, type ContactFields, type PlainStats, type PlainStore, type ReviewFields } from './plain.js'

/** A response as the app sent it: status, headers in order (without those Node adds itself), body bytes (base64). */
export interface CapturedResponse { status: number, headers: Array<[string, string]>, body: string }

/** What the baseline serves: one captured response per route, and for GET /v1/articles/:slug the 304 too. */
export interface BaselineResponses {
  article: CapturedResponse
  articleNotModified: CapturedResponse
  section: CapturedResponse
  list: CapturedResponse
  reviewSummary: CapturedResponse
  contact: CapturedResponse
  review: CapturedResponse
  mediaVariant: CapturedResponse
}

export type ServerMessage = { type: 'listening', port: number } | ({ type: 'memory' } & MemoryReading) | ({ type: 'stats' } & PlainStats)

/** A server's memory: RSS, the V8 heap (reserved, in use), memory outside it (buffers), what the app's response budget counts, the image process's RSS. */
export interface MemoryReading { rss: number, heapTotal: number, heapUsed: number, external: number, budgetBytes: number, imageRss: number }

/** The app's body parsing and validation settings (src/app.ts, src/http/validation.ts: bodies are never coerced). */
const AJV_BODY_OPTIONS = { allErrors: true, discriminator: true, coerceTypes: false, removeAdditional: true } as const

/**
 * A captured response ready to send. Names the app set in mixed case (helmet sets its headers on the raw response)
 * are set the same way, so the bytes on the wire match, and so is any header among them (one of helmet's the app set
 * again, e.g. x-content-type-options on images, keeps helmet's place); the rest go through Fastify's reply like the app's.
 */
function prepared ({ status, headers, body }: CapturedResponse) {
  const lastRaw = headers.findLastIndex(([name]) => name !== name.toLowerCase())
  return {
    status,
    raw: headers.slice(0, lastRaw + 1),
    headers: Object.fromEntries(headers.slice(lastRaw + 1)),
    body: Buffer.from(body, 'base64'),
  }
}

function baseline (file: string): FastifyInstance {
  const captured = JSON.parse(readFileSync(file, 'utf8')) as BaselineResponses
  const app = Fastify({ logger: false, ajv: { customOptions: AJV_BODY_OPTIONS } })
  const reply = (fastifyReply: FastifyReply, { status, raw, headers, body }: ReturnType<typeof prepared>) => {
    for (const [name, value] of raw) fastifyReply.raw.setHeader(name, value)
    return status === 304 ? fastifyReply.code(304).headers(headers).send() : fastifyReply.code(status).headers(headers).send(body)
  }
  const send = (response: ReturnType<typeof prepared>) => async (_request: unknown, fastifyReply: FastifyReply) => reply(fastifyReply, response)
  const article = prepared(captured.article)
  const notModified = prepared(captured.articleNotModified)
  // The one choice per request: the app answers a conditional GET of the same URL with its 304.
  app.get('/v1/articles/:slug', async (request, fastifyReply) => reply(fastifyReply, request.headers['if-none-match'] === undefined ? article : notModified))
  app.get('/v1/articles/:slug/sections/:key', send(prepared(captured.section)))
  app.get('/v1/articles', send(prepared(captured.list)))
  app.get('/v1/articles/:slug/reviews/summary', send(prepared(captured.reviewSummary)))
  app.get('/media/:id/:name', send(prepared(captured.mediaVariant)))
  app.post('/v1/contact-messages', { schema: { body: CreateContactMessageSchema } }, send(prepared(captured.contact)))
  app.post('/v1/articles/:slug/reviews', { schema: { params: ArticleSlugParamsSchema, body: CreateReviewSchema } }, send(prepared(captured.review)))
  return app
}

/** The seed article's slug: the one the bench reviews. */
const SLUG = 'from-training-to-employment-the-power-of-healthcare-internships'

async function plain (file: string): Promise<{ app: FastifyInstance, store: PlainStore }> {
  const captured = JSON.parse(readFileSync(file, 'utf8')) as BaselineResponses
  const config = loadConfig(process.env)
  const reviewStatus = config.reviews.moderation === 'pre' ? 'pending' : 'approved'
  const store = config.postgres
    ? await openPostgresPlain(config.postgres.url, config.postgres.poolMax, SLUG, reviewStatus)
    : openSqlitePlain(process.env.DATABASE_PATH!, SLUG, reviewStatus)
  const app = Fastify({ logger: false, ajv: { customOptions: AJV_BODY_OPTIONS } })
  app.addHook('onClose', () => store.close())
  // The captured status and headers (content-type included; the length is Node's to set), and a body of the same shape.
  const contactHeaders = Object.fromEntries(captured.contact.headers)
  const reviewHeaders = Object.fromEntries(captured.review.headers)
  // The app's clean-up before validation (trimmed lines, cleaned text), as its routes do it.
  app.post('/v1/contact-messages', {
    schema: { body: CreateContactMessageSchema },
    preValidation: async (request) => { cleanFields(request.body, ['name', 'subject', 'email', 'article_slug', 'redirect', '_gotcha'], ['message']) },
  }, async (request, reply) => {
    const receipt = await store.contact(request.body as ContactFields, new Date())
    return reply.code(captured.contact.status).headers(contactHeaders).send(JSON.stringify({ data: receipt }))
  })
  app.post('/v1/articles/:slug/reviews', {
    schema: { params: ArticleSlugParamsSchema, body: CreateReviewSchema },
    preValidation: async (request) => { cleanFields(request.body, ['author_name', 'title', 'email'], ['body']) },
  }, async (request, reply) => {
    const result = await store.review((request.params as { slug: string }).slug, request.body as ReviewFields, request.ip, new Date())
    if (result.outcome === 'no-article') return reply.code(404).type('application/problem+json').send({ status: 404, title: 'Not Found' })
    if (result.outcome === 'duplicate') return reply.code(409).type('application/problem+json').send({ status: 409, title: 'Conflict' })
    return reply.code(captured.review.status).headers(reviewHeaders).send(JSON.stringify({ data: result.review }))
  })
  return { app, store }
}

async function start (kind: string | undefined, file: string | undefined): Promise<{ app: FastifyInstance, store?: PlainStore }> {
  if (kind === 'app') return { app: await buildApp({ config: loadConfig(process.env) }) }
  if (kind === 'baseline' && file) return { app: baseline(file) }
  if (kind === 'plain' && file) return plain(file)
  throw new Error('usage: server.js app | baseline RESPONSES_FILE | plain RESPONSES_FILE')
}

const report = (message: ServerMessage) => process.send?.(message)

const [kind, file] = process.argv.slice(2)
const { app, store } = await start(kind, file)
await app.listen({ host: '127.0.0.1', port: 0 })
const address = app.server.address()
if (!address || typeof address === 'string') throw new Error('not listening on a TCP port')

let closing = false
/** The RSS of the app's image process (src/media/images.ts), while it runs: it decodes uploads and variants. */
function imageProcessRss (): number {
  const pid = imageProcessPid()
  if (pid === undefined) return 0
  try {
    const kilobytes = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]
    return kilobytes === undefined ? 0 : Number(kilobytes) * 1024
  } catch {
    return 0 // it exited in between
  }
}

async function stop () {
  if (closing) return
  closing = true
  await app.close()
  // process.exit runs exit handlers, so --cpu-prof still writes its profile.
  process.exit(0)
}
process.on('SIGTERM', () => { stop().catch(() => process.exit(1)) })
process.on('disconnect', () => { stop().catch(() => process.exit(1)) })
process.on('message', (message: { type?: string }) => {
  if (message.type === 'stats' && store) report({ type: 'stats', ...store.stats() })
  if (message.type !== 'memory') return
  const { rss, heapTotal, heapUsed, external } = process.memoryUsage()
  const budgetBytes = app.hasDecorator('responseBudget') ? app.responseBudget.stats().bytes : 0
  report({ type: 'memory', rss, heapTotal, heapUsed, external, budgetBytes, imageRss: imageProcessRss() })
})
report({ type: 'listening', port: address.port })
