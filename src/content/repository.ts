// Content queries: published articles as served, every article as an editable document, and writes that change only
// the rows a new document differs in (so untouched sections keep their versions), plus redirects, tags and revisions.
import { sql } from 'kysely'
import type { Executor } from '../db/schema.js'
import { executeSql } from '../db/prepared.js'
import type { ArticleSort } from './model/queries.js'
import type { Section, Tag } from './model/schemas.js'
import { ARTICLE_COLUMNS, modelOf } from './article-rows.js'
import { mediaIdsOf } from './model/images.js'
import { articleWordCount, readingTimeMinutes } from './model/text.js'
import type { ContentRepository, StoredDocument } from './repository-types.js'
import { insertBlocks, loadTree } from './blocks-storage.js'
import { reindexArticle } from './search/repository.js'
import { scheduleClearedBy } from './schedule/rules.js'
import { noteArticlesChanged, recordSyncChange, recordSyncDeletion } from './sync/record.js'

export type * from './repository-types.js'

const SORTS: Record<ArticleSort, { column: 'published_at' | 'title', direction: 'asc' | 'desc' }> = {
  published_at: { column: 'published_at', direction: 'asc' },
  '-published_at': { column: 'published_at', direction: 'desc' },
  title: { column: 'title', direction: 'asc' },
  '-title': { column: 'title', direction: 'desc' },
}

/** Above any real position (an article has at most 1000 sections): where moving sections wait for their new place. */
const PARKED_POSITION = 1_000_000

/** The id of the published article with this slug (one `?`): also part of a review's insert (src/services.ts gives it). */
export const PUBLISHED_ID_SQL = "SELECT id FROM articles WHERE slug = ? AND status = 'published'"

/** The published article with this slug: the one lookup every read of a public article starts from. */
const publishedBySlug = (trx: Executor, slug: string) =>
  trx.selectFrom('articles').where('slug', '=', slug).where('status', '=', 'published')

const withAuthor = (trx: Executor) => trx.selectFrom('articles').leftJoin('authors', 'authors.id', 'articles.author_id')

async function tagsOfArticles (trx: Executor, articleIds: number[]): Promise<Map<number, Tag[]>> {
  const byArticle = new Map<number, Tag[]>()
  if (articleIds.length === 0) return byArticle
  const rows = await trx.selectFrom('article_tags').innerJoin('tags', 'tags.id', 'article_tags.tag_id')
    .select(['article_tags.article_id', 'tags.slug', 'tags.name'])
    .where('article_tags.article_id', 'in', articleIds).orderBy('article_tags.article_id').orderBy('article_tags.position').execute()
  for (const row of rows) {
    let tags = byArticle.get(row.article_id)
    if (!tags) byArticle.set(row.article_id, tags = [])
    tags.push({ slug: row.slug, name: row.name })
  }
  return byArticle
}

/** `%`, `_` and the escape character itself match literally. */
const escapeLike = (text: string) => text.replace(/[\\%_]/g, (character) => `\\${character}`)

/**
 * The id of the author or tag with this slug, created when new. A changed name is stored, and every other article
 * carrying it gets a new version: its served representation changed.
 */
async function upsertNamed (trx: Executor, table: 'authors' | 'tags', named: { slug: string, name: string }, articleId: number | undefined): Promise<number> {
  const existing = await trx.selectFrom(table).select(['id', 'name']).where('slug', '=', named.slug).executeTakeFirst()
  if (!existing) return (await trx.insertInto(table).values(named).returning('id').executeTakeFirstOrThrow()).id
  if (existing.name !== named.name) {
    await trx.updateTable(table).set({ name: named.name }).where('id', '=', existing.id).execute()
    const others = table === 'authors'
      ? trx.selectFrom('articles').select('id').where('author_id', '=', existing.id)
      : trx.selectFrom('article_tags').select('article_id as id').where('tag_id', '=', existing.id)
    const changed = await trx.updateTable('articles').set((eb) => ({ version: eb('version', '+', 1) }))
      .where('id', 'in', others).$if(articleId !== undefined, (query) => query.where('id', '!=', articleId!)).returning('id').execute()
    noteArticlesChanged(trx, changed.map((row) => row.id))
  }
  return existing.id
}

/** Reads the content version (a prepared statement on SQLite): handed over by the code that opened the database. */
export type ContentVersionReader = () => number

export function createContentRepository (db: Executor, contentVersion: ContentVersionReader): ContentRepository {
  async function loadDocumentWhere (trx: Executor, where: { slug: string } | { id: number }): Promise<StoredDocument | undefined> {
    const query = withAuthor(trx).select(ARTICLE_COLUMNS)
    const row = 'slug' in where
      ? await query.where('articles.slug', '=', where.slug).executeTakeFirst()
      : await query.where('articles.id', '=', where.id).executeTakeFirst()
    if (!row) return undefined
    const [tree, tags] = await Promise.all([loadTree(trx, row.id), tagsOfArticles(trx, [row.id])])
    return {
      id: row.id,
      version: row.version,
      created_at: row.created_at,
      updated_at: row.updated_at,
      updated_by: row.updated_by,
      schedule: { publish_at: row.publish_at, unpublish_at: row.unpublish_at },
      sections: new Map(tree.sections.map((section) => [section.key, { id: section.id, version: section.version }])),
      document: {
        slug: row.slug,
        title: row.title,
        excerpt: row.excerpt,
        status: row.status,
        published_at: row.published_at,
        intro: tree.intro,
        sections: tree.sections.map(({ key, heading, blocks }) => ({ key, heading, blocks })),
        ...modelOf(row, tags.get(row.id) ?? []),
      },
    }
  }

  return {
    contentVersion,

    async listPublishedArticles ({ limit, page, sort, tag, author }, trx = db) {
      const { column, direction } = SORTS[sort]
      let published = withAuthor(trx).where('articles.status', '=', 'published')
      if (author !== undefined) published = published.where('authors.slug', '=', author)
      if (tag !== undefined) {
        published = published.where('articles.id', 'in', trx.selectFrom('article_tags').innerJoin('tags', 'tags.id', 'article_tags.tag_id')
          .select('article_tags.article_id').where('tags.slug', '=', tag))
      }
      // A deferred join: the rows a page skips are walked as ids in index order only; columns and section counts are
      // read for the page's own rows. (Selecting them with OFFSET made PostgreSQL compute them for every skipped row:
      // the last of 100 pages took 3× the first.)
      const pageIds = published.select('articles.id')
        .orderBy(`articles.${column}`, direction).orderBy('articles.id', direction)
        .limit(limit).offset((page - 1) * limit)
      const [rows, count] = await Promise.all([
        withAuthor(trx).where('articles.id', 'in', pageIds).select(ARTICLE_COLUMNS)
          .select((eb) => eb.selectFrom('sections').whereRef('sections.article_id', '=', 'articles.id')
            .select(eb.fn.countAll<number>().as('n')).as('section_count'))
          .orderBy(`articles.${column}`, direction).orderBy('articles.id', direction)
          .execute(),
        published.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
      ])
      const tags = await tagsOfArticles(trx, rows.map((row) => row.id))
      return {
        total: Number(count.total),
        articles: rows.map((row) => ({
          id: row.id,
          slug: row.slug,
          title: row.title,
          excerpt: row.excerpt,
          published_at: row.published_at as string,
          updated_at: row.updated_at,
          word_count: row.word_count,
          reading_time_minutes: readingTimeMinutes(row.word_count),
          section_count: Number(row.section_count ?? 0),
          ...modelOf(row, tags.get(row.id) ?? []),
        })),
      }
    },

    async findPublishedArticle (slug, trx = db) {
      const stored = await loadDocumentWhere(trx, { slug })
      if (!stored || stored.document.status !== 'published') return undefined
      const { document } = stored
      const sections: Section[] = document.sections.map((section, position) => ({ key: section.key, position, heading: section.heading, blocks: section.blocks }))
      const wordCount = articleWordCount({ intro: document.intro, sections })
      return {
        slug: document.slug,
        title: document.title,
        excerpt: document.excerpt,
        intro: document.intro,
        sections,
        toc: sections.map(({ key, heading }) => ({ key, heading })),
        published_at: document.published_at as string,
        updated_at: stored.updated_at,
        word_count: wordCount,
        reading_time_minutes: readingTimeMinutes(wordCount),
        author: document.author,
        tags: document.tags,
        language: document.language,
        canonical_url: document.canonical_url,
        meta_title: document.meta_title,
        meta_description: document.meta_description,
        cover_image: document.cover_image,
      }
    },

    async publishedArticleState (slug, trx = db) {
      const row = await publishedBySlug(trx, slug).select(['id', 'version', 'reviews_version']).executeTakeFirst()
      return row && { id: row.id, version: row.version, reviewsVersion: row.reviews_version }
    },

    async listPublishedVersions (limit, trx = db) {
      const rows = await trx.selectFrom('articles').select(['id', 'slug', 'version', 'published_at', 'updated_at', 'canonical_url'])
        .where('status', '=', 'published').orderBy('published_at', 'desc').orderBy('id', 'desc').limit(limit).execute()
      return rows.map((row) => ({ ...row, published_at: row.published_at as string }))
    },

    async findPublishedId (slug, trx = db) {
      // Reads only (review lists and summaries, a contact message's article): a review's write looks its article up
      // inside its own insert (src/reviews/repository.ts), with the same SQL.
      return (await executeSql<{ id: number }>(trx, PUBLISHED_ID_SQL, [slug])).rows[0]?.id
    },

    async findRedirect (slug, trx = db) {
      return trx.selectFrom('article_redirects').innerJoin('articles', 'articles.id', 'article_redirects.article_id')
        .select(['articles.slug', 'articles.status']).where('article_redirects.slug', '=', slug).executeTakeFirst()
    },

    async listTags (trx = db) {
      const rows = await trx.selectFrom('tags').innerJoin('article_tags', 'article_tags.tag_id', 'tags.id')
        .innerJoin('articles', 'articles.id', 'article_tags.article_id')
        .select((eb) => ['tags.slug', 'tags.name', eb.fn.countAll<number>().as('article_count')])
        .where('articles.status', '=', 'published')
        .groupBy(['tags.id', 'tags.slug', 'tags.name']).orderBy('tags.name').orderBy('tags.slug').execute()
      return rows.map((row) => ({ slug: row.slug, name: row.name, article_count: Number(row.article_count) }))
    },

    async countArticles (trx = db) {
      const row = await trx.selectFrom('articles').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
      return Number(row.n)
    },

    loadDocument: (slug, trx = db) => loadDocumentWhere(trx, { slug }),

    async listArticles ({ limit, page, status, tag, q }, trx = db) {
      let query = trx.selectFrom('articles')
      if (status === 'scheduled') query = query.where((eb) => eb.or([eb('publish_at', 'is not', null), eb('unpublish_at', 'is not', null)]))
      else if (status) query = query.where('status', '=', status)
      if (tag !== undefined) {
        query = query.where('id', 'in', trx.selectFrom('article_tags').innerJoin('tags', 'tags.id', 'article_tags.tag_id')
          .select('article_tags.article_id').where('tags.slug', '=', tag))
      }
      if (q) {
        const pattern = `%${escapeLike(q)}%`
        query = query.where((eb) => eb.or((['title', 'slug', 'excerpt'] as const).map((column) =>
          sql<boolean>`lower(${sql.ref(column)}) like lower(${pattern}) escape '\\'`)))
      }
      const [rows, count] = await Promise.all([
        query.select(['id', 'slug', 'title', 'excerpt', 'status', 'published_at', 'publish_at', 'unpublish_at', 'updated_at', 'updated_by', 'version', 'word_count'])
          .select((eb) => eb.selectFrom('sections').whereRef('sections.article_id', '=', 'articles.id')
            .select(eb.fn.countAll<number>().as('n')).as('section_count'))
          .orderBy('updated_at', 'desc').orderBy('id', 'desc').limit(limit).offset((page - 1) * limit).execute(),
        query.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
      ])
      const tags = await tagsOfArticles(trx, rows.map((row) => row.id))
      return {
        total: Number(count.total),
        articles: rows.map(({ id, section_count: sectionCount, ...row }) => ({ ...row, section_count: Number(sectionCount ?? 0), tags: tags.get(id) ?? [] })),
      }
    },

    async saveDocument (previous, next, { now, by }, trx) {
      const timestamp = now.toISOString()
      const authorId = next.author ? await upsertNamed(trx, 'authors', next.author, previous?.id) : null
      const tagIds: number[] = []
      for (const tag of next.tags) tagIds.push(await upsertNamed(trx, 'tags', tag, previous?.id))
      const tree = { intro: next.intro, sections: next.sections.map((section, position) => ({ ...section, position })) }
      const fields = {
        slug: next.slug,
        title: next.title,
        excerpt: next.excerpt,
        status: next.status,
        published_at: next.published_at,
        word_count: articleWordCount(tree),
        author_id: authorId,
        language: next.language,
        canonical_url: next.canonical_url,
        meta_title: next.meta_title,
        meta_description: next.meta_description,
        cover_image_url: next.cover_image?.url ?? null,
        cover_image_alt: next.cover_image?.alt ?? null,
        cover_media_id: next.cover_image?.media_id ?? null,
        cover_image_width: next.cover_image?.media_id !== undefined ? next.cover_image.width ?? null : null,
        cover_image_height: next.cover_image?.media_id !== undefined ? next.cover_image.height ?? null : null,
        cover_image_thumbhash: next.cover_image?.media_id !== undefined ? next.cover_image.thumbhash ?? null : null,
        updated_at: timestamp,
        updated_by: by,
        // A change of status makes the pending schedule of the other direction moot (content/schedule).
        ...scheduleClearedBy(previous?.document.status, next.status),
      }
      const { id, version } = previous
        ? await trx.updateTable('articles').set({ ...fields, version: previous.version + 1 })
          .where('id', '=', previous.id).returning(['id', 'version']).executeTakeFirstOrThrow()
        : await trx.insertInto('articles').values({ ...fields, created_at: timestamp }).returning(['id', 'version']).executeTakeFirstOrThrow()

      const before = previous?.document
      if (!before || JSON.stringify(before.tags) !== JSON.stringify(next.tags)) {
        await trx.deleteFrom('article_tags').where('article_id', '=', id).execute()
        if (tagIds.length > 0) await trx.insertInto('article_tags').values(tagIds.map((tagId, position) => ({ article_id: id, tag_id: tagId, position }))).execute()
      }
      if (!before || JSON.stringify(before.intro) !== JSON.stringify(next.intro)) {
        await trx.deleteFrom('blocks').where('article_id', '=', id).where('section_id', 'is', null).execute()
        await insertBlocks(trx, id, null, next.intro)
      }

      // Sections by key: removed ones go, unchanged ones stay untouched (and keep their versions), the rest are rewritten.
      const stored = previous?.sections ?? new Map<string, { id: number, version: number }>()
      const oldByKey = new Map((before?.sections ?? []).map((section, position) => [section.key, { ...section, position }]))
      const nextKeys = new Set(next.sections.map((section) => section.key))
      const removed = [...stored].filter(([key]) => !nextKeys.has(key)).map(([, row]) => row.id)
      if (removed.length > 0) await trx.deleteFrom('sections').where('id', 'in', removed).execute()
      // Positions are unique per article: sections that move step aside (past any real position) before any takes its place.
      const moving = next.sections.flatMap((section, position) => {
        const old = oldByKey.get(section.key)
        return old && old.position !== position ? [stored.get(section.key)!.id] : []
      })
      for (const [index, sectionId] of moving.entries()) {
        await trx.updateTable('sections').set({ position: PARKED_POSITION + index }).where('id', '=', sectionId).execute()
      }
      for (const [position, section] of next.sections.entries()) {
        const old = oldByKey.get(section.key)
        const row = stored.get(section.key)
        if (!old || !row) {
          const { id: sectionId } = await trx.insertInto('sections')
            .values({ article_id: id, key: section.key, position, heading: section.heading })
            .returning('id').executeTakeFirstOrThrow()
          await insertBlocks(trx, id, sectionId, section.blocks)
          continue
        }
        const blocksChanged = JSON.stringify(old.blocks) !== JSON.stringify(section.blocks)
        if (old.position === position && old.heading === section.heading && !blocksChanged) continue
        await trx.updateTable('sections').set({ position, heading: section.heading, version: row.version + 1 }).where('id', '=', row.id).execute()
        if (blocksChanged) {
          await trx.deleteFrom('blocks').where('section_id', '=', row.id).execute()
          await insertBlocks(trx, id, row.id, section.blocks)
        }
      }
      // The media the article uses (drafts too: whatever is stored), in this transaction: a used item cannot be deleted.
      const mediaIds = mediaIdsOf(next)
      if (!before || mediaIdsOf(before).join() !== mediaIds.join()) {
        await trx.deleteFrom('article_media').where('article_id', '=', id).execute()
        if (mediaIds.length > 0) await trx.insertInto('article_media').values(mediaIds.map((mediaId) => ({ article_id: id, media_id: mediaId }))).execute()
      }
      // The search index changes with the content, in this transaction (deleting an article or a section cascades to it).
      await reindexArticle(trx, id, next)
      // Last: the sync counter (sync/record.ts) is taken after every other lock this write takes.
      await recordSyncChange(trx, id, before && { slug: before.slug, status: before.status }, { slug: next.slug, status: next.status }, now)
      return { id, version }
    },

    async articlesUsingMedia (mediaId, trx = db) {
      return trx.selectFrom('article_media').innerJoin('articles', 'articles.id', 'article_media.article_id')
        .select(['articles.slug', 'articles.title', 'articles.status']).where('article_media.media_id', '=', mediaId)
        .orderBy('articles.slug').execute()
    },

    async deleteArticle (id, trx) {
      const deleted = await trx.deleteFrom('articles').where('id', '=', id).returning(['slug', 'status']).executeTakeFirst()
      if (deleted) await recordSyncDeletion(trx, id, deleted, new Date())
    },

    async addRedirect (slug, articleId, now, trx) {
      await trx.insertInto('article_redirects').values({ slug, article_id: articleId, created_at: now.toISOString() })
        .onConflict((conflict) => conflict.column('slug').doUpdateSet({ article_id: articleId, created_at: now.toISOString() }))
        .execute()
    },

    async removeRedirect (slug, trx) {
      await trx.deleteFrom('article_redirects').where('slug', '=', slug).execute()
    },

    async insertRevision (articleId, revision, snapshot, trx) {
      await trx.insertInto('article_revisions').values({ article_id: articleId, ...revision, snapshot: JSON.stringify(snapshot) }).execute()
    },

    async listRevisions (articleId, { limit, page }, trx = db) {
      const all = trx.selectFrom('article_revisions').where('article_id', '=', articleId)
      const [revisions, count] = await Promise.all([
        all.select(['version', 'created_at', 'created_by', 'summary']).orderBy('version', 'desc').limit(limit).offset((page - 1) * limit).execute(),
        all.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
      ])
      return { revisions, total: Number(count.total) }
    },

    async findRevision (articleId, version, trx = db) {
      return trx.selectFrom('article_revisions').select(['version', 'created_at', 'created_by', 'summary', 'snapshot'])
        .where('article_id', '=', articleId).where('version', '=', version).executeTakeFirst()
    },

    async pruneRevisions (articleId, keep, trx) {
      await trx.deleteFrom('article_revisions').where('article_id', '=', articleId)
        .where('version', 'not in', trx.selectFrom('article_revisions').select('version').where('article_id', '=', articleId).orderBy('version', 'desc').limit(keep))
        .execute()
    },
  }
}
