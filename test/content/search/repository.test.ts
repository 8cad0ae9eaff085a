import { test } from 'tap'
import { sql } from 'kysely'
import type { FastifyInstance } from 'fastify'
import { sectionsWithKeys } from '../../../src/content/model/document.js'
import { postgresSearchQuery, snippetOf } from '../../../src/content/search/postgres.js'
import { searchTerms, SNIPPET_CLOSE as CLOSE, SNIPPET_OPEN as OPEN } from '../../../src/content/search/query.js'
import { build, ENGINE } from '../../helper.js'
import { oldDatabase, type OldArticle } from '../../db/old-schema.js'

const article = {
  slug: 'lists-and-odd-text',
  title: 'Lists, \uFDD0odd\uFDD1 text and Ünïcödé',
  status: 'published' as const,
  intro: [],
  sections: [
    { heading: 'Empty', blocks: [] },
    {
      heading: 'Mixed',
      blocks: [
        { type: 'list' as const, style: 'ordered' as const, items: [{ text: 'first item' }, { text: 'second\nitem' }] },
        { type: 'paragraph' as const, text: 'between the lists' },
        { type: 'list' as const, style: 'bullet' as const, items: [{ text: 'last <item> & more' }] },
      ],
    },
  ],
}

/** The search parts of the article with this slug, in section order, without ids. */
async function partsOf (app: FastifyInstance, slug: string) {
  const { rows } = await sql<{ title: string, heading: string, body: string, code: string }>`SELECT search_parts.title, search_parts.heading, search_parts.body, search_parts.code
    FROM search_parts JOIN articles ON articles.id = search_parts.article_id LEFT JOIN sections ON sections.id = search_parts.section_id
    WHERE articles.slug = ${slug} ORDER BY sections.position NULLS FIRST`.execute(app.database.db)
  return rows
}

// Migration 008 indexed the articles it found in SQL, as saveDocument indexes an article it writes; since migration 011
// their blocks are JSON, and saveDocument indexes them through the model. Rows in the old shape (no list_items table
// since 011) are written on a database migrated only up to 010, 008 runs again for them, then 011 and 012: the parts
// must be those saveDocument writes for the same article today.
test('migration 008 indexes the articles written before it exactly as saveDocument does (then 011 and 012 keep them)', async (t) => {
  const app = await build(t, { seed: false })
  await app.services.authoring.create(article, { by: 'test' })
  const written = await partsOf(app, article.slug)
  t.equal(written.length, 1 + 2, 'a part per article and per section')
  t.match(written[2], { title: '', body: 'first item\nsecond\nitem\nbetween the lists\nlast <item> & more', code: '' })
  t.match(written[0], { title: 'Lists, \uFFFDodd\uFFFD text and Ünïcödé', heading: '', body: '' }, 'the snippet markers cannot be in indexed text')

  const old = { ...article, sections: sectionsWithKeys(article.sections) as OldArticle['sections'] }
  const migrated = await build(t, { env: await oldDatabase(t, [old]), seed: false })
  t.same(await partsOf(migrated, article.slug), written, 'the same parts, text for text')
  if (migrated.database.sqlite) {
    t.doesNotThrow(() => migrated.database.sqlite!.exec("INSERT INTO search_index (search_index) VALUES ('integrity-check')"), 'and an index that matches them')
  }
  const res = await migrated.inject({ url: '/v1/search?q=unicode' })
  t.match(res.json().data, [{ slug: article.slug, section_key: null }], 'searchable at once')
})

test('saving rewrites only the parts whose text changed', { skip: ENGINE === 'postgres' && 'counted with SQLite temporary triggers' }, async (t) => {
  const app = await build(t)
  const sqlite = app.database.sqlite!
  sqlite.exec(`CREATE TEMP TABLE part_writes (op TEXT, section_id INTEGER);
    CREATE TEMP TRIGGER count_inserts AFTER INSERT ON search_parts BEGIN INSERT INTO part_writes VALUES ('insert', NEW.section_id); END;
    CREATE TEMP TRIGGER count_updates AFTER UPDATE ON search_parts BEGIN INSERT INTO part_writes VALUES ('update', NEW.section_id); END;
    CREATE TEMP TRIGGER count_deletes AFTER DELETE ON search_parts BEGIN INSERT INTO part_writes VALUES ('delete', OLD.section_id); END;`)
  const writes = () => {
    const rows = sqlite.prepare('SELECT op, section_id FROM part_writes').all() as Array<{ op: string, section_id: number | null }>
    sqlite.exec('DELETE FROM part_writes')
    return rows.map((row) => `${row.op} ${row.section_id === null ? 'intro' : 'section'}`)
  }
  const { authoring } = app.services
  const slug = 'from-training-to-employment-the-power-of-healthcare-internships'
  const by = { by: 'test' }

  await authoring.patch(slug, { status: 'draft' }, by)
  t.same(writes(), [], 'unpublishing: none (the search filters on the status)')
  await authoring.patch(slug, { status: 'published', meta_title: 'Internships' }, by)
  t.same(writes(), [], 'other fields: none')
  await authoring.patchSection(slug, 'conclusion', { position: 0 }, by)
  t.same(writes(), [], 'moving a section: none')
  await authoring.patchSection(slug, 'conclusion', { heading: 'In Closing' }, by)
  t.same(writes(), ['update section'], 'a new heading: that section')
  await authoring.patch(slug, { title: 'A New Title' }, by)
  t.same(writes(), ['update intro'], 'a new title: the title-and-intro part')
  await authoring.addSection(slug, { heading: 'Further Reading', blocks: [{ type: 'paragraph', text: 'Ask your supervisor.' }] }, by)
  t.same(writes(), ['insert section'])
  await authoring.removeSection(slug, 'further-reading', by)
  t.same(writes(), ['delete section'], 'a removed section: its part, by the cascade')
  await authoring.remove(slug, by)
  t.same(writes().length, 10, 'a deleted article: all its parts')
  t.same(sqlite.prepare('SELECT count(*) AS n FROM search_parts').all(), [{ n: 0 }])
})

test('the PostgreSQL search looks every term up through the GIN index', { skip: ENGINE !== 'postgres' && 'PostgreSQL' }, async (t) => {
  const app = await build(t)
  // A word, a phrase and a prefix: the parts with any of them, then the articles with each (three lookups). On a table
  // this small the planner prefers reading it whole; without that choice, the query must be able to use the index.
  const query = postgresSearchQuery(searchTerms('medical "health information" pakist*'), { limit: 10, page: 1 })
  const plan = await app.database.db.transaction().execute(async (trx) => {
    await sql`SET LOCAL enable_seqscan = off`.execute(trx)
    const { rows } = await sql<{ 'QUERY PLAN': string }>`EXPLAIN ${query}`.execute(trx)
    return rows.map((row) => row['QUERY PLAN']).join('\n')
  })
  t.equal(plan.match(/Bitmap Index Scan on search_parts_document_idx/g)?.length, 4, plan)
  t.notMatch(plan, /Seq Scan on search_parts/)
  t.match(plan, /Index Cond: \(document @@ '''medic'' \| ''health'' <-> ''inform'' \| ''pakist'':\*'::tsquery\)/,
    'the tsquery is a constant when planned: PostgreSQL built it from the parameters')
})

test("snippetOf: ts_headline's piece of the text, with the text's own characters and FTS5's ellipses", async (t) => {
  const words = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, index) => `w${from + index}`).join(' ')
  const text = `${words(1, 30)} <${words(31, 40)}.`
  // As ts_headline gives it for the text with \u0001 for `<`: around w20, fewer words on the left than on the right.
  t.equal(snippetOf(`${words(15, 19)} ${OPEN}w20${CLOSE} ${words(21, 30)} \u0001${words(31, 36)}`, text),
    `…${words(13, 19)} ${OPEN}w20${CLOSE} ${words(21, 30)} <${words(31, 36)}…`, '`<` back, and 24 words: the two it lacks from the left')
  t.equal(snippetOf(`${words(30, 30)} \u0001${words(31, 39)} ${OPEN}w40${CLOSE}`, text),
    `…${words(17, 30)} <${words(31, 39)} ${OPEN}w40${CLOSE}.`, 'at the end: the words it lacks on the right from the left, the full stop kept')
  t.equal(snippetOf(`${OPEN}w1${CLOSE} ${words(2, 24)}`, text), `${OPEN}w1${CLOSE} ${words(2, 24)}…`, 'at the start: no … before')
  t.equal(snippetOf(`${OPEN}Short${CLOSE} text`, '"Short text!"'), `"${OPEN}Short${CLOSE} text!"`, 'all of a short text, punctuation too')
  t.equal(snippetOf(`${OPEN}a${CLOSE}\u0001b`, 'x\u0001 a<b'), `x\u0001 ${OPEN}a${CLOSE}<b`, 'a \u0001 of the text itself stays')
  t.equal(snippetOf('not in the text', 'other'), 'not in the text', 'a headline that is not in the text: as it is')
})
