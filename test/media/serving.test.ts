// Media out: serving originals and variants, and the admin library (list, edit, delete, purge).
import t from 'tap'
import sharp from 'sharp'
import type { FastifyInstance } from 'fastify'
import { PROBLEM, ADMIN, SLUG } from '../helper.js'
import { animatedGif, filesUnder, mediaApp, photo, rowsOf, storedBytes, uploaded, DEFAULT_STORAGE, image, mediaEvents, upload } from './media-helper.js'

// Serving originals and variants

const IMMUTABLE = 'public, max-age=31536000, immutable'
const STRONG_ETAG = /^"[A-Za-z0-9_-]{10,}"$/

t.test('GET /media/{id}/{name}', async (t) => {
  const { app, mediaPath } = await mediaApp(t)
  const item = await uploaded(app, await photo(1200, 800), 'ward round.jpg', { alt: 'A ward' })
  const original = (await storedBytes(app, mediaPath, item.id)).get(`${item.id}/original`)!
  const size = original.length
  t.equal(item.bytes, size)
  t.equal(item.path, `/media/${item.id}/ward-round.jpg`)

  const budgetBefore = app.responseBudget.stats().bytes
  const get = await app.inject({ url: item.path })
  const etag = get.headers.etag as string

  t.test('a sent file is kept within RESPONSE_CACHE_MAX_MB, counted with every other kept answer', async (t) => {
    t.ok(app.responseBudget.stats().bytes - budgetBefore >= size, 'the one response budget counts the kept file')
    t.ok(app.responseBudget.stats().bytes <= app.responseBudget.maxBytes)
  })

  t.test('the original: 200 with its bytes and immutable caching headers', async (t) => {
    t.equal(get.statusCode, 200)
    t.ok(get.rawPayload.equals(original), 'the stored bytes')
    t.equal(get.headers['content-type'], 'image/jpeg')
    t.equal(get.headers['content-length'], String(size))
    t.match(etag, STRONG_ETAG, 'a strong ETag')
    t.equal(get.headers['cache-control'], IMMUTABLE)
    t.equal(get.headers['x-content-type-options'], 'nosniff')
    t.equal(get.headers['accept-ranges'], 'bytes')
    const again = await app.inject({ url: item.path })
    t.equal(again.headers.etag, etag, 'the same ETag every time')
  })

  t.test('HEAD: the same headers, no body', async (t) => {
    const head = await app.inject({ method: 'HEAD', url: item.path })
    t.equal(head.statusCode, 200)
    t.equal(head.body, '')
    t.equal(head.headers['content-type'], 'image/jpeg')
    t.equal(head.headers['content-length'], String(size))
    t.equal(head.headers.etag, etag)
    t.equal(head.headers['cache-control'], IMMUTABLE)
    t.equal(head.headers['x-content-type-options'], 'nosniff')
  })

  t.test('If-None-Match', async (t) => {
    const hit = await app.inject({ url: item.path, headers: { 'if-none-match': etag } })
    t.equal(hit.statusCode, 304)
    t.equal(hit.body, '')
    t.equal(hit.headers.etag, etag)
    t.equal(hit.headers['cache-control'], IMMUTABLE)
    t.equal((await app.inject({ url: item.path, headers: { 'if-none-match': `"other", ${etag}` } })).statusCode, 304, 'one of a list')
    t.equal((await app.inject({ url: item.path, headers: { 'if-none-match': `W/${etag}` } })).statusCode, 304, 'weak comparison')
    const miss = await app.inject({ url: item.path, headers: { 'if-none-match': '"something-else"' } })
    t.equal(miss.statusCode, 200)
    t.ok(miss.rawPayload.equals(original))
  })

  t.test('Range', async (t) => {
    const first = await app.inject({ url: item.path, headers: { range: 'bytes=0-99' } })
    t.equal(first.statusCode, 206)
    t.equal(first.headers['content-range'], `bytes 0-99/${size}`)
    t.equal(first.headers['content-length'], '100')
    t.equal(first.headers['content-type'], 'image/jpeg')
    t.equal(first.headers.etag, etag)
    t.ok(first.rawPayload.equals(original.subarray(0, 100)), 'the first 100 bytes')

    const suffix = await app.inject({ url: item.path, headers: { range: 'bytes=-50' } })
    t.equal(suffix.statusCode, 206)
    t.equal(suffix.headers['content-range'], `bytes ${size - 50}-${size - 1}/${size}`)
    t.ok(suffix.rawPayload.equals(original.subarray(size - 50)), 'the last 50 bytes')

    const rest = await app.inject({ url: item.path, headers: { range: `bytes=${size - 10}-` } })
    t.equal(rest.statusCode, 206)
    t.equal(rest.headers['content-range'], `bytes ${size - 10}-${size - 1}/${size}`)
    t.ok(rest.rawPayload.equals(original.subarray(size - 10)))

    const clipped = await app.inject({ url: item.path, headers: { range: `bytes=${size - 5}-${size + 1000}` } })
    t.equal(clipped.statusCode, 206)
    t.equal(clipped.headers['content-range'], `bytes ${size - 5}-${size - 1}/${size}`, 'an end past the end is the end')

    const past = await app.inject({ url: item.path, headers: { range: `bytes=${size}-${size + 10}` } })
    t.equal(past.statusCode, 416)
    t.equal(past.headers['content-range'], `bytes */${size}`)
    t.equal(past.headers['content-type'], PROBLEM)

    const several = await app.inject({ url: item.path, headers: { range: 'bytes=0-9,20-29' } })
    t.equal(several.statusCode, 200, 'several ranges: the whole body')
    t.equal(several.headers['content-range'], undefined)
    t.ok(several.rawPayload.equals(original))

    const stale = await app.inject({ url: item.path, headers: { range: 'bytes=0-99', 'if-range': '"an-older-etag"' } })
    t.equal(stale.statusCode, 200, 'If-Range with another ETag: the whole body')
    t.ok(stale.rawPayload.equals(original))
    const fresh = await app.inject({ url: item.path, headers: { range: 'bytes=0-99', 'if-range': etag } })
    t.equal(fresh.statusCode, 206, 'If-Range with this ETag: the range')
    t.equal(fresh.rawPayload.length, 100)

    const head = await app.inject({ method: 'HEAD', url: item.path, headers: { range: 'bytes=0-99' } })
    t.equal(head.statusCode, 206, 'HEAD with a range')
    t.equal(head.headers['content-range'], `bytes 0-99/${size}`)
    t.equal(head.body, '')

    const malformed = await app.inject({ url: item.path, headers: { range: 'pages=1-2' } })
    t.equal(malformed.statusCode, 200, 'a range in another unit is ignored')
    t.ok(malformed.rawPayload.equals(original))
  })

  t.test('?w=640: a variant 640 pixels wide in the same format, made once and kept', async (t) => {
    const res = await app.inject({ url: `${item.path}?w=640` })
    t.equal(res.statusCode, 200, res.body.slice(0, 200))
    t.equal(res.headers['content-type'], 'image/jpeg')
    t.match(await sharp(res.rawPayload).metadata(), { format: 'jpeg', width: 640, height: 427 })
    t.equal(res.headers['content-length'], String(res.rawPayload.length))
    t.match(res.headers.etag, STRONG_ETAG)
    t.not(res.headers.etag, etag, 'other bytes, another ETag')
    t.equal(res.headers['cache-control'], IMMUTABLE)
    t.equal(res.headers['x-content-type-options'], 'nosniff')
    t.ok(res.rawPayload.length < size, 'smaller than the original')
    const stored = (await storedBytes(app, mediaPath, item.id)).get(`${item.id}/640.jpeg`)
    t.ok(stored?.equals(res.rawPayload), 'stored as served')
    t.match(await rowsOf(app, 'media_variants', item.id), [{ width: 640, format: 'jpeg', content_type: 'image/jpeg', bytes: res.rawPayload.length, etag: res.headers.etag, storage: DEFAULT_STORAGE }])
    const again = await app.inject({ url: `${item.path}?w=640` })
    t.ok(again.rawPayload.equals(res.rawPayload), 'the same bytes the second time')
    t.equal(again.headers.etag, res.headers.etag)
    t.equal((await app.inject({ url: `${item.path}?w=640`, headers: { 'if-none-match': res.headers.etag as string } })).statusCode, 304)
    const range = await app.inject({ url: `${item.path}?w=640`, headers: { range: 'bytes=10-19' } })
    t.equal(range.statusCode, 206)
    t.ok(range.rawPayload.equals(res.rawPayload.subarray(10, 20)))
  })

  t.test('?format=: that type, at the original\'s size', async (t) => {
    // AVIF is slow to encode: asked for at 320 pixels wide (the others at the original's 1200).
    for (const [query, type, sharpFormat, width] of [['format=webp', 'image/webp', 'webp', 1200], ['w=320&format=avif', 'image/avif', 'heif', 320], ['format=png', 'image/png', 'png', 1200], ['format=jpeg', 'image/jpeg', 'jpeg', 1200]] as const) {
      const res = await app.inject({ url: `${item.path}?${query}` })
      t.equal(res.statusCode, 200, `${query}: ${res.body.slice(0, 200)}`)
      t.equal(res.headers['content-type'], type)
      t.match(await sharp(res.rawPayload).metadata(), { format: sharpFormat, width, height: Math.round(width * 2 / 3) }, query)
      t.equal(res.headers['cache-control'], IMMUTABLE)
    }
    const jpeg = await app.inject({ url: `${item.path}?format=jpeg` })
    t.ok(jpeg.rawPayload.equals(original), 'the original\'s own format is the original')
    const webp = await app.inject({ url: `${item.path}?w=320&format=webp` })
    t.match(await sharp(webp.rawPayload).metadata(), { format: 'webp', width: 320, height: 213 })
  })

  t.test('?w= at or above the image\'s width: its own size, never enlarged', async (t) => {
    const res = await app.inject({ url: `${item.path}?w=1920` })
    t.equal(res.statusCode, 200)
    t.ok(res.rawPayload.equals(original), 'the original')
    t.equal(res.headers.etag, etag)
    const webp = await app.inject({ url: `${item.path}?w=1920&format=webp` })
    t.match(await sharp(webp.rawPayload).metadata(), { format: 'webp', width: 1200, height: 800 })
    const variants = await rowsOf(app, 'media_variants', item.id)
    t.notOk(variants.some((v) => v.width === 1920), 'no variant stored under 1920')
  })

  t.test('a width outside the set: 400 naming the allowed widths, nothing made', async (t) => {
    const before = await rowsOf(app, 'media_variants', item.id)
    for (const w of ['500', '0', '-320', '99999', '320.5', 'abc']) {
      const res = await app.inject({ url: `${item.path}?w=${w}` })
      t.equal(res.statusCode, 400, `w=${w}`)
      t.equal(res.headers['content-type'], PROBLEM)
      t.match(res.json().errors, [{ path: '/query/w' }])
      if (/^-?\d+$/.test(w)) t.match(res.body, '320, 640, 960, 1280, 1920', `w=${w}: names the widths`)
    }
    const twice = await app.inject({ url: `${item.path}?w=320&w=640` })
    t.equal(twice.statusCode, 400, 'two widths')
    t.equal(twice.headers['content-type'], PROBLEM)
    const unknown = await app.inject({ url: `${item.path}?width=320` })
    t.equal(unknown.statusCode, 400, 'an unknown parameter')
    const format = await app.inject({ url: `${item.path}?format=gif` })
    t.equal(format.statusCode, 400)
    t.equal(format.headers['content-type'], PROBLEM)
    t.same(await rowsOf(app, 'media_variants', item.id), before)
  })

  t.test('an unknown id: 404 problem; a malformed one: 400', async (t) => {
    const res = await app.inject({ url: '/media/0123456789abcdef01234567/ward-round.jpg' })
    t.equal(res.statusCode, 404)
    t.equal(res.headers['content-type'], PROBLEM)
    t.match(res.json(), { status: 404, detail: /0123456789abcdef01234567/ })
    t.equal(res.headers['cache-control'] === IMMUTABLE, false, 'a 404 is not cached for a year')
    t.equal((await app.inject({ url: '/media/0123456789abcdef01234567/x.jpg?w=640' })).statusCode, 404)
    const malformed = await app.inject({ url: '/media/not-an-id/x.jpg' })
    t.equal(malformed.statusCode, 400)
    t.equal(malformed.headers['content-type'], PROBLEM)
  })

  t.test('any name serves the same bytes', async (t) => {
    const res = await app.inject({ url: `/media/${item.id}/something-else.png` })
    t.equal(res.statusCode, 200)
    t.ok(res.rawPayload.equals(original))
    t.equal(res.headers['content-type'], 'image/jpeg', 'the stored type, not the name\'s')
  })
})

t.test('GET /media/{id}/{name} of an animated GIF', async (t) => {
  const { app } = await mediaApp(t)
  const item = await uploaded(app, await animatedGif(400, 300), 'spinner.gif')
  t.match(item, { content_type: 'image/gif', width: 400, height: 300 })
  const resized = await app.inject({ url: `${item.path}?w=320` })
  t.equal(resized.statusCode, 200)
  t.equal(resized.headers['content-type'], 'image/webp', 'a resized GIF is an animated WebP')
  t.match(await sharp(resized.rawPayload, { animated: true }).metadata(), { format: 'webp', pages: 3, width: 320, pageHeight: 240 })
  const png = await app.inject({ url: `${item.path}?format=png` })
  t.match(await sharp(png.rawPayload).metadata(), { format: 'png', width: 400, height: 300 }, 'PNG: the first frame')
  const gif = await app.inject({ url: item.path })
  t.equal(gif.headers['content-type'], 'image/gif')
  t.match(await sharp(gif.rawPayload, { animated: true }).metadata(), { pages: 3, width: 400, pageHeight: 300 })
})

t.test('100 concurrent first requests for the same new variant make it once', async (t) => {
  for (const storage of ['files', 'database'] as const) {
    t.test(`MEDIA_STORAGE=${storage}`, async (t) => {
      const { app, mediaPath } = await mediaApp(t, { MEDIA_STORAGE: storage })
      const item = await uploaded(app, await photo(700, 500, 7), 'stampede.jpg')
      const repository = app.repositories.media
      const insertVariant = repository.insertVariant.bind(repository)
      let made = 0
      repository.insertVariant = async (...args) => {
        made++
        return insertVariant(...args)
      }
      t.teardown(() => { repository.insertVariant = insertVariant })

      const url = `${item.path}?w=320&format=webp`
      const answers = await Promise.all(Array.from({ length: 100 }, () => app.inject({ url })))
      t.same([...new Set(answers.map((res) => res.statusCode))], [200])
      const first = answers[0]!
      t.ok(answers.every((res) => res.rawPayload.equals(first.rawPayload)), 'identical bytes')
      t.same([...new Set(answers.map((res) => res.headers.etag))], [first.headers.etag], 'one ETag')
      t.equal(made, 1, 'the variant was made and stored once')
      t.equal((await rowsOf(app, 'media_variants', item.id)).length, 1, 'one media_variants row')
      const stored = await storedBytes(app, mediaPath, item.id)
      t.same([...stored.keys()].sort(), [`${item.id}/320.webp`, `${item.id}/original`])
      t.ok(stored.get(`${item.id}/320.webp`)!.equals(first.rawPayload))
      t.same(filesUnder(mediaPath).filter((file) => file.endsWith('.tmp')), [], 'no temporary file left')

      const later = await Promise.all(Array.from({ length: 20 }, () => app.inject({ url })))
      t.ok(later.every((res) => res.statusCode === 200 && res.rawPayload.equals(first.rawPayload)), 'served from storage afterwards')
      t.equal(made, 1, 'not made again')
    })
  }
})

t.test('a request that looked for a variant just before it was stored does not make it again', async (t) => {
  const { app } = await mediaApp(t)
  const item = await uploaded(app, await photo(700, 500, 8), 'late.jpg')
  const repository = app.repositories.media
  const originals = { findVariant: repository.findVariant.bind(repository), insertVariant: repository.insertVariant.bind(repository) }
  t.teardown(() => Object.assign(repository, originals))
  const signal = () => {
    let done!: () => void
    const happened = new Promise<void>((resolve) => { done = resolve })
    return { done, happened }
  }
  const firstStoring = signal()
  const firstAnswered = signal()
  // What a lookup made before the variant is stored finds: nothing.
  const beforeTheStore = await originals.findVariant(item.id, 320, 'jpeg')
  t.equal(beforeTheStore, undefined)
  let made = 0
  let armed = false
  repository.insertVariant = async (...args) => {
    made++
    firstStoring.done()
    return originals.insertVariant(...args)
  }
  // The second request's lookup ran just before the first request's job stored the variant (it found nothing), and
  // its answer arrives once the first request has been answered: that job is over by then.
  repository.findVariant = async (...args) => {
    if (!armed) return originals.findVariant(...args)
    armed = false
    await firstAnswered.happened
    return beforeTheStore
  }
  const url = `${item.path}?w=320`
  const first = app.inject({ url })
  await firstStoring.happened
  armed = true
  const second = app.inject({ url })
  const firstAnswer = await first
  firstAnswered.done()
  const secondAnswer = await second
  t.equal(firstAnswer.statusCode, 200)
  t.equal(secondAnswer.statusCode, 200)
  t.ok(secondAnswer.rawPayload.equals(firstAnswer.rawPayload), 'the same bytes')
  t.equal(made, 1, 'made once')
  t.equal((await rowsOf(app, 'media_variants', item.id)).length, 1)
})

// The admin library: list, edit, delete, purge

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
