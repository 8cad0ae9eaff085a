// Preview links: random tokens stored as SHA-256 hashes, each showing one article until it expires or is deleted.
import { randomBytes } from 'node:crypto'
import { sha256 } from '../../base/hash.js'
import type { Executor } from '../../db/schema.js'

/** A preview link as the admin routes show it: never its token, which exists in clear only in the answer that made it. */
export interface PreviewLink {
  id: number
  created_at: string
  created_by: string
  expires_at: string
}

export interface PreviewLinkRepository {
  /** A new link to the article, valid until `expiresAt`, with its token (the only time it exists in clear). */
  create(articleId: number, meta: { now: Date, expiresAt: Date, by: string }, trx?: Executor): Promise<{ token: string, link: PreviewLink }>
  /** The article's links that have not expired at `now`, newest first. */
  listForArticle(articleId: number, now: Date, trx?: Executor): Promise<PreviewLink[]>
  /** The article's link `id`, unless it has expired at `now` (or does not exist). */
  find(articleId: number, id: number, now: Date, trx?: Executor): Promise<PreviewLink | undefined>
  /** Deletes the article's link `id`: false when the article has no such link. */
  revoke(articleId: number, id: number, trx?: Executor): Promise<boolean>
  /** The current slug of the article a presented token previews, when the token is a link's and has not expired at `now`. */
  findArticleSlug(token: string, now: Date, trx?: Executor): Promise<string | undefined>
}

/** 32 random bytes, base64url: 43 URL-safe characters, beyond guessing. */
const newToken = () => randomBytes(32).toString('base64url')

const COLUMNS = ['id', 'created_at', 'created_by', 'expires_at'] as const

export function createPreviewLinkRepository (db: Executor): PreviewLinkRepository {
  return {
    async create (articleId, { now, expiresAt, by }, trx = db) {
      const token = newToken()
      // Expired links of the article go when a new one is made: they answer nothing, and lists would only skip them.
      await trx.deleteFrom('preview_links').where('article_id', '=', articleId).where('expires_at', '<=', now.toISOString()).execute()
      const link = await trx.insertInto('preview_links')
        .values({ article_id: articleId, token_hash: sha256(token), created_at: now.toISOString(), created_by: by, expires_at: expiresAt.toISOString() })
        .returning(COLUMNS).executeTakeFirstOrThrow()
      return { token, link }
    },

    async listForArticle (articleId, now, trx = db) {
      return trx.selectFrom('preview_links').select(COLUMNS)
        .where('article_id', '=', articleId).where('expires_at', '>', now.toISOString())
        .orderBy('created_at', 'desc').orderBy('id', 'desc').execute()
    },

    async find (articleId, id, now, trx = db) {
      return trx.selectFrom('preview_links').select(COLUMNS)
        .where('id', '=', id).where('article_id', '=', articleId).where('expires_at', '>', now.toISOString()).executeTakeFirst()
    },

    async revoke (articleId, id, trx = db) {
      const result = await trx.deleteFrom('preview_links').where('id', '=', id).where('article_id', '=', articleId).executeTakeFirst()
      return Number(result.numDeletedRows) > 0
    },

    async findArticleSlug (token, now, trx = db) {
      // Looked up by the token's hash: the token itself is never stored, and never compared.
      const row = await trx.selectFrom('preview_links').innerJoin('articles', 'articles.id', 'preview_links.article_id').select('articles.slug')
        .where('preview_links.token_hash', '=', sha256(token)).where('preview_links.expires_at', '>', now.toISOString()).executeTakeFirst()
      return row?.slug
    },
  }
}
