// buildApp(options): the whole service as a Fastify instance — infrastructure first, then features, explicitly.
import Fastify, { type FastifyInstance } from 'fastify'
import cors from '@fastify/cors'
import helmet from '@fastify/helmet'
import rateLimit from '@fastify/rate-limit'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { Config } from './config.js'
import { openDatabase, type DatabaseHandle } from './db/connection.js'
import { migrate } from './db/migrate.js'
import { migrationsDir, packageVersion } from './paths.js'
import { errorHandling, frameworkErrors, HttpProblem, MAX_PARAM_LENGTH } from './http/errors.js'
import { docs } from './http/docs.js'
import { requireAdminKey } from './http/auth.js'
import { noStore, publicCaching } from './http/caching.js'
import { sharedSchemas } from './http/schemas.js'
import { buildValidator } from './http/validation.js'
import { loggerOptions } from './logging.js'
import { createContentRepository, type ContentRepository } from './content/repository.js'
import { contentRoutes } from './content/routes.js'
import { contentSchemas } from './content/schemas.js'
import { createHealthRepository, type HealthRepository } from './health/repository.js'
import { healthRoutes, healthSchemas } from './health/routes.js'
import { createApiKeyRepository, type ApiKeyRepository } from './admin/keys.js'
import { adminRoutes, adminSchemas } from './admin/routes.js'
import { createReviewRepository, type ReviewRepository } from './reviews/repository.js'
import { reviewRoutes } from './reviews/routes.js'
import { reviewAdminRoutes } from './reviews/admin-routes.js'
import { reviewSchemas } from './reviews/schemas.js'
import { createContactRepository, type ContactRepository } from './contact/repository.js'
import { contactRoutes } from './contact/routes.js'
import { contactAdminRoutes } from './contact/admin-routes.js'
import { contactSchemas } from './contact/schemas.js'
import { createPrivacyService, type PrivacyService } from './privacy/service.js'
import { privacyRoutes } from './privacy/routes.js'
import { privacySchemas } from './privacy/schemas.js'
import { purgeExpiredData, scheduleRetention } from './privacy/retention.js'
import { createWebhookRepository, type WebhookRepository } from './webhooks/repository.js'
import { createWebhookDispatcher, type WebhookDispatcher } from './webhooks/dispatcher.js'
import { webhookRoutes } from './webhooks/routes.js'
import { webhookSchemas } from './webhooks/schemas.js'
import { seedIfEmpty } from '../seed/index.js'

export type Repositories = {
  content: ContentRepository
  health: HealthRepository
  keys: ApiKeyRepository
  reviews: ReviewRepository
  contact: ContactRepository
  webhooks: WebhookRepository
}

declare module 'fastify' {
  interface FastifyInstance {
    database: DatabaseHandle
    repositories: Repositories
    privacy: PrivacyService
    /** Delivers outbox events to WEBHOOK_URLS; started when the app is ready, stopped on close. */
    webhookDispatcher: WebhookDispatcher
  }
}

export interface BuildOptions {
  config: Config
  /** false: no logs. Otherwise JSON logs at config.logLevel, to stdout or to `logStream` (tests read them). */
  logger?: boolean
  logStream?: { write(line: string): void }
  /** Seed the article on an empty database (default true). */
  seed?: boolean
}

/** Request bodies larger than this are refused with 413 (contact and review forms are far smaller). */
export const BODY_LIMIT_BYTES = 16 * 1024

export async function buildApp ({ config, logger = true, logStream, seed = true }: BuildOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: logger ? loggerOptions(config.logLevel, logStream) : false,
    bodyLimit: BODY_LIMIT_BYTES,
    maxParamLength: MAX_PARAM_LENGTH,
    frameworkErrors,
    // Fastify accepts a hop count at run time (proxy-addr), but its types omit it.
    trustProxy: config.trustProxy as string | boolean,
    requestIdHeader: false,
    genReqId: requestIdGenerator(),
    ajv: { customOptions: { allErrors: true, discriminator: true, coerceTypes: 'array', removeAdditional: true } },
    schemaController: { compilersFactory: { buildValidator } },
  }).withTypeProvider<TypeBoxTypeProvider>()

  // JSON only (form posts are opted into where a plain HTML form must work): text/plain is a 415, not a string body.
  app.removeContentTypeParser('text/plain')

  const database: DatabaseHandle = openDatabase(config.databasePath)
  app.addHook('onClose', async () => database.close())
  try {
    const applied = migrate(database.sqlite, migrationsDir)
    if (applied.length > 0) app.log.info({ migrations: applied }, 'applied migrations')
  } catch (error) {
    await database.close()
    throw error
  }

  const repositories: Repositories = {
    content: createContentRepository(database.db),
    health: createHealthRepository(database.db),
    keys: createApiKeyRepository(database.db),
    reviews: createReviewRepository(database.db),
    contact: createContactRepository(database.db),
    webhooks: createWebhookRepository(database.db),
  }
  const privacy = createPrivacyService(database.db, { afterErase: database.scrub })
  app.decorate('database', database)
  app.decorate('repositories', repositories)
  app.decorate('privacy', privacy)
  if (seed) {
    const seeded = await seedIfEmpty(repositories.content)
    if (seeded.length > 0) app.log.info({ articles: seeded }, 'seeded an empty database')
  }

  for (const schema of [...sharedSchemas, ...contentSchemas, ...healthSchemas, ...adminSchemas, ...reviewSchemas, ...contactSchemas, ...webhookSchemas, ...privacySchemas]) {
    app.addSchema(schema)
  }

  await app.register(errorHandling)
  await app.register(helmet, {
    crossOriginResourcePolicy: { policy: 'cross-origin' },
    // Not upgrade-insecure-requests: Swagger UI served over plain http (a local or staging server) must call that same server.
    contentSecurityPolicy: { directives: { 'upgrade-insecure-requests': null } },
  })
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
    errorResponseBuilder: (_request, context) => new HttpProblem(429, `Too many requests: try again in ${context.after}.`, {
      type: '/problems/rate-limited',
      headers: { 'retry-after': String(Math.max(1, Math.ceil(context.ttl / 1000))) },
    }),
  })
  await app.register(docs)

  await app.register(healthRoutes, { health: repositories.health })
  const { content, reviews } = repositories
  await app.register(async (publicApi) => {
    await publicCaching(publicApi)
    await publicApi.register(contentRoutes, {
      content,
      ratings: async (slug) => {
        const { count, average } = await reviews.summary(slug)
        return { count, average }
      },
    })
    await publicApi.register(reviewRoutes, { reviews, content, config: config.reviews })
  }, { prefix: '/v1' })
  await app.register(contactRoutes, { prefix: '/v1', contact: repositories.contact, config: config.contact })
  await app.register(async (admin) => {
    await noStore(admin)
    admin.addHook('onRequest', requireAdminKey(repositories.keys, config.adminApiKey))
    await admin.register(adminRoutes)
    await admin.register(reviewAdminRoutes, { reviews })
    await admin.register(contactAdminRoutes, { contact: repositories.contact })
    await admin.register(privacyRoutes, { privacy })
    await admin.register(webhookRoutes, { webhooks: repositories.webhooks })
  }, { prefix: '/v1/admin' })

  // Background work starts once the app is ready and stops on close, before the database closes (onClose runs last-added first).
  const dispatcher = createWebhookDispatcher({
    repository: repositories.webhooks,
    config: config.webhooks,
    log: app.log.child({ component: 'webhooks' }),
    userAgent: `content-api-webhooks/${packageVersion}`,
  })
  app.decorate('webhookDispatcher', dispatcher)
  const retention = scheduleRetention(
    async () => {
      const purged = await purgeExpiredData({ db: database.db, contact: repositories.contact, webhooks: repositories.webhooks }, config.contact.retentionDays)
      await database.scrub()
      return purged
    },
    app.log.child({ component: 'retention' }),
  )
  app.addHook('onReady', async () => {
    dispatcher.start()
    retention.start()
  })
  app.addHook('onClose', async () => {
    await Promise.all([dispatcher.stop(), retention.stop()])
  })

  return app
}

/** Short, unique-enough ids for correlating logs with problem responses (`instance`). */
function requestIdGenerator () {
  const prefix = Math.random().toString(36).slice(2, 8)
  let counter = 0
  return () => `${prefix}-${(++counter).toString(36)}`
}
