// Search on SQLite (FTS5, migrations/008_search.sql and 012_search_code.sql): the reader's terms as FTS5 MATCH expressions and the ranked
// search with snippets, in one query. repository.ts picks it for SQLite databases.
import { sql } from 'kysely'
import type { Executor } from '../../db/schema.js'
import type { SearchDialect } from './repository.js'
import { invalidSearchQuery, SEARCH_WEIGHTS, SNIPPET_CLOSE, SNIPPET_OPEN, SNIPPET_WORDS, type SearchTerm } from './query.js'

/** What SQLite says when FTS5 cannot parse a MATCH expression. */
const FTS5_QUERY_ERROR = /^(fts5: |unterminated string|unknown special query|no such column)/

/** A query as FTS5 MATCH expressions: `any` matches the parts holding one of its terms, `each` has one per term. */
export interface Fts5Expressions { any: string, each: string[] }

/**
 * The FTS5 MATCH expressions for the terms of a query. Every term is an FTS5 string (`"…"`, quotes doubled, `*` after
 * it for a prefix), so nothing a reader types is FTS5 syntax: FTS5 splits a string into words as it indexes text, and
 * a string of several words is a phrase.
 */
export function fts5Expressions (terms: SearchTerm[]): Fts5Expressions {
  const each = [...new Set(terms.map((term) => `"${term.text.replace(/"/g, '""')}"${term.prefix ? ' *' : ''}`))]
  return { any: each.join(' OR '), each }
}

/**
 * fts5Expressions quotes every term, so FTS5 has nothing to refuse; should it refuse an expression all the same,
 * that is a query this API cannot search for (a 400 naming q), not a server error.
 */
function asQueryProblem (error: unknown): never {
  if (error instanceof Error && FTS5_QUERY_ERROR.test(error.message)) throw invalidSearchQuery(`cannot be searched for (${error.message})`)
  throw error
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

export const searchSqlite: SearchDialect = (db, terms, page) => searchFts5(db, fts5Expressions(terms), page)

/** The search for FTS5 MATCH expressions (searchSqlite's query; tests give it expressions FTS5 refuses). */
export async function searchFts5 (db: Executor, { any, each }: Fts5Expressions, { limit, page }: { limit: number, page: number }): ReturnType<SearchDialect> {
  const { title, heading, body, code } = SEARCH_WEIGHTS
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
      SELECT rowid AS part_id, bm25(search_index, ${sql.lit(title)}, ${sql.lit(heading)}, ${sql.lit(body)}, ${sql.lit(code)}) AS rank
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
  const { rows } = await query.execute(db).catch(asQueryProblem)
  const total = Number(rows[0]?.total ?? 0)
  const hits = rows.filter((row) => row.slug !== null).map((row) => ({
    slug: row.slug!,
    title: row.title!,
    section_key: row.section_key,
    heading: row.heading,
    // The body around the match; when only the title, the heading or the code matched, that (the best column), marked.
    snippet: row.body_snippet?.includes(SNIPPET_OPEN) ? row.body_snippet : row.any_snippet ?? '',
    // bm25 is lower for better matches.
    relevance: -row.rank!,
  }))
  return { hits, total }
}
