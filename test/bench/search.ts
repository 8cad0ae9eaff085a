// Search timings on the seed article plus N generated ones: `npm run build && node dist/test/bench/search.js --articles 2000`.
// Prints the time to write the articles (the search index included), to edit one section, and the median and p95 of
// GET /v1/search for a range of queries (app.inject: routing, validation, the query and serialization; no network).
import { parseArgs } from 'node:util'
import { performance } from 'node:perf_hooks'
import { buildApp } from '../../src/app.js'
import { loadConfig } from '../../src/config.js'
import type { ArticleInput } from '../../src/content/schemas.js'

const { values } = parseArgs({
  options: { articles: { type: 'string', default: '2000' }, runs: { type: 'string', default: '50' }, database: { type: 'string', default: ':memory:' } },
})
const ARTICLES = Number(values.articles)
const RUNS = Number(values.runs)

// A deterministic generator (mulberry32) and a Zipf-like vocabulary: a few words are everywhere, most are rare.
let seed = 42
const random = () => {
  seed |= 0; seed = seed + 0x6D2B79F5 | 0
  let t = Math.imul(seed ^ seed >>> 15, 1 | seed)
  t = t + Math.imul(t ^ t >>> 7, 61 | t) ^ t
  return ((t ^ t >>> 14) >>> 0) / 4294967296
}
const syllables = ['ka', 'lo', 'mi', 'ra', 'ten', 'sul', 'bor', 'vi', 'na', 'pe', 'dor', 'gan', 'tis', 'mel', 'cu', 'zan']
const vocabulary = Array.from({ length: 20_000 }, (_, index) => {
  let word = ''
  for (let n = index + 1; n > 0; n = Math.floor(n / syllables.length)) word += syllables[n % syllables.length]
  return word
})
// Real words mixed in, each in about one article in twelve, to query for.
const planted = ['healthcare', 'internship', 'medical', 'coding', 'clinic', 'nursing', 'radiology', 'café']
// Word k (from 1) with probability about 1/(k ln V), as in natural text: the commonest is about one word in ten.
const word = () => {
  if (random() < 0.001) return planted[Math.floor(random() * planted.length)]!
  return vocabulary[Math.floor(Math.exp(random() * Math.log(vocabulary.length))) - 1]!
}
const sentence = (words: number) => Array.from({ length: words }, word).join(' ')

function article (index: number): ArticleInput {
  return {
    slug: `generated-${index}`,
    title: sentence(6),
    status: 'published',
    published_at: new Date(Date.UTC(2024, 0, 1) + index * 3_600_000).toISOString(),
    intro: [{ type: 'paragraph', text: sentence(40) }, { type: 'paragraph', text: sentence(40) }],
    sections: Array.from({ length: 8 }, (_, section) => ({
      key: `section-${section}`,
      heading: sentence(5),
      blocks: [
        { type: 'paragraph' as const, text: sentence(50) },
        { type: 'list' as const, style: 'bullet' as const, items: Array.from({ length: 4 }, () => ({ text: sentence(8) })) },
        { type: 'paragraph' as const, text: sentence(50) },
      ],
    })),
  }
}

// --database PATH keeps the generated database (a new file) for a closer look.
const app = await buildApp({ config: loadConfig({ DATABASE_PATH: values.database, LOG_LEVEL: 'silent' }), logger: false })
await app.ready()

let started = performance.now()
for (let index = 0; index < ARTICLES; index++) await app.services.authoring.create(article(index), { by: 'bench', announce: false })
const writeMs = performance.now() - started
const parts = app.database.sqlite.prepare('SELECT count(*) AS n FROM search_parts').get() as { n: number }
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
