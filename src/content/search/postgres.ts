// Search on PostgreSQL (migrations/postgres/008_search.sql and 012_search_code.sql): the reader's terms as tsqueries that PostgreSQL builds
// from bound text, parts ranked with ts_rank, snippets by ts_headline, in one query; hits and snippets in the same
// format as on SQLite (sqlite.ts). repository.ts picks it for PostgreSQL databases.
import { sql, type RawBuilder } from 'kysely'
import type { SearchDialect, SearchPage } from './repository.js'
import {
  hasWord, invalidSearchQuery, lastWordOf, SEARCH_WEIGHTS, SNIPPET_CLOSE, SNIPPET_OPEN, SNIPPET_WORDS, WORDS, type SearchTerm,
} from './query.js'

/** ts_rank's weight per class {D, C, B, A} (code D, body C, heading B, title A): SEARCH_WEIGHTS relative to the title's. */
const RANK_WEIGHTS = `{${SEARCH_WEIGHTS.code / SEARCH_WEIGHTS.title}, ${SEARCH_WEIGHTS.body / SEARCH_WEIGHTS.title}, ${SEARCH_WEIGHTS.heading / SEARCH_WEIGHTS.title}, 1}`
/**
 * ts_rank normalization 1: the rank divided by 1 + log(the part's length in words), so that of two parts with the same
 * matches the shorter ranks first, as with bm25.
 */
const RANK_NORMALIZATION = 1
/**
 * ts_headline's options: one fragment of at most SNIPPET_WORDS words around the best match, grown on both sides (as
 * FTS5's snippet()), no short words trimmed off its ends, matches between the snippet markers.
 */
const HEADLINE_OPTIONS = `StartSel="${SNIPPET_OPEN}", StopSel="${SNIPPET_CLOSE}", MaxWords=${SNIPPET_WORDS}, MinWords=${SNIPPET_WORDS / 2}, ` +
  'ShortWord=0, HighlightAll=false, MaxFragments=1'
/**
 * What ts_headline gets instead of `<`: PostgreSQL's parser takes `<…>` for an HTML tag and leaves it out of headlines,
 * but the text is plain text, to be shown as written. One character for one, so positions in the text carry over.
 */
const LESS_THAN_STAND_IN = '\u0001'
/**
 * PostgreSQL's errors about the text of a tsquery, which only a reader's text could cause: syntax (42601), a phrase
 * distance (22023) and size limits (54000). Others, such as a missing text search configuration, are server errors.
 */
const TSQUERY_ERROR_CODES = new Set(['42601', '22023', '54000'])
const TSQUERY_ERROR = /tsquery|tsvector|phrase operator/

/**
 * A term as a tsquery, built by PostgreSQL from the term's text as a bound parameter: nothing a reader types is tsquery
 * syntax. phraseto_tsquery splits the text into words as to_tsvector splits the indexed text (english stemming,
 * unaccent, stop words left out, their places kept: "power of healthcare" is 'power' <2> 'healthcar'), and a term of
 * several words is a phrase, as on SQLite. A term of stop words only is an empty tsquery: it matches nothing and is
 * left out of `each`. For a prefix, `:*` goes after the last lexeme of that tsquery's own text (tsquery text ends with
 * its last lexeme, quoted), and the text becomes a tsquery again; unless the last word is a stop word, which the
 * phrase does not have (then the term is the words before it).
 */
export function termQuery ({ text, prefix }: SearchTerm): RawBuilder<unknown> {
  const phrase = sql`phraseto_tsquery('content_search', ${text})`
  if (!prefix) return phrase
  return sql`(CASE WHEN numnode(phraseto_tsquery('content_search', ${lastWordOf(text)})) = 0 THEN ${phrase}
    ELSE regexp_replace(${phrase}::text, '''$', ''':*')::tsquery END)`
}

/**
 * termQuery never builds a tsquery PostgreSQL could refuse; should it refuse one all the same, that is a query this
 * API cannot search for (a 400 naming q), not a server error.
 */
export function asTsqueryProblem (error: unknown): never {
  const code = (error as { code?: unknown }).code
  if (error instanceof Error && TSQUERY_ERROR_CODES.has(String(code)) && TSQUERY_ERROR.test(error.message)) {
    throw invalidSearchQuery(`cannot be searched for (${error.message})`)
  }
  throw error
}

/**
 * The snippet of `text` from ts_headline's `headline` (of the text with `<` as LESS_THAN_STAND_IN), as FTS5's
 * snippet() has it: the same piece of the text with the same marks; SNIPPET_WORDS words where the text has them
 * (ts_headline grows its fragment to the left by at most half the words it lacks, FTS5 from either side: the words
 * it did not take on the right come from the left); punctuation at the ends of the text kept; '…' where the text goes
 * on.
 */
export function snippetOf (headline: string, text: string): string {
  const isMarker = (unit: string) => unit === SNIPPET_OPEN || unit === SNIPPET_CLOSE
  const piece = [...headline].filter((character) => !isMarker(character)).join('')
  const start = text.replaceAll('<', LESS_THAN_STAND_IN).indexOf(piece)
  // ts_headline returns a piece of the text it was given; should it not, its words, with `<` back.
  if (start === -1) return headline.replaceAll(LESS_THAN_STAND_IN, '<')
  let end = start
  let marked = ''
  for (let index = 0; index < headline.length; index++) marked += isMarker(headline[index]!) ? headline[index] : text[end++]
  const missing = SNIPPET_WORDS - (piece.match(WORDS)?.length ?? 0)
  let from = missing > 0 ? [...text.slice(0, start).matchAll(WORDS)].at(-missing)?.index ?? 0 : start
  if (!hasWord(text.slice(0, from))) from = 0
  const to = hasWord(text.slice(end)) ? end : text.length
  return `${from > 0 ? '…' : ''}${`${text.slice(from, start)}${marked}${text.slice(end, to)}`.trim()}${to < text.length ? '…' : ''}`
}

export interface HitRow {
  total: number
  slug: string | null
  title: string | null
  section_key: string | null
  heading: string | null
  rank: number | null
  body: string | null
  body_headline: string | null
  label: string | null
  label_headline: string | null
  code: string | null
  code_headline: string | null
}

/** The search query for the terms of a query (searchPostgres runs it; tests EXPLAIN it). */
export function postgresSearchQuery (terms: SearchTerm[], { limit, page }: SearchPage): RawBuilder<HitRow> {
  const termQueries = terms.map(termQuery)
  const any = sql`(${sql.join(termQueries, sql` || `)})`
  // An article must hold every term, but not necessarily in one part: one index lookup per term, for a term that is
  // not stop words only (numnode 0; PostgreSQL plans with the parameters' values, so that test costs nothing).
  const hasEveryTerm = termQueries.length < 2
    ? sql``
    : sql.join(termQueries.map((query) => sql`
        AND (numnode(${query}) = 0 OR articles.id IN (SELECT search_parts.article_id FROM search_parts WHERE search_parts.document @@ ${query}))`), sql``)
  const headline = (text: RawBuilder<unknown>) => sql`ts_headline('content_search', replace(${text}, '<', ${LESS_THAN_STAND_IN}), ${any}, ${HEADLINE_OPTIONS})`
  // As on SQLite: 1. matches: every part holding any term (through the GIN index), with its ts_rank (higher is better).
  // 2. best: per article, its best part (ties: the title-and-intro part, then the older part), if the article is
  // published and has every term. 3. page: one page of those. 4. The total, and the page with its sections and
  // headlines: ts_headline runs for the page's parts only. A part's label is its title (the title-and-intro part) or
  // its heading (the others); the other one is ''.
  return sql<HitRow>`
    WITH matches AS MATERIALIZED (
      SELECT search_parts.id AS part_id, search_parts.article_id, search_parts.section_id,
        ts_rank(${RANK_WEIGHTS}::real[], search_parts.document, ${any}, ${sql.lit(RANK_NORMALIZATION)}) AS rank
      FROM search_parts WHERE search_parts.document @@ ${any}
    ),
    best AS MATERIALIZED (
      SELECT best_parts.part_id, best_parts.rank, best_parts.section_id, articles.id AS article_id, articles.slug, articles.title, articles.published_at
      FROM (
        SELECT DISTINCT ON (matches.article_id) matches.*
        FROM matches ORDER BY matches.article_id, matches.rank DESC, matches.section_id IS NOT NULL, matches.part_id
      ) AS best_parts
      JOIN articles ON articles.id = best_parts.article_id
      WHERE articles.status = 'published'${hasEveryTerm}
    ),
    page AS MATERIALIZED (
      SELECT * FROM best ORDER BY rank DESC, published_at DESC, article_id DESC LIMIT ${limit} OFFSET ${(page - 1) * limit}
    ),
    snippets AS (
      SELECT page.*, sections.key AS section_key, sections.heading, search_parts.body, search_parts.title || search_parts.heading AS label,
        ${headline(sql`search_parts.body`)} AS body_headline,
        ${headline(sql`search_parts.title || search_parts.heading`)} AS label_headline,
        search_parts.code, ${headline(sql`search_parts.code`)} AS code_headline
      FROM page JOIN search_parts ON search_parts.id = page.part_id LEFT JOIN sections ON sections.id = page.section_id
    )
    SELECT totals.total, snippets.slug, snippets.title, snippets.section_key, snippets.heading, snippets.rank,
      snippets.body, snippets.body_headline, snippets.label, snippets.label_headline, snippets.code, snippets.code_headline
    FROM (SELECT count(*) AS total FROM best) AS totals
    LEFT JOIN snippets ON true
    ORDER BY snippets.rank DESC, snippets.published_at DESC, snippets.article_id DESC`
}

export const searchPostgres: SearchDialect = async (db, terms, page) => {
  const { rows } = await postgresSearchQuery(terms, page).execute(db).catch(asTsqueryProblem)
  const total = Number(rows[0]?.total ?? 0)
  const hits = rows.filter((row) => row.slug !== null).map((row) => {
    // The body around the match; when only the title or the heading matched, that, marked; when only code, the code.
    // (FTS5's snippet() picks the column with the most matches: the body, label and code of a part seldom share one.)
    const marked = (headline: string) => headline.includes(SNIPPET_OPEN)
    const snippet = marked(row.body_headline!) || (!marked(row.label_headline!) && !marked(row.code_headline!) && hasWord(row.body!))
      ? snippetOf(row.body_headline!, row.body!)
      : marked(row.code_headline!) && !marked(row.label_headline!)
        ? snippetOf(row.code_headline!, row.code!)
        : snippetOf(row.label_headline!, row.label!)
    return { slug: row.slug!, title: row.title!, section_key: row.section_key, heading: row.heading, snippet, relevance: row.rank! }
  })
  return { hits, total }
}
