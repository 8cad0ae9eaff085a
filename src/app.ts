// buildApp(options): the whole service as a Fastify instance — infrastructure first, then features, explicitly.
// This is the one place that knows how features meet: what one needs from another is handed to it here.
import { createServer, type IncomingMessage, type ServerOptions, type ServerResponse } from 'node:http'
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify'
import cors from '@fastify/cors'
import rateLimit, { normalizeIP } from '@fastify/rate-limit'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { Config } from './config.js'
import { migrationsDir, packageVersion } from './base/paths.js'
import { configuredLocation, openDatabase, type DatabaseHandle } from './db/connection.js'
import { postgresRateLimitStore } from './db/rate-limit-store.js'
import { createRouteTable, errorHandling, frameworkErrors, HttpProblem, MAX_PARAM_LENGTH, notFoundHandler } from './http/errors.js'
import { docs } from './http/docs.js'
import { requireAdminKey, type FailureThrottle } from './http/auth.js'
import { sha256 } from './base/hash.js'
import { createResponseCache, noStore, publicCaching } from './http/caching.js'
import { createPublicLinks } from './http/links.js'
import { createFrontCache, type FrontCache } from './http/front-cache.js'
import { createResponseBudget, type ResponseBudget } from './http/response-budget.js'
import { answerServerLevelRequests, clientErrorHandler, dropRequestsOfGoneClients, requestTimeouts, requireHostHeader } from './http/connection-errors.js'
import { loggerOptions, requestLogController } from './http/logging.js'
import { loadShedding } from './http/pressure.js'
import { securityHeaders } from './http/security-headers.js'
import { drainOnClose } from './http/shutdown.js'
import { limitJsonDepth } from './http/json-depth.js'
import { paginate } from './http/pagination.js'
import { problemExample, problemResponses, sharedSchemas } from './http/schemas.js'
import { buildValidator, finiteNumbers, refuseUnknownQueryParameters } from './http/validation.js'
import { buildSerializer } from './http/serialization.js'
import { contentRoutes, movedOrMissing } from './content/routes.js'
import { contentSchemas } from './content/model/schemas.js'
import { contentAdminSchemas } from './content/admin/schemas.js'
import { contentAdminRoutes } from './content/admin/routes.js'
import { createSyndicationSource } from './content/syndication.js'
import { feedRoutes } from './feeds/routes.js'
import { searchRoutes } from './content/search/routes.js'
import { searchSchemas } from './content/search/schemas.js'
import { createHealthRepository } from './health/repository.js'
import { healthRoutes, healthSchemas } from './health/routes.js'
import { createAdminKeyVerifier } from './api-keys/repository.js'
import { apiKeyAdminRoutes, apiKeySchemas } from './api-keys/admin-routes.js'
import { reviewRoutes } from './reviews/routes.js'
import { reviewAdminRoutes } from './reviews/admin-routes.js'
import { reviewSchemas } from './reviews/schemas.js'
import { contactRoutes } from './contact/routes.js'
import { contactAdminRoutes } from './contact/admin-routes.js'
import { contactSchemas } from './contact/schemas.js'
import { privacyAdminRoutes } from './privacy/admin-routes.js'
import { privacySchemas } from './privacy/schemas.js'
import { scheduleRetention, type RetentionSchedule } from './privacy/retention.js'
import { createWebhookDispatcher, type WebhookDispatcher } from './webhooks/dispatcher.js'
import { webhookAdminRoutes } from './webhooks/admin-routes.js'
import { webhookOperations } from './webhooks/docs.js'
import { webhookSchemas } from './webhooks/schemas.js'
import { createServices, WEBHOOK_EVENTS, type Repositories, type Services } from './services.js'
import { seedIfEmpty } from '../seed/index.js'
import { mediaRoutes } from './media/routes.js'
import { mediaAdminRoutes } from './media/admin-routes.js'
import { mediaSchemas } from './media/schemas.js'
import { scheduleAdminRoutes, scheduleSchemas } from './content/admin/schedule-routes.js'
import { createScheduleRepository } from './content/schedule/repository.js'
import { createScheduleService } from './content/schedule/service.js'
import { createScheduler, type Scheduler } from './content/schedule/scheduler.js'
import { previewRoutes } from './content/preview/routes.js'
import { previewAdminRoutes } from './content/preview/admin-routes.js'
import { previewSchemas } from './content/preview/schemas.js'
import { syncRoutes } from './content/sync/routes.js'
import { syncSchemas } from './content/sync/schemas.js'

declare module 'fastify' {
  interface FastifyInstance {
    database: DatabaseHandle
    repositories: Repositories
    services: Services
    /** Delivers outbox events to WEBHOOK_URLS; started when the app is ready, stopped on close. */
    webhookDispatcher: WebhookDispatcher
    /** The retention purge: at start-up, then hourly (one instance at a time on PostgreSQL); stopped on close. */
    retention: RetentionSchedule
    /** Scheduled publishing: what fell due is made at start-up (before ready), the rest on time; stopped on close. */
    scheduler: Scheduler
    /** Public reads answered before routing (absent with LOG_REQUESTS=true). */
    frontCache?: FrontCache
    /** The memory budget every kept public response is counted in (RESPONSE_CACHE_MAX_MB). */
    responseBudget: ResponseBudget
  }
}

export interface BuildOptions {
  config: Config
  /** false: no logs. Otherwise JSON logs at config.logLevel, to stdout or to `logStream` (tests read them). */
  logger?: boolean
  logStream?: { write(line: string): void }
  /** Seed the article on an empty database (default true). */
  seed?: boolean
  /** The time now (default: the system clock): tests move it forward instead of waiting. */
  clock?: () => Date
}

const ADMIN_THROTTLE_EXAMPLE = {
  tooManyFailures: problemExample('Too many wrong keys from this address', 429, 'Too many failed admin authentications from this address: try again in 42 seconds.', '4k2j9d-w',
    { type: '/problems/rate-limited' }),
}

const OPENAPI_TAGS = [
  { name: 'Articles', description: 'Published articles, whole or as summaries.' },
  { name: 'Sections', description: 'One section, or a page of sections, for small payloads.' },
  { name: 'Sync', description: "Keep an app's offline copy of the published articles current: an initial sync, then only what changed, deletions included." },
  { name: 'Search', description: 'Full-text search over published articles, down to the section that matches.' },
  { name: 'Previews', description: 'Draft previews: an article as it is now, drafts included, for whoever holds a preview link (made by an editor under Authoring). Never cached, never indexed.' },
  { name: 'Authoring', description: 'Write articles and sections, publish, rename, restore revisions, import and export Markdown (admin). Writes honour If-Match.' },
  { name: 'Reviews', description: 'Reader reviews and rating summaries (approved reviews only).' },
  { name: 'Review moderation', description: 'The moderation queue: approve, hide or delete reviews. Admin key required.' },
  { name: 'Feeds', description: 'The Atom feed and the sitemap: for feed readers and search engines, with absolute links under PUBLIC_BASE_URL.' },
  { name: 'Health', description: 'Liveness and readiness probes.' },
  { name: 'Contact', description: 'The public contact form: JSON, or a plain HTML form post that needs no JavaScript.' },
  { name: 'Contact inbox', description: 'Read, search, triage and delete contact messages (admin).' },
  { name: 'Privacy', description: 'Data-subject requests: export or erase everything stored for an email (admin).' },
  { name: 'Media', description: 'Images: upload to the media library (admin), and serve originals and resized variants (public, immutable).' },
  { name: 'Webhooks', description: 'Signed event notifications (see `webhooks` in this document) and their delivery log (admin).' },
  { name: 'Admin', description: 'Operator endpoints: require `Authorization: Bearer <key>`.' },
  { name: 'Meta', description: 'This API description.' },
]

export async function buildApp ({ config, logger = true, logStream, seed = true, clock = () => new Date() }: BuildOptions): Promise<FastifyInstance> {
  const database: DatabaseHandle = openDatabase(configuredLocation(config))
  // Public reads Fastify answered are answered again before routing while the content is unchanged. Off when every
  // request is to be logged (LOG_REQUESTS=true): logging is Fastify's.
  let underPressure = () => true
  // One memory budget (RESPONSE_CACHE_MAX_MB) for every kept response: front cache, ready responses, articles, feeds.
  const budget = createResponseBudget(config.responseCacheBytes)
  const front = config.logRequests
    ? undefined
    : createFrontCache({
      version: () => database.contentVersion.current(),
      ...(database.contentVersion.refresh ? { refresh: database.contentVersion.refresh } : {}),
      open: () => !underPressure(),
      budget,
    })
  const app = Fastify({
    ...(front ? { serverFactory: frontServer(front) } : {}),
    logger: logger ? loggerOptions(config.logLevel, logStream) : false,
    logController: requestLogController(config.logRequests),
    bodyLimit: config.limits.bodyBytes,
    requestTimeout: config.limits.requestTimeoutMs,
    keepAliveTimeout: config.limits.keepAliveTimeoutMs,
    // While closing, requests on open connections are served as usual (drainOnClose makes their answers close the
    // connection), not refused with Fastify's plain-JSON 503.
    return503OnClosing: false,
    routerOptions: { maxParamLength: MAX_PARAM_LENGTH },
    frameworkErrors,
    clientErrorHandler,
    // Node answers a missing Host itself, with an empty 400 and none of our headers: the hook below answers it instead.
    http: { requireHostHeader: false, maxHeaderSize: config.limits.headerBytes, ...requestTimeouts(config.limits.requestTimeoutMs) },
    // Fastify accepts a hop count at run time (proxy-addr), but its types omit it.
    trustProxy: config.trustProxy as string | boolean,
    requestIdHeader: false,
    genReqId: requestIdGenerator(),
    ajv: { customOptions: { allErrors: true, discriminator: true, coerceTypes: 'array', removeAdditional: true }, plugins: [finiteNumbers] },
    schemaController: { compilersFactory: { buildValidator, buildSerializer } },
  }).withTypeProvider<TypeBoxTypeProvider>()

  // JSON only (form posts are opted into where a plain HTML form must work): text/plain is a 415, not a string body.
  app.removeContentTypeParser('text/plain')
  limitJsonDepth(app)
  answerServerLevelRequests(app.server, app.log)
  drainOnClose(app)
  app.addHook('onRoute', refuseUnknownQueryParameters('/v1/'))

  if (front) app.decorate('frontCache', front)
  app.decorate('responseBudget', budget)
  app.addHook('onClose', async () => database.close())
  try {
    const applied = await database.migrate(migrationsDir)
    if (applied.length > 0) app.log.info({ migrations: applied }, 'applied migrations')
  } catch (error) {
    await database.close()
    throw error
  }

  const { db } = database
  // Absolute links (JSON-LD, feed, sitemap, media images): PUBLIC_BASE_URL, or else the address the server listens on.
  const links = createPublicLinks({ baseUrl: config.publicBaseUrl, siteName: config.siteName, host: config.host, port: config.port })
  const { repositories, services } = createServices(database, config, { links, budget, webhookReceivers: config.webhooks.urls.length > 0 })
  app.decorate('database', database)
  app.decorate('repositories', repositories)
  app.decorate('services', services)
  if (seed) {
    const seeded = await seedIfEmpty(services.authoring, repositories.content)
    if (seeded.length > 0) app.log.info({ articles: seeded }, 'seeded an empty database')
  }

  for (const schema of [
    ...sharedSchemas, ...contentSchemas, ...contentAdminSchemas, ...searchSchemas, ...healthSchemas, ...apiKeySchemas, ...reviewSchemas, ...contactSchemas,
    ...webhookSchemas(WEBHOOK_EVENTS), ...privacySchemas, ...mediaSchemas, ...scheduleSchemas, ...previewSchemas, ...syncSchemas,
  ]) {
    app.addSchema(schema)
  }

  const routes = createRouteTable()
  await app.register(errorHandling, { routes, redirects: { baseUrl: config.publicBaseUrl, cacheControl: config.publicCacheControl } })
  app.addHook('onRequest', dropRequestsOfGoneClients)
  securityHeaders(app)
  app.addHook('onRequest', requireHostHeader)
  await loadShedding(app, config.pressure)
  underPressure = () => app.isUnderPressure()
  if (config.corsOrigins === '*' || config.corsOrigins.length > 0) {
    await app.register(cors, {
      origin: config.corsOrigins === '*' ? '*' : config.corsOrigins,
      methods: ['GET', 'HEAD', 'POST', 'PATCH', 'DELETE'],
      exposedHeaders: ['ETag', 'Link', 'Retry-After', 'X-RateLimit-Limit', 'X-RateLimit-Remaining', 'X-RateLimit-Reset', 'Idempotent-Replayed'],
      maxAge: 600,
    })
  }
  // Limits are declared per route (reviews and contact forms): `preHandler: app.rateLimit({ ... })`.
  await app.register(rateLimit, {
    global: false,
    // On PostgreSQL the counters are in the database, shared by every instance; on SQLite in this process's memory.
    ...(database.engine === 'postgres' ? { store: postgresRateLimitStore(db) } : {}),
    errorResponseBuilder: (_request, context) => new HttpProblem(429, `Too many requests: try again in ${context.after}.`, {
      type: '/problems/rate-limited',
      headers: { 'retry-after': String(Math.max(1, Math.ceil(context.ttl / 1000))) },
    }),
  })
  // Guessing admin keys: failures counted per client address (hashed), then 429 until the window passes.
  const failures = app.createRateLimit({
    max: config.adminAuthFailures.max,
    timeWindow: config.adminAuthFailures.windowMs,
    keyGenerator: (request) => `admin-auth:${sha256(normalizeIP(request.ip))}`,
  })
  const failureThrottle: FailureThrottle = {
    async blockedFor (request) {
      const state = await failures(request, { increment: false })
      return !state.isAllowed && state.remaining === 0 && state.ttlInSeconds > 0 ? state.ttlInSeconds : undefined
    },
    async failed (request) { await failures(request) },
  }
  await app.register(docs, {
    info: {
      title: 'Content API',
      version: packageVersion,
      description: 'Headless content API: articles as structured data (title, intro, sections of paragraphs and lists), ' +
        'reader reviews and contact messages. Errors are RFC 9457 problem details (`application/problem+json`).',
    },
    tags: OPENAPI_TAGS,
    webhooks: webhookOperations(WEBHOOK_EVENTS),
  })

  app.addHook('onListen', async () => {
    if (links.configured) return
    links.listeningAt(app.listeningOrigin)
    app.log.warn(`PUBLIC_BASE_URL is not set: JSON-LD, feed and sitemap links point at ${links.base()}, where this server listens; set it to the public URL`)
  })
  const articleUrl = (slug: string) => links.url(`/v1/articles/${slug}`)

  const responses = createResponseCache(budget)
  const schedule = createScheduleService({
    db,
    content: repositories.content,
    schedules: createScheduleRepository(db),
    authoring: services.authoring,
    events: services.outbox,
    settings: config.authoring,
    clock,
    log: app.log.child({ component: 'scheduler' }),
  })
  await app.register(healthRoutes, { health: createHealthRepository(db) })
  await app.register(async (publicApi) => {
    await publicCaching(publicApi, config.publicCacheControl)
    seesOtherInstancesWrites(publicApi, database)
    await publicApi.register(contentRoutes, {
      content: repositories.content,
      responses,
      budget,
      ratings: (ids) => repositories.reviews.statsForArticles(ids),
      articleUrl,
      absoluteUrl: (path) => links.url(path),
      firstReviewsPage: async (slug) => {
        const first = { limit: 20, page: 1 }
        const approved = await services.reviews.listApproved(slug, { ...first, sort: '-created_at' })
        return { data: approved?.reviews ?? [], meta: { pagination: paginate(first.page, first.limit, approved?.total ?? 0) } }
      },
    })
    await publicApi.register(searchRoutes, { search: repositories.search, marks: config.search.marks, cache: { responses, version: () => repositories.content.contentVersion() } })
    await publicApi.register(reviewRoutes, {
      reviews: services.reviews,
      rateLimit: config.reviews.rateLimit,
      articleNotFound: (request, slug) => movedOrMissing(request, slug, repositories.content),
      cache: { responses, version: () => repositories.content.contentVersion() },
    })
  }, { prefix: '/v1' })
  await app.register(async (feeds) => {
    await publicCaching(feeds, config.publicCacheControl)
    seesOtherInstancesWrites(feeds, database)
    await feeds.register(feedRoutes, { articles: createSyndicationSource(repositories.content, (path) => links.url(path)), links, articleUrl, budget })
  })
  await app.register(mediaRoutes, { media: services.media })
  // Outside the public caching scope: a sync answer depends on its token and the moment (private, no-store).
  await app.register(syncRoutes, { prefix: '/v1', sync: services.sync })
  await app.register(contactRoutes, { prefix: '/v1', contact: services.contact, rateLimit: config.contact.rateLimit })
  // Previews: read anew on every request, never from or into a response cache (private, no-store; see the module).
  await app.register(previewRoutes, {
    prefix: '/v1', links: repositories.previews, content: repositories.content, ratings: (ids) => repositories.reviews.statsForArticles(ids), articleUrl, absoluteUrl: (path) => links.url(path), clock,
  })
  await app.register(async (admin) => {
    await noStore(admin)
    admin.addHook('onRequest', requireAdminKey(createAdminKeyVerifier(repositories.keys, config.adminApiKey), failureThrottle))
    // Unknown admin paths authenticate first too: without a valid key they answer 401 like existing ones, naming none.
    admin.setNotFoundHandler(notFoundHandler(routes))
    // Every admin operation can answer the throttle's 429: say so in its documentation.
    admin.addHook('onRoute', (route) => {
      const responses = route.schema?.response as Record<number, unknown> | undefined
      if (responses && !responses[429]) Object.assign(responses, problemResponses([429], { 429: ADMIN_THROTTLE_EXAMPLE }))
    })
    await admin.register(apiKeyAdminRoutes)
    await admin.register(contentAdminRoutes, {
      authoring: services.authoring, bodyLimit: config.authoring.bodyLimit, images: { media: services.media, absolute: (path) => links.url(path), maxBytes: config.media.maxBytes },
    })
    await admin.register(scheduleAdminRoutes, { schedule })
    await admin.register(previewAdminRoutes, {
      links: repositories.previews, content: repositories.content, absoluteUrl: (path) => links.url(path), defaultTtlSeconds: config.previews.linkTtlSeconds, clock,
    })
    await admin.register(reviewAdminRoutes, { repository: repositories.reviews, reviews: services.reviews })
    await admin.register(contactAdminRoutes, { messages: repositories.contact, contact: services.contact })
    await admin.register(privacyAdminRoutes, { privacy: services.privacy })
    await admin.register(webhookAdminRoutes, { webhooks: repositories.webhooks })
    await admin.register(mediaAdminRoutes, {
      media: services.media, repository: repositories.media, usedBy: (id) => repositories.content.articlesUsingMedia(id), absolute: (path) => links.url(path), maxBytes: config.media.maxBytes,
    })
  }, { prefix: '/v1/admin' })

  // Background work starts once the app is ready and stops on close, before the database closes (onClose runs last-added first).
  const dispatcher = createWebhookDispatcher({
    repository: repositories.webhooks,
    outbox: services.outbox,
    config: config.webhooks,
    log: app.log.child({ component: 'webhooks' }),
    userAgent: `content-api-webhooks/${packageVersion}`,
  })
  app.decorate('webhookDispatcher', dispatcher)
  // One instance at a time purges (the others skip their turn while it holds the lock).
  const retention = scheduleRetention(() => database.exclusively('retention-purge', () => services.purgeExpiredData()), app.log.child({ component: 'retention' }))
  app.decorate('retention', retention)
  const scheduler = createScheduler({ schedule, clock, log: app.log.child({ component: 'scheduler' }) })
  schedule.onChange(() => scheduler.wake())
  app.decorate('scheduler', scheduler)
  app.addHook('onReady', async () => {
    dispatcher.start()
    retention.start()
    await scheduler.start()
  })
  app.addHook('onClose', async () => {
    await Promise.all([dispatcher.stop(), retention.stop(), scheduler.stop(), services.writes.drain(), services.authoring.close()])
  })

  return app
}

/**
 * On PostgreSQL, other instances write too: before a public read is answered from the response caches, the content
 * version is read anew (one query shared by the requests of an event-loop turn), so no instance serves a version older
 * than a write acknowledged before the request. On SQLite the version is read directly on every use.
 */
function seesOtherInstancesWrites (scope: FastifyInstance, database: DatabaseHandle) {
  const refresh = database.contentVersion.refresh
  // Reads only: a form post (a review) answers from no cache, and its write queue reads nothing cached.
  if (refresh) scope.addHook('onRequest', async (request) => { if (request.method === 'GET' || request.method === 'HEAD') await refresh() })
}

/**
 * Fastify's serverFactory: the HTTP server Fastify would make (its http options, request timeouts included, and
 * keep-alive timeout), with the front cache's listener ahead of Fastify's handler. `inject` calls Fastify's handler
 * directly: only requests over a socket meet it.
 */
function frontServer (front: FrontCache) {
  return (handler: (request: IncomingMessage, response: ServerResponse) => void, options: FastifyServerOptions & { http?: ServerOptions }) => {
    const server = createServer(options.http ?? {}, front.listener(handler))
    if (options.keepAliveTimeout !== undefined) server.keepAliveTimeout = options.keepAliveTimeout
    server.setTimeout(options.connectionTimeout ?? 0)
    return server
  }
}

/** Short, unique-enough ids for correlating logs with problem responses (`instance`). */
function requestIdGenerator () {
  const prefix = Math.random().toString(36).slice(2, 8)
  let counter = 0
  return () => `${prefix}-${(++counter).toString(36)}`
}
