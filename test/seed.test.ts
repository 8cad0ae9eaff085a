import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'tap'
import { readSeedArticles, seedArticles } from '../seed/index.js'
import { projectRoot } from '../src/base/paths.js'
import { build, databaseEnv, SLUG } from './helper.js'

/** A verbatim copy of ../shared/content/healthcare-internships.txt, the page this service replaces. */
const SOURCE = join(projectRoot, 'test', 'fixtures', 'healthcare-internships.txt')

/** The page body as the source shows it: non-empty lines from the title to just before "0 Reviews", bullets unmarked. */
function sourceLines (): string[] {
  const lines = readFileSync(SOURCE, 'utf8').split('\n').map((line) => line.trim()).filter(Boolean)
  const start = lines.indexOf('From Training to Employment: The Power of Healthcare Internships')
  const end = lines.indexOf('0 Reviews')
  return lines.slice(start, end).map((line) => line.replace(/^•\s*/, ''))
}

interface Block { type: string, text?: string, items?: Array<{ text: string }> }
const blockLines = (blocks: Block[]) => blocks.flatMap((block) => block.type === 'paragraph' ? [block.text!] : block.items!.map((item) => item.text))

test('seed round trip: the served article is the source page, word for word', async (t) => {
  const app = await build(t)
  const { data } = (await app.inject({ url: `/v1/articles/${SLUG}` })).json()
  const served = [
    data.title,
    ...blockLines(data.intro),
    ...data.sections.flatMap((section: { heading: string, blocks: Block[] }) => [section.heading, ...blockLines(section.blocks)]),
  ]
  const source = sourceLines()
  t.equal(source.length, 65, 'the source body has 65 non-empty lines: title, 9 headings, 26 paragraphs, 29 bullets')
  t.same(served, source)

  t.test('bullets in the source are list items, not paragraphs', async (t) => {
    const bullets = readFileSync(SOURCE, 'utf8').split('\n').filter((line) => line.trim().startsWith('•')).map((line) => line.trim().slice(1).trim())
    const items = data.sections.flatMap((s: { blocks: Block[] }) => s.blocks.filter((b) => b.type === 'list').flatMap((b) => b.items!.map((i) => i.text)))
    t.same(items, bullets)
    t.equal(items.length, 29)
  })

  t.test('served in the rich model: each text is one text node beside it, each item one paragraph', async (t) => {
    const paragraph = (text: string) => ({ type: 'paragraph', text, children: [{ type: 'text', value: text }] })
    const rich = (block: Block) => block.type === 'paragraph'
      ? paragraph(block.text!)
      : { type: 'list', style: 'bullet', start: null, spread: false, items: block.items!.map((item) => ({ text: item.text, checked: null, spread: false, children: [paragraph(item.text)] })) }
    t.same(data.intro, data.intro.map(rich))
    for (const section of data.sections as Array<{ key: string, blocks: Block[] }>) t.same(section.blocks, section.blocks.map(rich), section.key)
  })

  t.test('typographic characters survive', async (t) => {
    const text = JSON.stringify(data)
    t.ok(text.includes('Pakistan’s'))
    t.ok(text.includes('foundations—medical'))
  })
})

test('seeding is idempotent (upsert by slug)', async (t) => {
  const app = await build(t)
  const before = await app.database.db.selectFrom('articles').select(['version', 'updated_at']).where('slug', '=', SLUG).executeTakeFirstOrThrow()
  const again = await seedArticles(app.services.authoring)
  t.same(again.map(({ slug, created, changed, version }) => ({ slug, created, changed, version })), [{ slug: SLUG, created: false, changed: false, version: before.version }])
  const counts = await Promise.all((['articles', 'sections', 'blocks'] as const).map(async (table) =>
    Number((await app.database.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n)))
  t.same(counts, [1, 9, 33], 'one article, 9 sections, 33 blocks (2 intro + 31): nothing duplicated')

  t.test('a changed article bumps its version and updated_at', async (t) => {
    const [article] = readSeedArticles()
    article!.sections[0]!.heading = 'Why Training Alone Is Not Enough'
    const result = await app.services.authoring.upsert(article!, { by: 'test', now: new Date('2030-01-01T00:00:00.000Z') })
    t.same({ created: result.created, changed: result.changed, version: result.version }, { created: false, changed: true, version: before.version + 1 })
    const res = await app.inject({ url: `/v1/articles/${SLUG}/sections/why-training-alone-is-not-enough` })
    t.equal(res.statusCode, 200)
    t.equal((await app.inject({ url: `/v1/articles/${SLUG}` })).json().data.updated_at, '2030-01-01T00:00:00.000Z')
    const old = await app.inject({ url: `/v1/articles/${SLUG}/sections/why-training-alone-is-no-longer-enough` })
    t.equal(old.statusCode, 404)
  })
})

test('an empty database is seeded on start; a non-empty one is left alone', async (t) => {
  const empty = await build(t, { seed: false })
  t.equal((await empty.inject({ url: '/v1/articles' })).json().meta.pagination.total, 0)
  const seeded = await build(t)
  t.equal((await seeded.inject({ url: '/v1/articles' })).json().meta.pagination.total, 1)

  t.test('an edited seed article and an added one survive a restart', async (t) => {
    const database = await databaseEnv(t, 'edited.db')
    const first = await build(t, { env: database })
    const [article] = readSeedArticles()
    article!.title = 'Edited after seeding'
    const edited = await first.services.authoring.upsert(article!, { by: 'test' })
    t.equal(edited.version, 2)
    await first.services.authoring.upsert({ slug: 'another-article', title: 'Another', status: 'published', intro: [{ type: 'paragraph', text: 'Added.' }], sections: [] }, { by: 'test' })
    await first.close()

    const restarted = await build(t, { env: database })
    const { data } = (await restarted.inject({ url: `/v1/articles/${SLUG}` })).json()
    t.equal(data.title, 'Edited after seeding', 'the edit was not overwritten by the seed')
    const version = await restarted.database.db.selectFrom('articles').select('version').where('slug', '=', SLUG).executeTakeFirstOrThrow()
    t.equal(version.version, 2, 'the seed did not run again (it would have bumped the version)')
    t.equal((await restarted.inject({ url: '/v1/articles' })).json().meta.pagination.total, 2)
  })

  t.test('a deleted seed article stays deleted while other articles exist', async (t) => {
    const database = await databaseEnv(t, 'deleted.db')
    const first = await build(t, { env: database })
    await first.services.authoring.upsert({ slug: 'another-article', title: 'Another', status: 'published', intro: [{ type: 'paragraph', text: 'Added.' }], sections: [] }, { by: 'test' })
    await first.database.db.deleteFrom('articles').where('slug', '=', SLUG).execute()
    await first.close()

    const restarted = await build(t, { env: database })
    t.equal((await restarted.inject({ url: `/v1/articles/${SLUG}` })).statusCode, 404, 'not seeded again')
    t.same((await restarted.inject({ url: '/v1/articles' })).json().data.map((summary: { slug: string }) => summary.slug), ['another-article'])
  })
})
