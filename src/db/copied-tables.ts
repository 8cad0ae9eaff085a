// The tables copy-database copies, in the order that satisfies their foreign keys, and those it leaves out (and why).
import type { Database } from './schema.js'

export interface CopiedTable {
  name: keyof Database | 'content_state'
  /** Primary key columns: rows are read in their order, a page at a time (default: id). */
  key?: string[]
  /**
   * Integer columns that triggers on tables copied later change (each review inserted bumps its article's
   * reviews_version): set back to the source's values once every row is in. Needs a one-column key.
   */
  restore?: string[]
  /** A column whose values may weigh megabytes (image bytes): its pages are bounded by their bytes, not only by rows. */
  large?: string
  /**
   * The migrations insert this table's rows (content_state's one row): they do not make the target non-empty, and are
   * replaced by the source's. `counter` never goes back: should the target have counted past the source already, it
   * gets one more than it had (response caches take an unchanged counter for unchanged content).
   */
  seeded?: { counter: string }
}

/**
 * Every table the copy writes, parents before the tables whose foreign keys point at them. A migration adding a table
 * adds it here (or to NOT_COPIED_TABLES): test/db/copy-database.test.ts fails until it does.
 */
export const COPIED_TABLES: readonly CopiedTable[] = [
  { name: 'authors' },
  { name: 'tags' },
  { name: 'articles', restore: ['version', 'reviews_version'] },
  { name: 'article_tags', key: ['article_id', 'tag_id'] },
  { name: 'article_redirects', key: ['slug'] },
  { name: 'article_revisions', key: ['article_id', 'version'] },
  { name: 'sync_tombstones', key: ['seq', 'article_id'] },
  { name: 'sections' },
  { name: 'blocks' },
  { name: 'search_parts' },
  { name: 'media' },
  { name: 'media_variants', key: ['media_id', 'width', 'format'] },
  { name: 'media_blobs', key: ['key'], large: 'data' },
  { name: 'article_media', key: ['article_id', 'media_id'] },
  { name: 'preview_links' },
  { name: 'api_keys' },
  { name: 'reviews' },
  { name: 'instance_secrets', key: ['name'] },
  { name: 'contact_messages' },
  { name: 'idempotency_records', key: ['scope', 'key_hash'] },
  { name: 'webhook_events' },
  { name: 'webhook_deliveries' },
  { name: 'webhook_delivery_attempts' },
  { name: 'content_state', seeded: { counter: 'version' } },
  { name: 'sync_state', seeded: { counter: 'seq' } },
]

/** The tables that exist but are not copied, and why. */
export const NOT_COPIED_TABLES: Readonly<Record<string, string>> = {
  schema_migrations: "each engine's migration runner records its own files (their checksums differ): the target is migrated, not copied into",
  rate_limits: 'PostgreSQL only: transient rate-limit counters',
}
