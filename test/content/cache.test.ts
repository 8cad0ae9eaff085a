// The article cache (src/content/cache.ts) as the routes use it: never stale after an edit, an unpublish or a review change.
import { test } from 'tap'
import { readSeedArticles } from '../../seed/index.js'
import { build, SLUG } from '../helper.js'

test('the article cache never serves a stale article', async (t) => {
  const app = await build(t)
  const url = `/v1/articles/${SLUG}/sections/conclusion`
  t.equal((await app.inject({ url })).json().data.heading, 'Conclusion')
  const [article] = readSeedArticles()
  article!.sections[8]!.blocks = [{ type: 'paragraph', text: 'Rewritten conclusion.' }]
  await app.services.authoring.upsert(article!, { by: 'test' })
  t.same((await app.inject({ url })).json().data.blocks, [{ type: 'paragraph', text: 'Rewritten conclusion.', children: [{ type: 'text', value: 'Rewritten conclusion.' }] }], 'an edit is served at once')

  await app.services.authoring.upsert({ ...article!, status: 'draft' }, { by: 'test' })
  t.equal((await app.inject({ url })).statusCode, 404, 'unpublishing is served at once')
  t.equal((await app.inject({ url: `/v1/articles/${SLUG}` })).statusCode, 404)
})

test('the cached article response follows review changes made anywhere', async (t) => {
  const app = await build(t, { env: { REVIEW_MODERATION: 'post' } })
  const url = `/v1/articles/${SLUG}`
  const first = await app.inject({ url })
  t.same(first.json().data.reviews, { count: 0, average: null })
  // Written straight to the table, as another process or a script would: the trigger bumps reviews_version.
  const { id } = await app.database.db.selectFrom('articles').select('id').where('slug', '=', SLUG).executeTakeFirstOrThrow()
  await app.database.db.insertInto('reviews').values({
    article_id: id,
    author_name: 'Direct',
    email: null,
    rating: 2,
    title: null,
    body: 'Inserted elsewhere',
    status: 'approved',
    ip_hash: 'x',
    body_hash: 'y',
    created_at: new Date().toISOString(),
    updated_at: new Date().toISOString(),
  }).execute()
  const second = await app.inject({ url })
  t.same(second.json().data.reviews, { count: 1, average: 2 })
  t.not(second.headers.etag, first.headers.etag)
  t.equal(second.json().data.updated_at, first.json().data.updated_at, 'the content itself did not change')
  await app.database.db.deleteFrom('reviews').execute()
  t.same((await app.inject({ url })).json().data.reviews, { count: 0, average: null }, 'deletes are seen too')
  t.equal((await app.inject({ url })).headers.etag, first.headers.etag, 'the same state has the same ETag')
})
