// Full-text search over published articles (SQLite FTS5, migrations/008_search.sql): the index's rows kept equal to
// the content by saveDocument, in its transaction, and the ranked search with snippets, in one query.
import { sql } from 'kysely'
import type { Executor } from '../db/schema.js'
import type { ArticleDocument } from './document.js'
import { indexTextOf, invalidSearchQuery, SNIPPET_CLOSE, SNIPPET_OPEN, type SearchExpressions } from './search-query.js'
import { blockTexts } from './text.js'

/** bm25 weight of a match per column: one in the title counts ten times, one in a heading five times, as much as one in the body text. */
export const SEARCH_WEIGHTS = { title: 10, heading: 5, body: 1 } as const
/** Words of context in a snippet (FTS5 allows up to 64). */
export const SNIPPET_WORDS = 24
/** Significant digits of the score in responses. */
const SCORE_DIGITS = 6
/** What SQLite says when FTS5 cannot parse a MATCH expression. */
const FTS5_QUERY_ERROR = /^(fts5: |unterminated string|unknown special query|no such column)/

interface PartText { title: string, heading: string, body: string }

/**
 * searchExpressions quotes every term, so FTS5 has nothing to refuse; should it refuse an expression all the same,
 * that is a query this API cannot search for (a 400 naming q), not a server error.
 */
function asQueryProblem (error: unknown): never {
  if (error instanceof Error && FTS5_QUERY_ERROR.test(error.message)) throw invalidSearchQuery(`cannot be searched for (${error.message})`)
  throw error
}

/** The searchable parts of a document: its title and intro (section key null), then one per section (no title). */
export function searchPartsOf (document: Pick<ArticleDocument, 'title' | 'intro' | 'sections'>): Array<PartText & { sectionKey: string | null }> {
  const body = (blocks: ArticleDocument['intro']) => indexTextOf(blockTexts(blocks).join('\n'))
  return [
    { sectionKey: null, title: indexTextOf(document.title), heading: '', body: body(document.intro) },
    ...document.sections.map((section) => ({ sectionKey: section.key, title: '', heading: indexTextOf(section.heading), body: body(section.blocks) })),
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
    trx.selectFrom('search_parts').select(['id', 'section_id', 'title', 'heading', 'body']).where('article_id', '=', articleId).execute(),
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
    } else if (old.title !== text.title || old.heading !== text.heading || old.body !== text.body) {
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
  /** FTS5's snippet, matches between SNIPPET_OPEN and SNIPPET_CLOSE, not escaped. */
  snippet: string
  /** Relevance: bm25, higher is better. */
  score: number
}

export interface SearchRepository {
  /**
   * A page of the published articles that match every term of a query (anywhere in the article), best first, and how
   * many there are. Each comes with its part that matches the query best (see searchExpressions).
   */
  search(query: SearchExpressions, page: { limit: number, page: number }, trx?: Executor): Promise<{ hits: SearchHit[], total: number }>
}

interface HitRow {
  total: number
  slug: string | null
  title: string | null
  section_key: string | null
  heading: string | null
  rank: number | null
  body_snippet: string | null
  any_snippet: string | null
}

export function createSearchRepository (db: Executor): SearchRepository {
  return {
    async search ({ any, each }, { limit, page }, trx = db) {
      const { title, heading, body } = SEARCH_WEIGHTS
      // An article must hold every term, but not necessarily in one part: with several terms, one lookup per term
      // finds the articles that have it (each an IN list SQLite builds once).
      const hasEveryTerm = each.length < 2
        ? sql``
        : sql.join(each.map((term) => sql`
            AND articles.id IN (SELECT search_parts.article_id FROM search_index CROSS JOIN search_parts ON search_parts.id = search_index.rowid
              WHERE search_index MATCH ${term})`), sql``)
      // 1. matches: every part holding any term, with its bm25 rank (lower is better). 2. best: per article, its best
      // part (ties: the title-and-intro part, then the older part), if the article is published and has every term.
      // 3. page: one page of those. 4. The total, and the page with its sections and snippets: snippet() runs for the
      // page's parts only, each found again by rowid. Per matching part the work is one lookup (its article id); the
      // rest is per article or per hit. (CROSS JOIN fixes the join order: from the matches out.)
      const query = sql<HitRow>`
        WITH matches AS MATERIALIZED (
          SELECT rowid AS part_id, bm25(search_index, ${sql.lit(title)}, ${sql.lit(heading)}, ${sql.lit(body)}) AS rank
          FROM search_index WHERE search_index MATCH ${any}
        ),
        best AS MATERIALIZED (
          SELECT best_parts.part_id, best_parts.rank, best_parts.section_id, articles.id AS article_id, articles.slug, articles.title, articles.published_at
          FROM (
            SELECT matches.part_id, matches.rank, search_parts.article_id, search_parts.section_id,
              row_number() OVER (PARTITION BY search_parts.article_id ORDER BY matches.rank, search_parts.section_id IS NOT NULL, matches.part_id) AS place
            FROM matches CROSS JOIN search_parts ON search_parts.id = matches.part_id
          ) AS best_parts
          CROSS JOIN articles ON articles.id = best_parts.article_id
          WHERE best_parts.place = 1 AND articles.status = 'published'${hasEveryTerm}
        ),
        page AS MATERIALIZED (
          SELECT * FROM best ORDER BY rank, published_at DESC, article_id DESC LIMIT ${limit} OFFSET ${(page - 1) * limit}
        ),
        snippets AS (
          SELECT page.*, sections.key AS section_key, sections.heading,
            snippet(search_index, 2, ${SNIPPET_OPEN}, ${SNIPPET_CLOSE}, '…', ${sql.lit(SNIPPET_WORDS)}) AS body_snippet,
            snippet(search_index, -1, ${SNIPPET_OPEN}, ${SNIPPET_CLOSE}, '…', ${sql.lit(SNIPPET_WORDS)}) AS any_snippet
          FROM page CROSS JOIN search_index LEFT JOIN sections ON sections.id = page.section_id
          WHERE search_index.rowid = page.part_id AND search_index MATCH ${any}
        )
        SELECT totals.total, snippets.slug, snippets.title, snippets.section_key, snippets.heading, snippets.rank,
          snippets.body_snippet, snippets.any_snippet
        FROM (SELECT count(*) AS total FROM best) AS totals
        LEFT JOIN snippets ON 1
        ORDER BY snippets.rank, snippets.published_at DESC, snippets.article_id DESC`
      const { rows } = await query.execute(trx).catch(asQueryProblem)
      const total = Number(rows[0]?.total ?? 0)
      const hits = rows.filter((row) => row.slug !== null).map((row): SearchHit => ({
        slug: row.slug!,
        title: row.title!,
        section_key: row.section_key,
        heading: row.heading,
        // The body around the match; when only the title or the heading matched, that, marked.
        snippet: row.body_snippet?.includes(SNIPPET_OPEN) ? row.body_snippet : row.any_snippet ?? '',
        score: Number((-row.rank!).toPrecision(SCORE_DIGITS)),
      }))
      return { hits, total }
    },
  }
}
