// The typed shape of every table, as Kysely sees it. Timestamps are ISO-8601 text.
import type { Generated, Kysely } from 'kysely'

export interface ArticlesTable {
  id: Generated<number>
  slug: string
  title: string
  excerpt: string
  status: 'draft' | 'published'
  published_at: string | null
  created_at: string
  updated_at: string
  version: Generated<number>
  word_count: number
  /** Bumped by triggers on any change to the article's reviews. */
  reviews_version: Generated<number>
  author_id: number | null
  language: Generated<string>
  canonical_url: string | null
  meta_title: string | null
  meta_description: string | null
  cover_image_url: string | null
  cover_image_alt: string | null
  /** The media item the cover shows (migration 014), with what its bytes fix; null for an external cover or none. */
  cover_media_id: string | null
  cover_image_width: number | null
  cover_image_height: number | null
  cover_image_thumbhash: string | null
  /** Name of the admin key (or 'seed', 'cli') that made the latest write. */
  updated_by: string | null
  /** Scheduled publication of a draft, and return of a published article to draft (migration 016); null: none. */
  publish_at: string | null
  unpublish_at: string | null
  /** The sync counter (sync_state.seq) of the latest change to the article's content or status (migration 018). */
  sync_seq: Generated<number>
}

export interface AuthorsTable {
  id: Generated<number>
  slug: string
  name: string
}

export interface TagsTable {
  id: Generated<number>
  slug: string
  name: string
}

export interface ArticleTagsTable {
  article_id: number
  tag_id: number
  position: number
}

export interface ArticleRedirectsTable {
  slug: string
  article_id: number
  created_at: string
}

export interface ArticleRevisionsTable {
  article_id: number
  version: number
  created_at: string
  created_by: string
  summary: string
  /** The article after this write, as ArticleInput JSON. */
  snapshot: string
}

export interface SectionsTable {
  id: Generated<number>
  article_id: number
  key: string
  position: number
  heading: string
  version: Generated<number>
}

export interface BlocksTable {
  id: Generated<number>
  article_id: number
  section_id: number | null
  position: number
  /** The block's kind (content.type), for queries. */
  type: string
  /** The block as JSON: an mdast node without positions (content/model/blocks.ts). */
  content: string
}

/** One searchable part of an article (its title and intro, or one section); migrations/008_search.sql. */
export interface SearchPartsTable {
  id: Generated<number>
  article_id: number
  /** null: the title-and-intro part. */
  section_id: number | null
  title: string
  heading: string
  body: string
  /** The text of the part's code blocks (migration 012): searchable, weighted below the prose. */
  code: string
}

export interface ApiKeysTable {
  id: Generated<number>
  name: string
  key_hash: string
  key_prefix: string
  created_at: string
  last_used_at: string | null
  revoked_at: string | null
}

export interface ReviewsTable {
  id: Generated<number>
  article_id: number
  author_name: string
  email: string | null
  rating: number
  title: string | null
  body: string
  status: 'pending' | 'approved' | 'spam' | 'trash'
  ip_hash: string
  body_hash: string
  created_at: string
  updated_at: string
}

export type ContactMessageStatus = 'new' | 'read' | 'archived' | 'spam'

export interface ContactMessagesTable {
  id: string
  name: string | null
  email: string
  email_hash: string
  subject: string | null
  message: string
  article_id: number | null
  status: ContactMessageStatus
  dedupe_key: string
  received_at: string
  updated_at: string
}

export interface IdempotencyRecordsTable {
  scope: string
  key_hash: string
  request_hash: string
  resource_id: string
  response: string
  created_at: string
  expires_at: string
}

export interface WebhookEventsTable {
  id: string
  type: string
  payload: string
  subject_type: string | null
  subject_id: string | null
  subject_email_hash: string | null
  created_at: string
  fanned_out_at: string | null
}

export type WebhookDeliveryStatus = 'pending' | 'succeeded' | 'failed'

export interface WebhookDeliveriesTable {
  id: Generated<number>
  event_id: string
  url: string
  status: WebhookDeliveryStatus
  attempts: Generated<number>
  next_attempt_at: string | null
  lease_expires_at: string | null
  last_status_code: number | null
  last_error: string | null
  delivered_at: string | null
  created_at: string
  updated_at: string
}

export interface InstanceSecretsTable {
  name: string
  value: string
  created_at: string
}

export interface WebhookDeliveryAttemptsTable {
  id: Generated<number>
  delivery_id: number
  attempt: number
  started_at: string
  duration_ms: number
  status_code: number | null
  error: string | null
  succeeded: number
}

export interface MediaTable {
  /** 24 hex digits: the start of the SHA-256 of the uploaded bytes. */
  id: string
  /** Hex SHA-256 of the uploaded file. */
  sha256: string
  name: string
  content_type: string
  bytes: number
  etag: string
  width: number
  height: number
  alt: Generated<string>
  title: string | null
  thumbhash: string
  storage: 'files' | 'database'
  created_at: string
  updated_at: string
}

export interface MediaVariantsTable {
  media_id: string
  /** 0: the original's own size. */
  width: number
  format: 'webp' | 'avif' | 'jpeg' | 'png'
  content_type: string
  bytes: number
  etag: string
  storage: 'files' | 'database'
  created_at: string
}

export interface MediaBlobsTable {
  key: string
  data: Buffer
}

export interface ArticleMediaTable {
  article_id: number
  media_id: string
}

/** Draft preview links (migration 017): only the token's SHA-256 is stored. */
export interface PreviewLinksTable {
  id: Generated<number>
  article_id: number
  token_hash: string
  created_at: string
  created_by: string
  expires_at: string
}

/** The delta-sync counter (one row, id 1) and the highest counter value whose tombstones were purged. */
export interface SyncStateTable {
  id: number
  seq: number
  purged_through: Generated<number>
}

/** What left the public set at a sync counter value: an article deleted, unpublished, or the old slug of a rename. */
export interface SyncTombstonesTable {
  seq: number
  article_id: number
  slug: string
  deleted_at: string
  reason: 'deleted' | 'unpublished' | 'renamed'
}

export interface Database {
  articles: ArticlesTable
  authors: AuthorsTable
  tags: TagsTable
  article_tags: ArticleTagsTable
  article_redirects: ArticleRedirectsTable
  article_revisions: ArticleRevisionsTable
  sections: SectionsTable
  blocks: BlocksTable
  search_parts: SearchPartsTable
  api_keys: ApiKeysTable
  reviews: ReviewsTable
  instance_secrets: InstanceSecretsTable
  contact_messages: ContactMessagesTable
  idempotency_records: IdempotencyRecordsTable
  webhook_events: WebhookEventsTable
  webhook_deliveries: WebhookDeliveriesTable
  webhook_delivery_attempts: WebhookDeliveryAttemptsTable
  media: MediaTable
  media_variants: MediaVariantsTable
  media_blobs: MediaBlobsTable
  article_media: ArticleMediaTable
  preview_links: PreviewLinksTable
  sync_state: SyncStateTable
  sync_tombstones: SyncTombstonesTable
}

/** What a repository method queries through: the database, or the caller's transaction (a Transaction is a Kysely). */
export type Executor = Kysely<Database>
