import { test } from 'tap'
import type { TSchema } from '@sinclair/typebox'
import { createValidator } from '../../src/http/validation.js'
import { ADMIN, build, SLUG } from '../helper.js'

const ARTICLE = `/v1/articles/${SLUG}`

test('fields= trims the article and the list; include=reviews embeds the first page of approved reviews', async (t) => {
  const app = await build(t, { env: { REVIEW_MODERATION: 'post' } })
  const schemas = Object.values(app.getSchemas()) as TSchema[]
  const validates = (id: string, value: unknown) => {
    const result = createValidator(schemas.find((schema) => schema.$id === id)!, schemas)(value)
    t.ok(result.ok, `${id}: ${JSON.stringify(result.ok ? [] : result.errors)}`)
  }

  const full = (await app.inject({ url: ARTICLE })).json()
  validates('ArticleEnvelope', full)
  const trimmed = await app.inject({ url: `${ARTICLE}?fields=toc,slug,title,slug` })
  t.equal(trimmed.statusCode, 200)
  t.same(trimmed.json(), { data: { slug: full.data.slug, title: full.data.title, toc: full.data.toc } }, 'only those fields, each once, in the article\'s order')
  t.ok(trimmed.body.length < full.data.toc.length * 200, `a small payload (${trimmed.body.length} bytes)`)
  validates('ArticleSelection', trimmed.json())
  t.not(trimmed.headers.etag, (await app.inject({ url: ARTICLE })).headers.etag, 'its own ETag')
  t.equal((await app.inject({ url: `${ARTICLE}?fields=toc,slug,title,slug`, headers: { 'if-none-match': trimmed.headers.etag as string } })).statusCode, 304)

  const unknown = await app.inject({ url: `${ARTICLE}?fields=slug,body,author_email` })
  t.equal(unknown.statusCode, 400)
  t.match(unknown.json().errors, [{ path: '/query/fields', message: /^unknown fields "body", "author_email" \(known: slug, title/ }])
  t.equal((await app.inject({ url: `${ARTICLE}?fields=` })).statusCode, 400, 'an empty list is refused')

  await app.inject({ method: 'POST', url: `${ARTICLE}/reviews`, payload: { author_name: 'Ayesha K.', rating: 5, body: 'Useful.' } })
  const withReviews = await app.inject({ url: `${ARTICLE}?fields=slug,reviews&include=reviews` })
  t.match(withReviews.json(), {
    data: { slug: SLUG, reviews: { count: 1, average: 5 } },
    included: { reviews: { data: [{ author_name: 'Ayesha K.', rating: 5 }], meta: { pagination: { page: 1, total: 1 } } } },
  })
  validates('ArticleSelection', withReviews.json())
  const withAll = (await app.inject({ url: `${ARTICLE}?include=reviews` })).json()
  t.equal(withAll.data.sections.length, 9, 'include alone keeps every field')
  validates('ArticleSelection', withAll)

  const list = await app.inject({ url: '/v1/articles?fields=slug,reviews' })
  t.same(list.json().data, [{ slug: SLUG, reviews: { count: 1, average: 5 } }])
  validates('ArticleListSelection', list.json())
  t.equal((await app.inject({ url: '/v1/articles?fields=toc' })).statusCode, 400, 'a field of the article that summaries do not have')

  t.test('a draft\'s fields are not reachable', async (t) => {
    await app.inject({ method: 'POST', url: `/v1/admin/articles/${SLUG}/unpublish`, headers: ADMIN })
    t.equal((await app.inject({ url: `${ARTICLE}?fields=slug` })).statusCode, 404)
  })
})
