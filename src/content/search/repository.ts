// Full-text search over published articles (migrations/008_search.sql on each engine): the index's rows kept equal to
// the content by saveDocument, in its transaction, and the ranked search with snippets by the engine's own query.
import type { Engine } from '../../db/handle.js'
import type { Executor } from '../../db/schema.js'
import type { ArticleDocument } from '../model/document.js'
import { indexTextOf, type SearchTerm } from './query.js'
import { searchPostgres } from './postgres.js'
import { searchSqlite } from './sqlite.js'
import type { Block } from '../model/blocks.js'
import { blockText } from '../model/plain-text.js'

/** Significant digits of the score in responses. */
const SCORE_DIGITS = 6

interface PartText { title: string, heading: string, body: string, code: string }

/**
 * The searchable text of blocks, at any depth: `prose` holds the plain text (model/plain-text.ts) of every paragraph,
 * subheading, list item, quote, table, footnote and image alt (links and emphasis are their words), one text per
 * line, in document order; `code` the code blocks' text, wherever they are (in a list item or a quote too). Raw HTML
 * and thematic breaks hold no words.
 */
export function searchTextOf (blocks: readonly Block[]): { prose: string[], code: string[] } {
  const prose: string[] = []
  const code: string[] = []
  const walk = (nodes: readonly Block[]) => {
    for (const block of nodes) {
      switch (block.type) {
        case 'code': code.push(block.value); break
        // An item without blocks is still a line (''), as migration 008 indexed the empty items of old lists.
        case 'list':
          for (const item of block.items) {
            if (item.children.length === 0) prose.push(item.text)
            else walk(item.children)
          }
          break
        case 'blockquote': case 'footnoteDefinition': walk(block.children); break
        case 'thematicBreak': case 'html': break
        default: prose.push(blockText(block))
      }
    }
  }
  walk(blocks)
  return { prose, code }
}

/** The searchable parts of a document: its title and intro (section key null), then one per section (no title). */
export function searchPartsOf (document: Pick<ArticleDocument, 'title' | 'intro' | 'sections'>): Array<PartText & { sectionKey: string | null }> {
  const texts = (blocks: readonly Block[]) => {
    const { prose, code } = searchTextOf(blocks)
    return { body: indexTextOf(prose.join('\n')), code: indexTextOf(code.join('\n')) }
  }
  return [
    { sectionKey: null, title: indexTextOf(document.title), heading: '', ...texts(document.intro) },
    ...document.sections.map((section) => ({ sectionKey: section.key, title: '', heading: indexTextOf(section.heading), ...texts(section.blocks) })),
  ]
}

/**
 * Makes the article's search parts those of `document` (as saved just now, in `trx`): parts whose text changed are
 * rewritten, new sections get theirs; parts of removed sections went with the sections (ON DELETE CASCADE), and any
 * left over are deleted. Unchanged parts are not touched, so editing one section reindexes that section only.
 */
export async function reindexArticle (trx: Executor, articleId: number, document: ArticleDocument): Promise<void> {
  const [sections, stored] = await Promise.all([
    trx.selectFrom('sections').select(['id', 'key']).where('article_id', '=', articleId).execute(),
    trx.selectFrom('search_parts').select(['id', 'section_id', 'title', 'heading', 'body', 'code']).where('article_id', '=', articleId).execute(),
  ])
  const sectionIds = new Map(sections.map((section) => [section.key, section.id]))
  const storedByContainer = new Map(stored.map((part) => [part.section_id, part]))
  for (const { sectionKey, ...text } of searchPartsOf(document)) {
    const sectionId = sectionKey === null ? null : sectionIds.get(sectionKey)
    if (sectionId === undefined) throw new Error(`reindexArticle: article ${articleId} has no stored section "${sectionKey}"`)
    const old = storedByContainer.get(sectionId)
    storedByContainer.delete(sectionId)
    if (!old) {
      await trx.insertInto('search_parts').values({ article_id: articleId, section_id: sectionId, ...text }).execute()
    } else if (old.title !== text.title || old.heading !== text.heading || old.body !== text.body || old.code !== text.code) {
      await trx.updateTable('search_parts').set(text).where('id', '=', old.id).execute()
    }
  }
  const leftOver = [...storedByContainer.values()].map((part) => part.id)
  if (leftOver.length > 0) await trx.deleteFrom('search_parts').where('id', 'in', leftOver).execute()
}

/** A published article that matches, by its best-matching part. */
export interface SearchHit {
  slug: string
  title: string
  /** null: the best match is in the title or the intro. */
  section_key: string | null
  heading: string | null
  /** The text around the matches, between SNIPPET_OPEN and SNIPPET_CLOSE, not escaped; '…' where the text goes on. */
  snippet: string
  /** Relevance, higher is better: from bm25 on SQLite, ts_rank on PostgreSQL (not comparable across engines). */
  score: number
}

export interface SearchPage { limit: number, page: number }

/** A hit as an engine's query finds it: relevance, higher is better, not yet rounded to a score. */
export type DialectHit = Omit<SearchHit, 'score'> & { relevance: number }

/**
 * One engine's search query (search-sqlite.ts, search-postgres.ts): a page of the published articles that have every
 * term (anywhere in the article), best first, each at its part that matches best, and how many there are.
 */
export type SearchDialect = (db: Executor, terms: SearchTerm[], page: SearchPage) => Promise<{ hits: DialectHit[], total: number }>

export interface SearchRepository {
  /**
   * A page of the published articles that match every term of a query (anywhere in the article), best first, and how
   * many there are. Each comes with its part that matches the query best (terms from searchTerms).
   */
  search(terms: SearchTerm[], page: SearchPage, trx?: Executor): Promise<{ hits: SearchHit[], total: number }>
}

/** The search of the database's engine: the only place that tells them apart. */
export function createSearchRepository (db: Executor, engine: Engine): SearchRepository {
  const dialect = engine === 'postgres' ? searchPostgres : searchSqlite
  return {
    async search (terms, page, trx = db) {
      const { hits, total } = await dialect(trx, terms, page)
      return { hits: hits.map(({ relevance, ...hit }) => ({ ...hit, score: Number(relevance.toPrecision(SCORE_DIGITS)) })), total }
    },
  }
}
