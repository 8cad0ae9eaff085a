// Content queries: published articles as domain values, and whole-article upserts for seeding and authoring.
import type { Kysely } from 'kysely'
import type { Database } from '../db/schema.js'
import type { StoredArticle, ArticleInput, ArticleSort, ArticleSummary, Block, Section } from './schemas.js'
import { blockTexts, countWords, deriveExcerpt, readingTimeMinutes, slugify } from './text.js'

export interface ArticleListOptions { limit: number, page: number, sort: ArticleSort }

export interface UpsertResult { slug: string, version: number, created: boolean, changed: boolean }

export interface ContentRepository {
  listPublishedArticles(options: ArticleListOptions): Promise<{ articles: ArticleSummary[], total: number }>
  findPublishedArticle(slug: string): Promise<StoredArticle | undefined>
  /** Cheap freshness check (one indexed row): the versions of a published article's content and of its reviews. */
  publishedArticleState(slug: string): Promise<{ version: number, reviewsVersion: number } | undefined>
  isPublished(slug: string): Promise<boolean>
  upsertArticle(input: ArticleInput, now?: Date): Promise<UpsertResult>
  countArticles(): Promise<number>
}

const SORTS: Record<ArticleSort, { column: 'published_at' | 'title', direction: 'asc' | 'desc' }> = {
  published_at: { column: 'published_at', direction: 'asc' },
  '-published_at': { column: 'published_at', direction: 'desc' },
  title: { column: 'title', direction: 'asc' },
  '-title': { column: 'title', direction: 'desc' },
}

interface ArticleTree { intro: Block[], sections: Section[] }

/** Sections with their keys settled (explicit or slug of the heading) and positions assigned. */
export function normalizeSections (input: ArticleInput): Section[] {
  return input.sections.map((section, position) => ({
    key: section.key ?? slugify(section.heading),
    position,
    heading: section.heading,
    blocks: section.blocks,
  }))
}

export function articleWordCount (tree: ArticleTree): number {
  const texts = [...blockTexts(tree.intro), ...tree.sections.flatMap((section) => [section.heading, ...blockTexts(section.blocks)])]
  return texts.reduce((sum, text) => sum + countWords(text), 0)
}

async function loadTree (db: Kysely<Database>, articleId: number): Promise<ArticleTree> {
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

async function insertBlocks (trx: Kysely<Database>, articleId: number, sectionId: number | null, blocks: Block[]) {
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

export function createContentRepository (db: Kysely<Database>): ContentRepository {
  return {
    async listPublishedArticles ({ limit, page, sort }) {
      const { column, direction } = SORTS[sort]
      const published = db.selectFrom('articles').where('status', '=', 'published')
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

    async findPublishedArticle (slug) {
      const row = await db.selectFrom('articles')
        .select(['id', 'slug', 'title', 'excerpt', 'published_at', 'updated_at', 'word_count'])
        .where('slug', '=', slug).where('status', '=', 'published')
        .executeTakeFirst()
      if (!row) return undefined
      const { intro, sections } = await loadTree(db, row.id)
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

    async publishedArticleState (slug) {
      const row = await db.selectFrom('articles').select(['version', 'reviews_version'])
        .where('slug', '=', slug).where('status', '=', 'published').executeTakeFirst()
      return row && { version: row.version, reviewsVersion: row.reviews_version }
    },

    async isPublished (slug) {
      return (await this.publishedArticleState(slug)) !== undefined
    },

    async upsertArticle (input, now = new Date()) {
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
      return db.transaction().execute(async (trx) => {
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
      })
    },

    async countArticles () {
      const row = await db.selectFrom('articles').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
      return Number(row.n)
    },
  }
}
