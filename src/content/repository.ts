// Content queries: published articles as domain values, and whole-article upserts for seeding and authoring.
import type { Executor } from '../db/schema.js'
import { inTransaction } from '../db/transaction.js'
import type { StoredArticle, ArticleInput, ArticleSort, ArticleSummary, Block, Section } from './schemas.js'
import { articleWordCount, deriveExcerpt, normalizeSections, readingTimeMinutes } from './text.js'

export interface ArticleListOptions { limit: number, page: number, sort: ArticleSort }

export interface UpsertResult { slug: string, version: number, created: boolean, changed: boolean }

export interface ContentRepository {
  listPublishedArticles(options: ArticleListOptions, trx?: Executor): Promise<{ articles: ArticleSummary[], total: number }>
  findPublishedArticle(slug: string, trx?: Executor): Promise<StoredArticle | undefined>
  /** Cheap freshness check (one indexed row): the versions of a published article's content and of its reviews. */
  publishedArticleState(slug: string, trx?: Executor): Promise<{ id: number, version: number, reviewsVersion: number } | undefined>
  /** The id of the published article with this slug: what other features attach their rows to. */
  findPublishedId(slug: string, trx?: Executor): Promise<number | undefined>
  upsertArticle(input: ArticleInput, now?: Date, trx?: Executor): Promise<UpsertResult>
  countArticles(trx?: Executor): Promise<number>
}

const SORTS: Record<ArticleSort, { column: 'published_at' | 'title', direction: 'asc' | 'desc' }> = {
  published_at: { column: 'published_at', direction: 'asc' },
  '-published_at': { column: 'published_at', direction: 'desc' },
  title: { column: 'title', direction: 'asc' },
  '-title': { column: 'title', direction: 'desc' },
}

interface ArticleTree { intro: Block[], sections: Section[] }

async function loadTree (db: Executor, articleId: number): Promise<ArticleTree> {
  const [sectionRows, blockRows, itemRows] = await Promise.all([
    db.selectFrom('sections').select(['id', 'key', 'position', 'heading'])
      .where('article_id', '=', articleId).orderBy('position').execute(),
    db.selectFrom('blocks').select(['id', 'section_id', 'type', 'text', 'style'])
      .where('article_id', '=', articleId).orderBy('section_id').orderBy('position').execute(),
    db.selectFrom('list_items').innerJoin('blocks', 'blocks.id', 'list_items.block_id')
      .select(['list_items.block_id', 'list_items.text'])
      .where('blocks.article_id', '=', articleId)
      .orderBy('list_items.block_id').orderBy('list_items.position').execute(),
  ])
  const itemsByBlock = new Map<number, Array<{ text: string }>>()
  for (const item of itemRows) {
    let items = itemsByBlock.get(item.block_id)
    if (!items) itemsByBlock.set(item.block_id, items = [])
    items.push({ text: item.text })
  }
  const intro: Block[] = []
  const blocksBySection = new Map<number, Block[]>()
  for (const row of blockRows) {
    const block: Block = row.type === 'paragraph'
      ? { type: 'paragraph', text: row.text ?? '' }
      : { type: 'list', style: row.style ?? 'bullet', items: itemsByBlock.get(row.id) ?? [] }
    if (row.section_id === null) {
      intro.push(block)
    } else {
      let blocks = blocksBySection.get(row.section_id)
      if (!blocks) blocksBySection.set(row.section_id, blocks = [])
      blocks.push(block)
    }
  }
  const sections = sectionRows.map((row) => ({
    key: row.key, position: row.position, heading: row.heading, blocks: blocksBySection.get(row.id) ?? [],
  }))
  return { intro, sections }
}

async function insertBlocks (trx: Executor, articleId: number, sectionId: number | null, blocks: Block[]) {
  for (const [position, block] of blocks.entries()) {
    const { id } = await trx.insertInto('blocks').values({
      article_id: articleId,
      section_id: sectionId,
      position,
      type: block.type,
      text: block.type === 'paragraph' ? block.text : null,
      style: block.type === 'list' ? block.style : null,
    }).returning('id').executeTakeFirstOrThrow()
    if (block.type === 'list' && block.items.length > 0) {
      await trx.insertInto('list_items')
        .values(block.items.map((item, index) => ({ block_id: id, position: index, text: item.text })))
        .execute()
    }
  }
}

/** The published article with this slug: the one lookup every read of a public article starts from. */
const publishedBySlug = (trx: Executor, slug: string) =>
  trx.selectFrom('articles').where('slug', '=', slug).where('status', '=', 'published')

export function createContentRepository (db: Executor): ContentRepository {
  return {
    async listPublishedArticles ({ limit, page, sort }, trx = db) {
      const { column, direction } = SORTS[sort]
      const published = trx.selectFrom('articles').where('status', '=', 'published')
      const [rows, count] = await Promise.all([
        published
          .select(['id', 'slug', 'title', 'excerpt', 'published_at', 'updated_at', 'word_count'])
          .select((eb) => eb.selectFrom('sections').whereRef('sections.article_id', '=', 'articles.id')
            .select(eb.fn.countAll<number>().as('n')).as('section_count'))
          .orderBy(column, direction).orderBy('id', direction)
          .limit(limit).offset((page - 1) * limit)
          .execute(),
        published.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
      ])
      return {
        total: Number(count.total),
        articles: rows.map((row) => ({
          slug: row.slug,
          title: row.title,
          excerpt: row.excerpt,
          published_at: row.published_at as string,
          updated_at: row.updated_at,
          word_count: row.word_count,
          reading_time_minutes: readingTimeMinutes(row.word_count),
          section_count: Number(row.section_count ?? 0),
        })),
      }
    },

    async findPublishedArticle (slug, trx = db) {
      const row = await publishedBySlug(trx, slug)
        .select(['id', 'slug', 'title', 'excerpt', 'published_at', 'updated_at', 'word_count'])
        .executeTakeFirst()
      if (!row) return undefined
      const { intro, sections } = await loadTree(trx, row.id)
      return {
        slug: row.slug,
        title: row.title,
        excerpt: row.excerpt,
        intro,
        sections,
        toc: sections.map(({ key, heading }) => ({ key, heading })),
        published_at: row.published_at as string,
        updated_at: row.updated_at,
        word_count: row.word_count,
        reading_time_minutes: readingTimeMinutes(row.word_count),
      }
    },

    async publishedArticleState (slug, trx = db) {
      const row = await publishedBySlug(trx, slug).select(['id', 'version', 'reviews_version']).executeTakeFirst()
      return row && { id: row.id, version: row.version, reviewsVersion: row.reviews_version }
    },

    async findPublishedId (slug, trx = db) {
      return (await publishedBySlug(trx, slug).select('id').executeTakeFirst())?.id
    },

    async upsertArticle (input, now = new Date(), trx) {
      const sections = normalizeSections(input)
      const tree = { intro: input.intro, sections }
      const timestamp = now.toISOString()
      const fields = {
        title: input.title,
        excerpt: input.excerpt ?? deriveExcerpt(input.intro),
        status: input.status,
        published_at: input.status === 'published' ? (input.published_at ?? timestamp) : (input.published_at ?? null),
        word_count: articleWordCount(tree),
      }
      const write = async (trx: Executor): Promise<UpsertResult> => {
        const existing = await trx.selectFrom('articles').selectAll().where('slug', '=', input.slug).executeTakeFirst()
        if (existing) {
          const current = await loadTree(trx, existing.id)
          const unchanged = existing.title === fields.title && existing.excerpt === fields.excerpt &&
            existing.status === fields.status && existing.published_at === fields.published_at &&
            JSON.stringify(current) === JSON.stringify(tree)
          if (unchanged) return { slug: input.slug, version: existing.version, created: false, changed: false }
          await trx.deleteFrom('sections').where('article_id', '=', existing.id).execute()
          await trx.deleteFrom('blocks').where('article_id', '=', existing.id).execute()
        }
        const { id, version } = existing
          ? await trx.updateTable('articles')
            .set((eb) => ({ ...fields, updated_at: timestamp, version: eb('version', '+', 1) }))
            .where('id', '=', existing.id).returning(['id', 'version']).executeTakeFirstOrThrow()
          : await trx.insertInto('articles')
            .values({ ...fields, slug: input.slug, created_at: timestamp, updated_at: timestamp })
            .returning(['id', 'version']).executeTakeFirstOrThrow()
        await insertBlocks(trx, id, null, input.intro)
        for (const section of sections) {
          const { id: sectionId } = await trx.insertInto('sections')
            .values({ article_id: id, key: section.key, position: section.position, heading: section.heading })
            .returning('id').executeTakeFirstOrThrow()
          await insertBlocks(trx, id, sectionId, section.blocks)
        }
        return { slug: input.slug, version, created: !existing, changed: true }
      }
      return inTransaction(db, trx, write)
    },

    async countArticles (trx = db) {
      const row = await trx.selectFrom('articles').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
      return Number(row.n)
    },
  }
}
