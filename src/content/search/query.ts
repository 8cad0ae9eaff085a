// Search queries and snippets, the same on every engine: what a reader types becomes a list of terms (or a 400 naming
// /query/q), which each engine's query (search-sqlite.ts, search-postgres.ts) searches for; its marked-up snippet
// becomes escaped HTML with the configured marks.
import { escapeHtml } from '../../base/markup.js'
import { badRequest } from '../../http/errors.js'

/** Longest `q` accepted (characters). */
export const MAX_QUERY_LENGTH = 200
/** Most words and phrases in one query: each is a lookup of its own in the index, as long as the word is common. */
export const MAX_QUERY_TERMS = 10
/** Shortest prefix in `word*`: shorter ones stand for hundreds of words, which are slow to look up and rarely meant. */
export const MIN_PREFIX_LENGTH = 3

/** A word or "a phrase" of the query; `prefix` when followed by `*`. */
export interface SearchTerm { text: string, phrase: boolean, prefix: boolean }

/** A 400 for a `q` that cannot be searched for, worded as the validation of the query string words it. */
export const invalidSearchQuery = (message: string) =>
  badRequest('The request has 1 invalid field: /query/q', [{ path: '/query/q', message }])

// What FTS5's unicode61 tokenizer keeps (its default categories L*, N* and Co); everything else separates words.
const WORD_CHARACTER = /[\p{L}\p{N}\p{Co}]/u
/** The words of a text, as FTS5 splits it (for String.prototype.match and matchAll). */
export const WORDS = /[\p{L}\p{N}\p{Co}]+/gu
/** Whether text has a word in it (a letter or digit), as FTS5 splits text into words. */
export const hasWord = (text: string) => WORD_CHARACTER.test(text)
// C0/C1 controls (NUL would end the MATCH string early inside SQLite) and unpaired surrogates.
const UNUSABLE = /[\p{Cc}\p{Cs}]/gu
const SPACE = /\s/u

/**
 * The words and phrases of a query: `"…"` is a phrase (an unclosed quote runs to the end), a trailing `*` makes a word
 * or a phrase's last word a prefix. Every other character is text: FTS5 operators (AND, OR, NOT, NEAR), column
 * filters (`title:`), `^`, `+`, `-`, parentheses, tsquery's `&`, `|`, `!`, `<->`, `:*` and websearch syntax (`-word`,
 * `or`) are searched for as words, or are separators between them. Terms without a letter or digit are dropped.
 */
export function parseSearchQuery (q: string): SearchTerm[] {
  // NFC: "e" + combining acute, as a keyboard or a Mac file name may send it, is the "é" the index holds.
  const text = q.normalize('NFC').replace(UNUSABLE, ' ')
  const terms: SearchTerm[] = []
  let i = 0
  while (i < text.length) {
    if (SPACE.test(text[i]!)) {
      i++
      continue
    }
    let term: string
    let phrase: boolean
    if (text[i] === '"') {
      const close = text.indexOf('"', i + 1)
      term = text.slice(i + 1, close === -1 ? text.length : close)
      i = close === -1 ? text.length : close + 1
      phrase = true
    } else {
      let end = i
      while (end < text.length && !SPACE.test(text[end]!) && text[end] !== '"') end++
      term = text.slice(i, end)
      i = end
      phrase = false
    }
    let prefix = false
    if (phrase) {
      while (text[i] === '*') { prefix = true; i++ }
    } else if (term.endsWith('*')) {
      prefix = true
      term = term.replace(/\*+$/, '')
    }
    term = term.trim()
    if (hasWord(term)) terms.push({ text: term, phrase, prefix })
  }
  return terms
}

/** The last word of a term (its letters and digits after the last other character), or ''. */
export const lastWordOf = (text: string) => text.match(WORDS)?.at(-1) ?? ''

/**
 * The terms of a query, each once (a word and the same word as a phrase mean the same): what the engines search for.
 * Throws a 400 (invalidSearchQuery) for a query without a word to search for, with too many terms, or with a prefix too
 * short to be useful.
 */
export function searchTerms (q: string): SearchTerm[] {
  const terms = parseSearchQuery(q)
  if (terms.length === 0) throw invalidSearchQuery('must contain a letter or digit to search for')
  if (terms.length > MAX_QUERY_TERMS) throw invalidSearchQuery(`must have at most ${MAX_QUERY_TERMS} words and phrases`)
  for (const term of terms) {
    const word = lastWordOf(term.text)
    if (term.prefix && [...word].length < MIN_PREFIX_LENGTH) {
      throw invalidSearchQuery(`must have at least ${MIN_PREFIX_LENGTH} letters or digits before a * (got "${word}*")`)
    }
  }
  const seen = new Set<string>()
  return terms.filter((term) => {
    const key = JSON.stringify([term.text, term.prefix])
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/**
 * Weight of a match per column: one in the title counts ten times, one in a heading five times, as much as one in the
 * body text (bm25's column weights on SQLite; on PostgreSQL, ts_rank's class weights relative to the title's); one in
 * a code block a fifth of one in the prose: code is searchable, but an article that says a word ranks above one whose
 * code merely holds it.
 */
export const SEARCH_WEIGHTS = { title: 10, heading: 5, body: 1, code: 0.2 } as const
/** Words of context in a snippet (FTS5 allows up to 64). */
export const SNIPPET_WORDS = 24

/**
 * What snippets (FTS5's snippet(), PostgreSQL's ts_headline) are asked to put around matches: Unicode noncharacters,
 * which indexed text never holds (indexTextOf replaces them), so after escaping the text they can be told from it and
 * replaced by the real marks.
 */
export const SNIPPET_OPEN = '\uFDD0'
export const SNIPPET_CLOSE = '\uFDD1'
const SNIPPET_MARKERS = /[\uFDD0\uFDD1]/g

/** Text as the search index holds it: the snippet markers cannot occur in it. */
export const indexTextOf = (text: string) => text.replace(SNIPPET_MARKERS, '\uFFFD')

export interface SnippetMarks { open: string, close: string }

/** A snippet as HTML: the text escaped and on one line (blocks are separate lines), each match between the marks. */
export function renderSnippet (raw: string, marks: SnippetMarks): string {
  return escapeHtml(raw).replace(/\s+/g, ' ').trim()
    .replace(SNIPPET_MARKERS, (marker) => marker === SNIPPET_OPEN ? marks.open : marks.close)
}
