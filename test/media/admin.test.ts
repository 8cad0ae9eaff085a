import t from 'tap'
import type { FastifyInstance } from 'fastify'
import { ADMIN, PROBLEM, SLUG } from '../helper.js'
import { filesUnder, image, mediaApp, mediaEvents, photo, rowsOf, storedBytes, upload, uploaded } from './media-helper.js'

const url = (id: string) => `/v1/admin/media/${id}`

/** Marks the seed article as using a media item (the content feature writes these rows with each article). */
async function useInSeedArticle (app: FastifyInstance, mediaId: string) {
  const article = await app.database.db.selectFrom('articles').select(['id', 'title', 'status']).where('slug', '=', SLUG).executeTakeFirstOrThrow()
  await app.database.db.insertInto('article_media').values({ article_id: article.id, media_id: mediaId }).execute()
  return article
}

t.test('GET /v1/admin/media', async (t) => {
  const { app } = await mediaApp(t)
  const items = []
  for (const [i, format] of (['png', 'jpeg', 'png', 'webp', 'png'] as const).entries()) {
    items.push(await uploaded(app, await image(format, 20 + i, 20, '#246'), `item-${i}.${format}`))
  }
  const newestFirst = items.map((item) => item.id).reverse()

  const all = await app.inject({ url: '/v1/admin/media', headers: ADMIN })
  t.equal(all.statusCode, 200)
  t.same(all.json().data.map((item: { id: string }) => item.id), newestFirst, 'newest first')
  t.match(all.json().meta.pagination, { page: 1, total: 5 })
  t.match(all.json().data[0], { id: items[4]!.id, url: `http://127.0.0.1:3000/media/${items[4]!.id}/item-4.png`, content_type: 'image/png', width: 24, height: 20 })

  const page2 = await app.inject({ url: '/v1/admin/media?limit=2&page=2', headers: ADMIN })
  t.equal(page2.statusCode, 200)
  t.same(page2.json().data.map((item: { id: string }) => item.id), newestFirst.slice(2, 4))
  t.match(page2.json().meta.pagination, { page: 2, limit: 2, pages: 3, total: 5 })
  t.match(page2.headers.link, /rel="next"/)
  const page3 = await app.inject({ url: '/v1/admin/media?limit=2&page=3', headers: ADMIN })
  t.same(page3.json().data.map((item: { id: string }) => item.id), newestFirst.slice(4))

  const pngs = await app.inject({ url: '/v1/admin/media?type=image/png', headers: ADMIN })
  t.equal(pngs.statusCode, 200)
  t.same(pngs.json().data.map((item: { id: string }) => item.id), [items[4]!.id, items[2]!.id, items[0]!.id])
  t.equal(pngs.json().meta.pagination.total, 3)
  const gifs = await app.inject({ url: '/v1/admin/media?type=image%2Fgif', headers: ADMIN })
  t.same(gifs.json().data, [])

  const badType = await app.inject({ url: '/v1/admin/media?type=image/svg%2Bxml', headers: ADMIN })
  t.equal(badType.statusCode, 400)
  t.equal(badType.headers['content-type'], PROBLEM)
  t.equal((await app.inject({ url: '/v1/admin/media' })).statusCode, 401, 'no admin key')
})

t.test('GET /v1/admin/media/{id}', async (t) => {
  const { app } = await mediaApp(t)
  const item = await uploaded(app, await photo(700, 400, 5), 'chart.jpg', { alt: 'A chart' })
  t.equal((await app.inject({ url: `${item.path}?w=320&format=webp` })).statusCode, 200)
  t.equal((await app.inject({ url: `${item.path}?format=png` })).statusCode, 200)

  const unused = await app.inject({ url: url(item.id), headers: ADMIN })
  t.equal(unused.statusCode, 200)
  t.match(unused.json().data, { id: item.id, alt: 'A chart', width: 700, height: 400, articles: [] })
  t.match(unused.json().data.variants, [
    { width: 0, format: 'png', content_type: 'image/png', url: `http://127.0.0.1:3000${item.path}?format=png` },
    { width: 320, format: 'webp', content_type: 'image/webp', url: `http://127.0.0.1:3000${item.path}?w=320&format=webp` },
  ])
  const variantRows = await rowsOf(app, 'media_variants', item.id)
  t.same(unused.json().data.variants.map((v: { bytes: number }) => v.bytes), variantRows.map((row) => row.bytes))

  const article = await useInSeedArticle(app, item.id)
  const used = await app.inject({ url: url(item.id), headers: ADMIN })
  t.same(used.json().data.articles, [{ slug: SLUG, title: article.title, status: article.status }], 'the articles using it')

  const missing = await app.inject({ url: url('0123456789abcdef01234567'), headers: ADMIN })
  t.equal(missing.statusCode, 404)
  t.equal(missing.headers['content-type'], PROBLEM)
  t.equal((await app.inject({ url: url('nope'), headers: ADMIN })).statusCode, 400)
  t.equal((await app.inject({ url: url(item.id) })).statusCode, 401)
})

t.test('PATCH /v1/admin/media/{id}', async (t) => {
  const { app, mediaPath } = await mediaApp(t)
  const item = await uploaded(app, await image('png', 40, 40, '#555'), 'edit.png', { alt: 'Old alt' })
  const bytesBefore = await storedBytes(app, mediaPath, item.id)
  const patch = (id: string, payload: unknown) => app.inject({ method: 'PATCH', url: url(id), headers: ADMIN, payload: payload as object })

  const res = await patch(item.id, { alt: '  Two interns reading a chart ', title: 'Ward round' })
  t.equal(res.statusCode, 200, res.body)
  t.match(res.json().data, { id: item.id, alt: 'Two interns reading a chart', title: 'Ward round', url: item.url, sha256: item.sha256 })
  t.ok(res.json().data.updated_at >= res.json().data.created_at)
  t.match(await rowsOf(app, 'media', item.id), [{ alt: 'Two interns reading a chart', title: 'Ward round' }])

  const titleOnly = await patch(item.id, { title: null })
  t.match(titleOnly.json().data, { alt: 'Two interns reading a chart', title: null }, 'alt kept when only the title changes')

  for (const body of [{ alt: 'x', caption: 'unknown' }, { width: 10 }, {}, { alt: 42 }, { title: 'x'.repeat(301) }, ['alt']]) {
    const bad = await patch(item.id, body)
    t.equal(bad.statusCode, 400, JSON.stringify(body))
    t.equal(bad.headers['content-type'], PROBLEM)
  }
  const unknown = await patch(item.id, { alt: 'x', caption: 'unknown' })
  t.same(unknown.json().errors, [{ path: '/body/caption', message: 'is not a known field or parameter here' }], 'the unknown field named')
  t.match(await rowsOf(app, 'media', item.id), [{ alt: 'Two interns reading a chart', title: null }], 'bad input changed nothing')

  const missing = await patch('0123456789abcdef01234567', { alt: 'x' })
  t.equal(missing.statusCode, 404)
  t.equal(missing.headers['content-type'], PROBLEM)
  t.equal((await app.inject({ method: 'PATCH', url: url(item.id), payload: { alt: 'x' } })).statusCode, 401)
  t.same(await storedBytes(app, mediaPath, item.id), bytesBefore, 'the bytes never change')
})

t.test('DELETE /v1/admin/media/{id}', async (t) => {
  for (const storage of ['files', 'database'] as const) {
    t.test(`MEDIA_STORAGE=${storage}`, async (t) => {
      const { app, mediaPath } = await mediaApp(t, { MEDIA_STORAGE: storage })
      const item = await uploaded(app, await photo(700, 400, 9), 'gone.jpg')
      const keep = await uploaded(app, await image('png', 30, 30, '#abc'), 'keep.png')
      for (const query of ['?w=320', '?format=webp']) t.equal((await app.inject({ url: `${item.path}${query}` })).statusCode, 200)
      t.equal((await storedBytes(app, mediaPath, item.id)).size, 3)

      const article = await useInSeedArticle(app, item.id)
      const refused = await app.inject({ method: 'DELETE', url: url(item.id), headers: ADMIN })
      t.equal(refused.statusCode, 409, refused.body)
      t.equal(refused.headers['content-type'], PROBLEM)
      t.match(refused.json(), { type: /media-in-use/, detail: new RegExp(SLUG) })
      t.equal((await storedBytes(app, mediaPath, item.id)).size, 3, 'nothing deleted')
      t.equal((await rowsOf(app, 'media', item.id)).length, 1)
      t.equal((await rowsOf(app, 'media_variants', item.id)).length, 2)
      t.equal((await app.inject({ url: item.path })).statusCode, 200)
      t.same((await mediaEvents(app, item.id)).map((event) => event.type), ['media.created'])

      await app.database.db.deleteFrom('article_media').where('article_id', '=', article.id).execute()
      const res = await app.inject({ method: 'DELETE', url: url(item.id), headers: ADMIN })
      t.equal(res.statusCode, 204, res.body)
      t.equal(res.body, '')
      t.same([...(await storedBytes(app, mediaPath, item.id)).keys()], [], 'original and variants gone from storage')
      t.same(filesUnder(mediaPath).filter((file) => file.includes(item.id)), [], 'its folder too')
      t.equal((await rowsOf(app, 'media', item.id)).length, 0)
      t.equal((await rowsOf(app, 'media_variants', item.id)).length, 0)
      t.equal((await app.inject({ url: item.path })).statusCode, 404)
      t.equal((await app.inject({ url: `${item.path}?w=320` })).statusCode, 404)
      const events = await mediaEvents(app, item.id)
      t.same(events.map((event) => event.type), ['media.created', 'media.deleted'])
      t.match(events[1]!.data, { id: item.id, url: item.url, content_type: 'image/jpeg' })

      t.equal((await storedBytes(app, mediaPath, keep.id)).size, 1, 'the other item untouched')
      t.equal((await app.inject({ url: keep.path })).statusCode, 200)
      const again = await app.inject({ method: 'DELETE', url: url(item.id), headers: ADMIN })
      t.equal(again.statusCode, 404)
      t.equal(again.headers['content-type'], PROBLEM)
      t.equal((await app.inject({ method: 'DELETE', url: url(keep.id) })).statusCode, 401)

      const reupload = await upload(app, await photo(700, 400, 9), 'gone-again.jpg')
      t.equal(reupload.statusCode, 201, 'the same bytes after deletion: a new item')
      t.equal(reupload.json().data.id, item.id)
    })
  }
})

t.test('POST /v1/admin/media/purge-variants', async (t) => {
  const { app, mediaPath } = await mediaApp(t)
  const used = await uploaded(app, await photo(700, 400, 21), 'used.jpg')
  const unused = await uploaded(app, await photo(700, 400, 22), 'unused.jpg')
  for (const item of [used, unused]) {
    for (const query of ['?w=320', '?w=640&format=webp']) t.equal((await app.inject({ url: `${item.path}${query}` })).statusCode, 200)
  }
  await useInSeedArticle(app, used.id)
  const unusedVariants = await rowsOf(app, 'media_variants', unused.id)
  const usedVariants = await rowsOf(app, 'media_variants', used.id)

  const res = await app.inject({ method: 'POST', url: '/v1/admin/media/purge-variants', headers: ADMIN })
  t.equal(res.statusCode, 200, res.body)
  t.same(res.json(), { data: { variants: 2, bytes: unusedVariants.reduce((sum, v) => sum + v.bytes, 0) } })
  t.same(await rowsOf(app, 'media_variants', unused.id), [], 'the unused item\'s variants are gone')
  t.same([...(await storedBytes(app, mediaPath, unused.id)).keys()], [`${unused.id}/original`], 'its original stays')
  t.same(await rowsOf(app, 'media_variants', used.id), usedVariants, 'the used item\'s variants stay')
  t.equal((await storedBytes(app, mediaPath, used.id)).size, 3)

  const remade = await app.inject({ url: `${unused.path}?w=320` })
  t.equal(remade.statusCode, 200, 'made again when asked for')
  t.equal((await rowsOf(app, 'media_variants', unused.id)).length, 1)

  const again = await app.inject({ method: 'POST', url: '/v1/admin/media/purge-variants', headers: ADMIN })
  t.same(again.json(), { data: { variants: 1, bytes: remade.rawPayload.length } })
  const empty = await app.inject({ method: 'POST', url: '/v1/admin/media/purge-variants', headers: ADMIN })
  t.same(empty.json(), { data: { variants: 0, bytes: 0 } })
  t.equal((await app.inject({ method: 'POST', url: '/v1/admin/media/purge-variants' })).statusCode, 401)
})

t.test('webhooks: media.created on a new upload only, media.deleted on delete', async (t) => {
  const { app } = await mediaApp(t)
  const png = await image('png', 32, 32, '#765')
  const first = await upload(app, png, 'hook.png', { alt: 'Hook' })
  t.equal(first.statusCode, 201)
  const item = first.json().data
  t.equal((await upload(app, png, 'hook-again.png')).statusCode, 200)
  const events = await mediaEvents(app, item.id)
  t.same(events.map((event) => event.type), ['media.created'], 'one event for two uploads of the same bytes')
  t.same(events[0]!.data, item, 'the event carries the item as the API shows it')
  t.equal((await app.inject({ method: 'DELETE', url: url(item.id), headers: ADMIN })).statusCode, 204)
  t.same((await mediaEvents(app, item.id)).map((event) => event.type), ['media.created', 'media.deleted'])
})
