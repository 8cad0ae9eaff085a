// Search over rich content: the words of links, emphasis, subheadings, nested list items, quotes, table cells,
// footnotes and image alts are found as prose; code blocks are found too, weighted below the prose; migration 012
// indexes the code of articles stored before it as saveDocument does.
import type { FastifyInstance } from 'fastify'
import { sql } from 'kysely'
import { test } from 'tap'
import { AUTHORING_LIMITS } from '../../../src/content/model/limits.js'
import { normalizeArticleBlocks } from '../../../src/content/model/normalize.js'
import type { BlockInput } from '../../../src/content/model/blocks.js'
import { searchPartsOf } from '../../../src/content/search/repository.js'
import { migrationsDir } from '../../../src/base/paths.js'
import { ADMIN, build, databaseEnv, openDatabaseOf } from '../../helper.js'
import { migrationsUpTo } from '../../db/old-schema.js'

interface Hit { slug: string, section_key: string | null, snippet: string }

const text = (value: string) => ({ type: 'text', value })
const paragraph = (...children: unknown[]) => ({ type: 'paragraph', children })

/** Every place a word can hide in an article, each with a word of its own. */
export const RICH_BLOCKS = [
  paragraph(text('Read the '), { type: 'link', url: 'https://www.who.int/', title: null, children: [text('linkword guide')] }, text(', '),
    { type: 'emphasis', children: [text('emphword')] }, text(' and '), { type: 'strong', children: [{ type: 'delete', children: [text('strongword')] }] },
    { type: 'footnoteReference', identifier: 'src', label: 'src' }, text('.')),
  { type: 'heading', depth: 3, children: [text('The subheadword step')] },
  {
    type: 'list',
    style: 'bullet',
    items: [
      { children: [paragraph(text('An outer item')), { type: 'list', style: 'ordered', start: 3, items: [{ text: 'nestedword item' }, { checked: true, text: 'done' }] }] },
      { children: [paragraph(text('Run it:')), { type: 'code', lang: 'sh', meta: null, value: 'nestedcodeword --now' }] },
    ],
  },
  { type: 'blockquote', children: [paragraph(text('A quoteword from a nurse.'))] },
  {
    type: 'table',
    align: ['left', 'right'],
    children: [
      { type: 'tableRow', children: [{ type: 'tableCell', text: 'Field' }, { type: 'tableCell', text: 'Weeks' }] },
      { type: 'tableRow', children: [{ type: 'tableCell', children: [{ type: 'inlineCode', value: 'cellword' }] }, { type: 'tableCell', text: '12' }] },
    ],
  },
  { type: 'code', lang: 'ts', meta: 'title="x.ts"', value: 'const codeword = 1\n// and more' },
  { type: 'image', url: 'https://cdn.example.org/ward.jpg', alt: 'An altword picture', title: null },
  { type: 'thematicBreak' },
  { type: 'html', value: '<details><summary>Sources</summary></details>' },
  { type: 'footnoteDefinition', identifier: 'src', label: 'src', children: [paragraph(text('WHO footword, 2024.'))] },
]

const RICH = {
  slug: 'rich-search',
  title: 'Rich Search',
  status: 'published',
  intro: [{ type: 'paragraph', text: 'An intro.' }],
  sections: [{ key: 'everything', heading: 'Everything', blocks: RICH_BLOCKS }],
}

async function search (app: FastifyInstance, q: string): Promise<Hit[]> {
  const res = await app.inject({ url: `/v1/search?q=${encodeURIComponent(q)}` })
  if (res.statusCode !== 200) throw new Error(res.body)
  return res.json().data
}

test('search finds the words of every kind of rich content', async (t) => {
  const app = await build(t)
  const created = await app.inject({ method: 'POST', url: '/v1/admin/articles', headers: ADMIN, payload: RICH })
  t.equal(created.statusCode, 201, created.body)
  const places = ['linkword', 'emphword', 'strongword', 'subheadword', 'nestedword', 'quoteword', 'cellword', 'footword', 'altword', 'codeword', 'nestedcodeword']
  for (const word of places) {
    const hits = await search(app, word)
    t.same(hits.map((hit) => `${hit.slug}/${hit.section_key}`), ['rich-search/everything'], `${word}: found`)
    t.match(hits[0]?.snippet, new RegExp(`<mark>${word}</mark>`, 'i'), `${word}: marked in the snippet`)
  }
  t.same(await search(app, 'Sources'), [], 'raw HTML holds no searchable words')
  t.same(await search(app, 'details'), [], 'nor do its tags')
})

test('a word in the prose of one article ranks above the same word only in the code of another', async (t) => {
  const app = await build(t)
  const article = (slug: string, blocks: unknown[]) => ({ slug, title: `About ${slug}`, status: 'published', sections: [{ key: 'setup', heading: 'Setup', blocks }] })
  // The code article says the word twice, in fewer words: weighted like prose, it would rank first.
  for (const payload of [
    article('in-code', [{ type: 'paragraph', text: 'Install the tools first.' }, { type: 'code', lang: 'sh', value: 'zebrafish zebrafish' }]),
    article('in-prose', [{ type: 'paragraph', text: 'Install the zebrafish tools first, then read the notes about the rest of the setup.' }, { type: 'code', lang: 'sh', value: 'make' }]),
  ]) {
    const res = await app.inject({ method: 'POST', url: '/v1/admin/articles', headers: ADMIN, payload })
    t.equal(res.statusCode, 201, res.body)
  }
  const hits = await search(app, 'zebrafish')
  t.same(hits.map((hit) => hit.slug), ['in-prose', 'in-code'])
  t.match(hits[1]!.snippet, /<mark>zebrafish<\/mark> <mark>zebrafish<\/mark>/, 'the code article\'s snippet is its code')
})

test('migration 012 indexes the code of articles stored before it as saveDocument does', async (t) => {
  // An article stored by migration 011's schema: its blocks as JSON rows, its search parts without code.
  const env = await databaseEnv(t)
  const database = openDatabaseOf(t, env)
  await database.migrate(migrationsUpTo(t, 11))
  const { db } = database
  const settled = normalizeArticleBlocks([], [{ key: 'everything', blocks: RICH_BLOCKS as BlockInput[] }], { intro: '/intro', section: () => '/sections' }, AUTHORING_LIMITS)
  t.same(settled.problems, [])
  const { rows: [row] } = await sql<{ id: number }>`INSERT INTO articles (slug, title, excerpt, status, published_at, created_at, updated_at, version, word_count)
    VALUES ('rich-search', 'Rich Search', '', 'published', '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z', 1, 10) RETURNING id`.execute(db)
  const { rows: [section] } = await sql<{ id: number }>`INSERT INTO sections (article_id, key, position, heading) VALUES (${row!.id}, 'everything', 0, 'Everything') RETURNING id`.execute(db)
  for (const [position, block] of settled.sections[0]!.entries()) {
    await sql`INSERT INTO blocks (article_id, section_id, position, type, content) VALUES (${row!.id}, ${section!.id}, ${position}, ${block.type}, ${JSON.stringify(block)})`.execute(db)
  }
  const parts = searchPartsOf({ title: 'Rich Search', intro: [], sections: [{ key: 'everything', heading: 'Everything', blocks: settled.sections[0]! }] })
  for (const part of parts) {
    await sql`INSERT INTO search_parts (article_id, section_id, title, heading, body) VALUES (${row!.id}, ${part.sectionKey === null ? null : section!.id}, ${part.title}, ${part.heading}, ${part.body})`.execute(db)
  }
  t.same((await database.migrate(migrationsDir))[0], '012_search_code.sql', 'migration 012 applied next')
  const { rows } = await sql<{ code: string }>`SELECT code FROM search_parts ORDER BY section_id NULLS FIRST`.execute(db)
  t.same(rows.map((part) => part.code), parts.map((part) => part.code), 'the code of every part, as searchPartsOf gives it')
  t.equal(parts[1]!.code, 'nestedcodeword --now\nconst codeword = 1\n// and more', 'nested code too, in document order')

  const app = await build(t, { env, seed: false })
  t.same((await search(app, 'nestedcodeword')).map((hit) => hit.section_key), ['everything'], 'found through the rebuilt index')
})
