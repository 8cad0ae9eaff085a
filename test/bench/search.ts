// Search timings on the seed article plus N generated ones: `npm run build && node dist/test/bench/search.js --articles 2000`
// (SQLite in memory; --database PATH a SQLite file, --database-url postgres://… a PostgreSQL database instead).
// Prints the time to write the articles (the search index included), to edit one section, and the median and p95 of
// GET /v1/search for a range of queries (app.inject: routing, validation, the query and serialization; no network).
import { parseArgs } from 'node:util'
import { performance } from 'node:perf_hooks'
import { buildApp } from '../../src/app.js'
import { loadConfig } from '../../src/config.js'
import { createArticleGenerator, vocabulary } from './generate.js'

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '2000' },
    runs: { type: 'string', default: '50' },
    database: { type: 'string', default: ':memory:' },
    'database-url': { type: 'string' },
  },
})
const ARTICLES = Number(values.articles)
const RUNS = Number(values.runs)

const generate = createArticleGenerator()
const { sentence } = generate

// --database PATH keeps the generated database (a new file) for a closer look.
const database = values['database-url'] ? { DATABASE_URL: values['database-url'] } : { DATABASE_PATH: values.database }
const app = await buildApp({ config: loadConfig({ ...database, LOG_LEVEL: 'silent' }), logger: false })
await app.ready()

let started = performance.now()
for (let index = 0; index < ARTICLES; index++) await app.services.authoring.create(generate.article(index), { by: 'bench', announce: false })
const writeMs = performance.now() - started
const parts = await app.database.db.selectFrom('search_parts').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
console.log(`${ARTICLES} articles (+ the seed) written in ${(writeMs / 1000).toFixed(1)} s, ${(writeMs / Math.max(1, ARTICLES)).toFixed(2)} ms each; ${parts.n} search parts`)

const edits: number[] = []
for (let run = 0; run < 20; run++) {
  started = performance.now()
  await app.services.authoring.patchSection('generated-1', 'section-3', { heading: `Edited ${run} ${sentence(4)}` }, { by: 'bench' })
  edits.push(performance.now() - started)
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
const p95 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * 0.95))]!
console.log(`edit one section's heading: median ${median(edits).toFixed(2)} ms`)

const queries = [
  'medical coding', 'healthcare', 'radiology nursing', '"medical coding"', 'cafe', 'health*', `${vocabulary[16]!.slice(0, 3)}*`,
  vocabulary[999]!, vocabulary[99]!, vocabulary[0]!, vocabulary.slice(0, 3).join(' '), vocabulary.slice(0, 10).join(' '), 'nothingmatchesthis',
]
console.log('query | hits | median ms | p95 ms')
for (const q of queries) {
  const url = `/v1/search?q=${encodeURIComponent(q)}&limit=10`
  const first = await app.inject({ url })
  if (first.statusCode !== 200) throw new Error(`${q}: ${first.statusCode} ${first.body}`)
  const total = first.json<{ meta: { pagination: { total: number } } }>().meta.pagination.total
  const times: number[] = []
  for (let run = 0; run < RUNS; run++) {
    started = performance.now()
    await app.inject({ url })
    times.push(performance.now() - started)
  }
  console.log(`${q.length > 40 ? `${q.slice(0, 40)}…` : q} | ${total} | ${median(times).toFixed(2)} | ${p95(times).toFixed(2)}`)
}
await app.close()
