// Migration 011 (rich content) on the suite's engine: articles written in the old shape (paragraph rows, list rows with
// list_items) become the JSON the application writes today, their public text unchanged word for word, their search
// parts and their revisions still working.
import { sql } from 'kysely'
import { test } from 'tap'
import { readSeedArticles } from '../../seed/index.js'
import { sectionsWithKeys } from '../../src/content/model/document.js'
import { AUTHORING_LIMITS } from '../../src/content/model/limits.js'
import { blocks as normalizeBlocks, newContext } from '../../src/content/model/normalize.js'
import type { BlockInput } from '../../src/content/model/blocks.js'
import { searchPartsOf } from '../../src/content/search/repository.js'
import { ADMIN, build, SLUG } from '../helper.js'
import { oldDatabase, type OldArticle, type OldBlock } from './old-schema.js'

const seed = readSeedArticles()[0]!
const SEED: OldArticle = {
  slug: seed.slug,
  title: seed.title,
  intro: seed.intro as OldBlock[],
  sections: sectionsWithKeys(seed.sections) as OldArticle['sections'],
}

/** Text that JSON must escape, or that looks like markup, or is empty: stored and served as written. */
const ODD: OldArticle = {
  slug: 'odd-text',
  title: 'Odd “text” \uFDD0marked\uFDD1',
  intro: [
    { type: 'paragraph', text: 'Quotes " and \\ backslashes, a\nnewline, a\ttab, a \u0001 control, an emoji 😀, a line separator \u2028, <b>markup</b> & *stars*' },
    { type: 'paragraph', text: '' },
  ],
  sections: [
    {
      key: 'lists',
      heading: 'Lists',
      blocks: [
        { type: 'list', style: 'ordered', items: [{ text: 'first' }, { text: '' }, { text: 'third, with “quotes”' }, { text: 'fourth' }] },
        { type: 'paragraph', text: 'between' },
        { type: 'list', style: 'bullet', items: [{ text: 'only item' }] },
      ],
    },
    { key: 'empty', heading: 'Empty', blocks: [] },
  ],
}

/** What the application writes for old-shape blocks today: normalize.ts's blocks, as insertBlocks stores them. */
const written = (blocks: OldBlock[]) => normalizeBlocks(blocks as BlockInput[], '', 0, newContext(AUTHORING_LIMITS)).map((block) => JSON.stringify(block))

/** The text fields of served blocks, as clients before rich content read them. */
const texts = (blocks: Array<{ type: string, text?: string, items?: Array<{ text: string }> }>) =>
  blocks.map((block) => block.type === 'list' ? { type: 'list', items: block.items!.map((item) => item.text) } : { type: block.type, text: block.text })

test('migration 011 turns old-shape paragraphs and lists into the JSON the application writes, text unchanged', async (t) => {
  const older = { ...SEED.intro[0]!, text: 'An older first paragraph.' } as OldBlock
  const revision = { version: 1, snapshot: { ...seed, intro: [older, ...SEED.intro.slice(1)] } }
  const env = await oldDatabase(t, [{ ...SEED, revisions: [revision] }, ODD])
  const app = await build(t, { env, seed: false })
  const { db } = app.database

  t.test('each block row holds, byte for byte, the JSON saveDocument writes for the same block', async (t) => {
    for (const article of [SEED, ODD]) {
      const { rows } = await sql<{ key: string | null, content: string }>`SELECT sections.key, blocks.content FROM blocks
        JOIN articles ON articles.id = blocks.article_id LEFT JOIN sections ON sections.id = blocks.section_id
        WHERE articles.slug = ${article.slug} ORDER BY sections.position NULLS FIRST, blocks.position`.execute(db)
      const expected = [...written(article.intro), ...article.sections.flatMap((section) => written(section.blocks))]
      t.equal(rows.length, expected.length, `${article.slug}: a row per block`)
      t.same(rows.map((row) => row.content), expected, article.slug)
    }
    // This database's own tables only: introspection lists every schema of a PostgreSQL database, and another test
    // file dropping its schema meanwhile made that query fail ("schema … does not exist").
    const listItems = app.database.sqlite
      ? sql<{ name: string }>`SELECT name FROM sqlite_master WHERE name = 'list_items'`
      : sql<{ name: string }>`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = 'list_items'`
    t.same((await listItems.execute(db)).rows, [], 'list_items is gone')
  })

  t.test('the seed article answers as the application serves it when seeded today, its text word for word', async (t) => {
    const fresh = await build(t)
    const [migrated, today] = await Promise.all([app, fresh].map(async (on) => (await on.inject({ url: `/v1/articles/${SLUG}` })).json().data))
    t.same(migrated.intro, today.intro)
    t.same(migrated.sections, today.sections)
    t.same(texts(migrated.intro), texts(SEED.intro), 'intro text fields as stored before')
    t.same(migrated.sections.map((section: { blocks: never[] }) => texts(section.blocks)), SEED.sections.map((section) => texts(section.blocks)), 'section text fields as stored before')
    t.equal(migrated.sections.flatMap((section: { blocks: Array<{ type: string }> }) => section.blocks.filter((block) => block.type === 'list')).length, 7, 'its 7 lists')
  })

  t.test('odd text and empty items survive; list items keep their order', async (t) => {
    const { data } = (await app.inject({ url: '/v1/articles/odd-text' })).json()
    t.same(texts(data.intro), texts(ODD.intro))
    t.same(data.intro[1], { type: 'paragraph', text: '', children: [] }, 'an empty paragraph has no children, as normalize.ts gives it')
    t.same(data.sections[0].blocks[0].items.map((item: { text: string }) => item.text), ['first', '', 'third, with “quotes”', 'fourth'])
    t.same(data.sections[0].blocks[0].items[1], { text: '', checked: null, spread: false, children: [] })
    t.same(data.sections[1].blocks, [])
  })

  t.test('search parts are what saveDocument would write for the articles as loaded now', async (t) => {
    for (const slug of [SLUG, 'odd-text']) {
      const stored = (await app.repositories.content.loadDocument(slug))!
      const { rows } = await sql<{ section_id: number | null, title: string, heading: string, body: string, code: string }>`
        SELECT section_id, title, heading, body, code FROM search_parts WHERE article_id = ${stored.id}`.execute(db)
      const keyOf = new Map([...stored.sections].map(([key, row]) => [row.id, key]))
      const parts = rows.map(({ section_id: sectionId, ...text }) => ({ sectionKey: sectionId === null ? null : keyOf.get(sectionId)!, ...text }))
      const byKey = (a: { sectionKey: string | null }, b: { sectionKey: string | null }) => String(a.sectionKey).localeCompare(String(b.sectionKey))
      t.same(parts.sort(byKey), searchPartsOf(stored.document).sort(byKey), slug)
    }
    const res = await app.inject({ url: '/v1/search?q=backslashes' })
    t.match(res.json().data, [{ slug: 'odd-text', section_key: null }], 'searchable')
  })

  t.test('a revision stored before the migration (old-shape blocks) is listed, shown and restored', async (t) => {
    const base = `/v1/admin/articles/${SLUG}`
    const shown = await app.inject({ url: `${base}/revisions/1`, headers: ADMIN })
    t.equal(shown.statusCode, 200)
    t.same(shown.json().data.article.intro[0], { type: 'paragraph', text: 'An older first paragraph.' }, 'as it was stored')
    const restored = await app.inject({ method: 'POST', url: `${base}/revisions/1/restore`, headers: ADMIN })
    t.equal(restored.statusCode, 200, 'restored')
    const { data } = (await app.inject({ url: `/v1/articles/${SLUG}` })).json()
    t.same(data.intro[0], { type: 'paragraph', text: 'An older first paragraph.', children: [{ type: 'text', value: 'An older first paragraph.' }] })
    t.same(texts(data.sections[1].blocks), texts(SEED.sections[1]!.blocks), 'its lists as they were')
    const { data: revisions } = (await app.inject({ url: `${base}/revisions`, headers: ADMIN })).json()
    t.match(revisions[0], { version: 3, summary: 'intro' }, 'the restore is a revision of its own, summarized')
    const diff = await app.inject({ url: `${base}/revisions/3`, headers: ADMIN })
    t.same(diff.json().data.article.intro[0].children, [{ type: 'text', value: 'An older first paragraph.' }], 'stored in the new shape')
  })
})
