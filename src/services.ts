// The service's data layer, wired: every repository, and the services that combine them across features.
// Shared by app.ts (the HTTP service) and cli.ts (operator commands), so both apply the same rules.
import type { Config } from './config.js'
import type { DatabaseHandle } from './db/connection.js'
import type { Executor } from './db/schema.js'
import { createWriteQueue, type WriteQueue } from './db/write-queue.js'
import { HttpProblem } from './http/errors.js'
import { createContentRepository, PUBLISHED_ID_SQL, type ContentRepository } from './content/repository.js'
import { createSearchRepository, type SearchRepository } from './content/search/repository.js'
import { createPreviewLinkRepository, type PreviewLinkRepository } from './content/preview/repository.js'
import { ARTICLE_EVENTS, createAuthoringService, type AuthoringService } from './content/service.js'
import { ArticleInputSchema, contentSchemas, type ArticleInput } from './content/model/schemas.js'
import { sharedSchemas } from './http/schemas.js'
import { createValidator } from './http/validation.js'
import { createApiKeyRepository, type ApiKeyRepository } from './api-keys/repository.js'
import { createReviewRepository, type ReviewRepository } from './reviews/repository.js'
import { createReviewService, REVIEW_EVENTS, type ReviewService } from './reviews/service.js'
import { createContactRepository, type ContactRepository } from './contact/repository.js'
import { CONTACT_EVENTS, createContactService, type ContactService } from './contact/service.js'
import { createIdempotencyRepository, type IdempotencyRepository } from './idempotency/repository.js'
import { createPrivacyService, type PersonalDataSource, type PrivacyService } from './privacy/service.js'
import { purgeExpiredData, type PurgeResult } from './privacy/retention.js'
import { createWebhookRepository, type WebhookRepository } from './webhooks/repository.js'
import { createEventOutbox, type EventOutbox } from './webhooks/outbox.js'
import { createMediaRepository, type MediaRepository } from './media/repository.js'
import { createMediaService, MEDIA_EVENTS, type MediaService } from './media/service.js'
import { mediaStores } from './media/storage.js'
import { mediaItem } from './media/admin-routes.js'
import { createPublicLinks, type PublicLinks } from './http/links.js'
import { createResponseBudget, type ResponseBudget } from './http/response-budget.js'
import type { MediaLinks } from './content/media.js'
import { presentImages } from './content/model/images.js'
import { createSyncRepository, type SyncRepository } from './content/sync/repository.js'
import { createSyncService, type SyncService } from './content/sync/service.js'

const DAY_MS = 24 * 60 * 60 * 1000

/** Every event type a feature announces through the outbox, in the order the docs list them. */
export const WEBHOOK_EVENTS = [...ARTICLE_EVENTS, ...CONTACT_EVENTS, ...REVIEW_EVENTS, ...MEDIA_EVENTS]

export interface Repositories {
  content: ContentRepository
  /** Full-text search over published articles; its index is written by content.saveDocument. */
  search: SearchRepository
  keys: ApiKeyRepository
  reviews: ReviewRepository
  contact: ContactRepository
  idempotency: IdempotencyRepository
  webhooks: WebhookRepository
  media: MediaRepository
  /** Draft preview links (tokens stored as hashes). */
  previews: PreviewLinkRepository
  /** Delta sync: the counter, the changes since a token, tombstones (written by content.saveDocument and deleteArticle). */
  sync: SyncRepository
}

export interface Services {
  /** The shared write queue of the public forms: drained on shutdown before the database closes. */
  writes: WriteQueue
  authoring: AuthoringService
  reviews: ReviewService
  contact: ContactService
  privacy: PrivacyService
  outbox: EventOutbox
  media: MediaService
  /** Pages of GET /v1/sync. */
  sync: SyncService
  /** Retention: purge what is older than CONTACT_RETENTION_DAYS, then scrub it from disk. */
  /** Contact retention, and sync tombstones past SYNC_TOMBSTONE_RETENTION_DAYS. */
  purgeExpiredData(): Promise<PurgeResult & { sync_tombstones: number }>
}

type ServiceConfig = Pick<Config, 'reviews' | 'contact' | 'sync' | 'authoring' | 'writeQueue' | 'media' | 'responseCacheBytes' | 'publicBaseUrl' | 'siteName' | 'host' | 'port'>

/**
 * `links`: this service's absolute links (app.ts's, which follow the listening address when PUBLIC_BASE_URL is unset);
 * without them (operator commands), made from the configuration. `budget`: the one memory budget of every kept
 * response (app.ts's), which recently sent images share; without it, one of RESPONSE_CACHE_MAX_MB of their own.
 * `webhookReceivers`: false when the server has none configured, so its events are stored as never to be delivered;
 * operator commands leave it out, and their events wait for the server's dispatcher, as it is configured.
 */
export function createServices (database: DatabaseHandle, config: ServiceConfig,
  {
    links = createPublicLinks({ baseUrl: config.publicBaseUrl, siteName: config.siteName, host: config.host, port: config.port }),
    budget = createResponseBudget(config.responseCacheBytes),
    webhookReceivers = true,
  }: { links?: Pick<PublicLinks, 'base' | 'url'>, budget?: ResponseBudget, webhookReceivers?: boolean } = {}): { repositories: Repositories, services: Services } {
  const { db } = database
  // Articles reference media items (media_id, or this service's media URLs), served with absolute URLs.
  const mediaLinks: MediaLinks = { origins: () => [new URL(links.base()).origin], absolute: (path) => links.url(path) }
  const repositories: Repositories = {
    content: createContentRepository(db, () => database.contentVersion.current()),
    search: createSearchRepository(db, database.engine),
    keys: createApiKeyRepository(db),
    reviews: createReviewRepository(db, { publishedIdSql: PUBLISHED_ID_SQL }),
    contact: createContactRepository(db),
    idempotency: createIdempotencyRepository(db),
    webhooks: createWebhookRepository(db),
    media: createMediaRepository(db),
    previews: createPreviewLinkRepository(db),
    sync: createSyncRepository(db),
  }
  const outbox = createEventOutbox(repositories.webhooks, { receivers: webhookReceivers })
  // Public form submissions (reviews, contact messages) commit in groups: one fsync for many acknowledgements.
  const writes = createWriteQueue(database, {
    ...config.writeQueue,
    overloaded: () => new HttpProblem(503, 'Too many submissions are waiting to be stored: retry in a second.', {
      type: '/problems/overloaded', headers: { 'retry-after': '1' },
    }),
  })
  const articles = { findPublishedId: (slug: string, trx?: Executor) => repositories.content.findPublishedId(slug, trx) }
  const authoring = createAuthoringService({
    db,
    content: repositories.content,
    events: outbox,
    settings: config.authoring,
    validateInput: createValidator<ArticleInput>(ArticleInputSchema, [...sharedSchemas, ...contentSchemas]),
    media: { catalog: repositories.media, links: mediaLinks },
  })
  const reviews = createReviewService({ db, writes, reviews: repositories.reviews, articles, events: outbox, settings: config.reviews })
  const contact = createContactService({
    db, writes, messages: repositories.contact, idempotency: repositories.idempotency, events: outbox, articles, redirectOrigins: config.contact.redirectOrigins,
  })
  const media = createMediaService({
    db,
    media: repositories.media,
    stores: mediaStores(db, { kind: config.media.storage, path: config.media.path }),
    events: outbox,
    // article_media is written by content with each article: content says which articles use an item.
    usedBy: (id, trx) => repositories.content.articlesUsingMedia(id, trx),
    eventData: (item) => mediaItem(item, (path) => links.url(path)),
    settings: config.media,
    // Recently sent images count against RESPONSE_CACHE_MAX_MB with every other kept answer.
    budget,
  })
  // Synced articles are served as the public article route serves them (media images with absolute URLs).
  const sync = createSyncService({
    sync: repositories.sync,
    article: async (slug, trx) => {
      const article = await repositories.content.findPublishedArticle(slug, trx)
      return article && presentImages(article, (path) => links.url(path))
    },
  })
  const webhookEvents: PersonalDataSource = {
    name: 'webhook events and deliveries',
    async export (subject, trx) {
      return { webhook_events: await repositories.webhooks.listEventsForEmailHash(subject.emailHash, trx) }
    },
    erase: (subject, trx) => repositories.webhooks.deleteEventsForEmailHash(subject.emailHash, trx),
  }
  const privacy = createPrivacyService(db, {
    // Events first, then the records they were derived from.
    sources: [webhookEvents, contact.personalData, reviews.personalData],
    afterErase: () => database.scrub(),
  })
  return {
    repositories,
    services: {
      writes,
      authoring,
      reviews,
      contact,
      privacy,
      outbox,
      media,
      sync,
      async purgeExpiredData () {
        const purged = await purgeExpiredData({ contact, webhooks: repositories.webhooks, idempotency: repositories.idempotency }, config.contact.retentionDays)
        // Sync tombstones past SYNC_TOMBSTONE_RETENTION_DAYS go too (older sync tokens are answered 410 from then on).
        const tombstones = await repositories.sync.purgeTombstones(new Date(Date.now() - config.sync.tombstoneRetentionDays * DAY_MS))
        await database.scrub()
        return { ...purged, sync_tombstones: tombstones }
      },
    },
  }
}
