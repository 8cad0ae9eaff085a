// Generated content for the benchmarks: deterministic articles of realistic size (5–12 sections of paragraphs with
// links, emphasis and inline code, lists, code blocks, subheadings, quotes and tables; an author, tags, some approved
// reviews), and a fast writer that stores many of them in big transactions through the app's own repositories (the
// same rows, search index and revisions an author's write leaves), on either engine.
import { statSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import type { FastifyInstance } from 'fastify'
import { sql } from 'kysely'
import { buildApp } from '../../src/app.js'
import { loadConfig } from '../../src/config.js'
import { describeChange, documentAsInput, documentFromInput, settleDocument } from '../../src/content/model/document.js'
import type { ArticleInput, BlockInput } from '../../src/content/model/schemas.js'

/** A deterministic generator (mulberry32): the same seed gives the same articles on every run. */
export function createRandom (seed = 42) {
  let state = seed
  return () => {
    state |= 0; state = state + 0x6D2B79F5 | 0
    let t = Math.imul(state ^ state >>> 15, 1 | state)
    t = t + Math.imul(t ^ t >>> 7, 61 | t) ^ t
    return ((t ^ t >>> 14) >>> 0) / 4294967296
  }
}

const syllables = ['ka', 'lo', 'mi', 'ra', 'ten', 'sul', 'bor', 'vi', 'na', 'pe', 'dor', 'gan', 'tis', 'mel', 'cu', 'zan']
/** 20,000 made-up words; word k (from 1) is drawn with probability about 1/(k ln V), as in natural text. */
export const vocabulary = Array.from({ length: 20_000 }, (_, index) => {
  let word = ''
  for (let n = index + 1; n > 0; n = Math.floor(n / syllables.length)) word += syllables[n % syllables.length]
  return word
})
/** Real words mixed in, each in about one article in twelve, to search for. */
export const PLANTED_WORDS = ['healthcare', 'internship', 'medical', 'coding', 'clinic', 'nursing', 'radiology', 'café']
const TAGS = Array.from({ length: 60 }, (_, index) => `Topic ${vocabulary[index * 7 + 3]!} ${index}`)
const AUTHORS = Array.from({ length: 40 }, (_, index) => `Author ${vocabulary[index * 11 + 5]!} ${index}`)

/** The slug of the index-th tag name, as the app derives it (`Topic kalo 3` → `topic-kalo-3`). */
export const tagSlug = (index: number) => TAGS[index % TAGS.length]!.toLowerCase().replace(/ /g, '-')

export function createArticleGenerator (random = createRandom()) {
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1))
  const word = () => {
    if (random() < 0.001) return PLANTED_WORDS[Math.floor(random() * PLANTED_WORDS.length)]!
    return vocabulary[Math.floor(Math.exp(random() * Math.log(vocabulary.length))) - 1]!
  }
  const sentence = (words: number) => Array.from({ length: words }, word).join(' ')
  const text = (value: string) => ({ type: 'text' as const, value })
  /** A paragraph as real posts write them: mostly words, with a link, emphasis or inline code every few sentences. */
  const paragraph = (): BlockInput => {
    if (random() < 0.4) return { type: 'paragraph', text: `${sentence(between(30, 80))}.` }
    return {
      type: 'paragraph',
      children: [
        text(`${sentence(between(8, 25))} `),
        { type: 'link', url: `https://example.org/${word()}`, title: null, children: [text(sentence(between(1, 4)))] },
        text(` ${sentence(between(5, 20))} `),
        random() < 0.5 ? { type: 'emphasis', children: [text(sentence(between(1, 3)))] } : { type: 'inlineCode', value: `${word()}()` },
        text(` ${sentence(between(5, 25))}.`),
      ],
    }
  }
  const list = (): BlockInput => ({ type: 'list', style: random() < 0.7 ? 'bullet' : 'ordered', items: Array.from({ length: between(3, 6) }, () => ({ text: sentence(between(4, 12)) })) })
  const code = (): BlockInput => ({ type: 'code', lang: 'js', meta: null, value: Array.from({ length: between(3, 15) }, () => `const ${word()} = ${word()}(${word()})`).join('\n') })
  const table = (): BlockInput => ({
    type: 'table',
    align: ['left', 'right'],
    children: Array.from({ length: between(3, 8) }, () => ({ type: 'tableRow' as const, children: [{ type: 'tableCell' as const, text: sentence(2) }, { type: 'tableCell' as const, text: String(between(1, 99)) }] })),
  })
  /** A block of a section: paragraphs mostly, then lists, code, a subheading, a quote or a table. */
  const block = (position: number): BlockInput => {
    const dice = random()
    if (position % 2 === 1 && dice < 0.5) return list()
    if (dice < 0.08) return code()
    if (dice < 0.12) return { type: 'heading', depth: 3, text: sentence(between(2, 5)) }
    if (dice < 0.15) return { type: 'blockquote', children: [paragraph()] }
    if (dice < 0.17) return table()
    return paragraph()
  }

  /** Article `index`: slug `generated-<index>`, published an hour after article index − 1. */
  function article (index: number): ArticleInput {
    const tags = new Set(Array.from({ length: between(1, 4) }, () => Math.floor(random() * TAGS.length)))
    return {
      slug: `generated-${index}`,
      title: sentence(between(4, 9)),
      status: 'published',
      published_at: new Date(Date.UTC(2024, 0, 1) + index * 3_600_000).toISOString(),
      intro: Array.from({ length: between(1, 2) }, paragraph),
      sections: Array.from({ length: between(5, 12) }, (_, section) => ({
        key: `section-${section}`,
        heading: sentence(between(3, 7)),
        blocks: Array.from({ length: between(1, 4) }, (_, position) => block(position)),
      })),
      author: { name: AUTHORS[Math.floor(random() * AUTHORS.length)]! },
      tags: [...tags].map((tag) => ({ name: TAGS[tag]! })),
    }
  }

  /** 0–4 approved reviews (none for about half the articles). */
  function reviews (index: number) {
    const count = random() < 0.5 ? 0 : between(1, 4)
    return Array.from({ length: count }, (_, n) => ({
      authorName: `Reader ${vocabulary[between(0, 500)]!}`,
      email: `reader-${index}-${n}@example.org`,
      rating: between(1, 5),
      title: random() < 0.5 ? sentence(between(2, 6)) : null,
      body: sentence(between(15, 60)),
    }))
  }

  return { article, reviews, sentence }
}

export interface FillResult { articles: number, reviews: number, seconds: number, bytes: number }

/**
 * Writes `count` generated articles (and their reviews) into the database that `database` names (the app's
 * environment: DATABASE_PATH, or DATABASE_URL), migrated and seeded first, in transactions of `batch` articles. Gives
 * up, with an error, when the first batches show it would take more than `budgetSeconds`, or soon after `signal` aborts
 * (the open transaction rolled back and the connections closed, so the database can be dropped).
 */
export async function fillDatabase (database: Record<string, string>, count: number, { batch = 500, budgetSeconds = 300, progress, signal }: {
  batch?: number, budgetSeconds?: number, progress?: (done: number) => void, signal?: AbortSignal
} = {}): Promise<FillResult> {
  const config = loadConfig({ ...database, LOG_LEVEL: 'silent' })
  const app = await buildApp({ config, logger: false })
  const { content, reviews } = app.repositories
  // SQLite: a bigger page cache for this one connection, so the indexes being filled stay in memory between transactions.
  app.database.sqlite?.pragma('cache_size = -262144')
  const generate = createArticleGenerator()
  const started = performance.now()
  let reviewCount = 0
  try {
    for (let first = 0; first < count; first += batch) {
      const last = Math.min(count, first + batch)
      await app.database.db.transaction().execute(async (trx) => {
        for (let index = first; index < last; index++) {
          signal?.throwIfAborted()
          const now = new Date(Date.UTC(2024, 0, 1) + index * 3_600_000)
          const { document } = settleDocument(documentFromInput(generate.article(index), { defaultLanguage: config.authoring.defaultLanguage, now }), config.authoring.limits, { intro: '/intro', section: (n) => `/sections/${n}` })
          const { id, version } = await content.saveDocument(undefined, document, { now, by: 'bench' }, trx)
          await content.insertRevision(id, { version, created_at: now.toISOString(), created_by: 'bench', summary: describeChange(undefined, document) },
            documentAsInput(document), trx)
          for (const review of generate.reviews(index)) {
            const stored = await reviews.insertUnlessDuplicate({ ...review, articleSlug: document.slug, status: 'approved', clientIp: `198.51.100.${index % 250}` }, now, trx)
            if (stored.outcome === 'no-article') throw new Error(`generated article ${document.slug} is not published: its reviews were refused`)
            reviewCount++
          }
        }
      })
      progress?.(last)
      const elapsed = (performance.now() - started) / 1000
      const projected = elapsed / last * count
      if (last < count && projected > budgetSeconds) {
        throw new Error(`writing ${count} articles would take about ${Math.round(projected)} s (${last} took ${elapsed.toFixed(1)} s), over the ${budgetSeconds} s budget`)
      }
    }
    const bytes = await settledSize(app, config.databasePath)
    return { articles: count, reviews: reviewCount, seconds: (performance.now() - started) / 1000, bytes }
  } finally {
    await app.close()
  }
}

/**
 * The database's size once settled. SQLite: the file, with the write-ahead log copied into it. PostgreSQL: the schema's
 * tables (with their indexes and TOAST) and sequences — pg_database_size would count every other schema too — after
 * VACUUM (ANALYZE) of each table, as autovacuum would have done by the time a real database is read (and so that it
 * does not start in the middle of the measurements).
 */
async function settledSize (app: FastifyInstance, sqlitePath: string): Promise<number> {
  const { sqlite, db } = app.database
  if (sqlite) {
    sqlite.pragma('wal_checkpoint(TRUNCATE)')
    return statSync(sqlitePath).size
  }
  const tables = await sql<{ name: string }>`SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema()`.execute(db)
  for (const { name } of tables.rows) await sql`VACUUM (ANALYZE) ${sql.id(name)}`.execute(db)
  const size = await sql<{ bytes: number }>`SELECT coalesce(sum(pg_total_relation_size(oid)), 0) AS bytes FROM pg_class
    WHERE relnamespace = current_schema()::regnamespace AND relkind IN ('r', 'm', 'S')`.execute(db)
  return Number(size.rows[0]!.bytes)
}
