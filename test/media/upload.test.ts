// Media in: what an upload accepts and refuses, what it stores (in either storage driver) and announces, and that no metadata is kept.
import t, { type Test } from 'tap'
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import sharp from 'sharp'
import { thumbHashToRGBA } from 'thumbhash'
import { ADMIN, PROBLEM, ENGINE, build, databaseEnv, tempDir } from '../helper.js'
import { animatedGif, filesUnder, form, image, mediaApp, mediaEvents, noise, pixelBomb, rowsOf, storedBytes, upload, DEFAULT_STORAGE, gpsJpeg, secretsIn, photo, uploaded } from './media-helper.js'

// Uploads: accepted types, refusals, what is stored and announced

const ID = /^[0-9a-f]{24}$/
const ACCEPTED = ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif']

t.test('POST /v1/admin/media accepts each image type', async (t) => {
  const { app, mediaPath } = await mediaApp(t)
  const cases = [
    { type: 'image/jpeg', name: 'Ward Round.JPG', bytes: await image('jpeg', 96, 64, '#a33'), width: 96, height: 64, ext: 'jpg' },
    { type: 'image/png', name: 'chart.png', bytes: await image('png', 80, 60, '#3a3'), width: 80, height: 60, ext: 'png' },
    { type: 'image/webp', name: 'photo.webp', bytes: await image('webp', 72, 40, '#33a'), width: 72, height: 40, ext: 'webp' },
    { type: 'image/avif', name: 'hero.avif', bytes: await image('avif', 64, 64, '#aa3'), width: 64, height: 64, ext: 'avif' },
    { type: 'image/gif', name: 'logo.gif', bytes: await image('gif', 50, 30, '#3aa'), width: 50, height: 30, ext: 'gif' },
    { type: 'image/gif', name: 'spinner.gif', bytes: await animatedGif(), width: 64, height: 48, ext: 'gif', frames: 3 },
  ]
  for (const c of cases) {
    t.test(`${c.name} (${c.type}${c.frames ? ', animated' : ''})`, async (t) => {
      const res = await upload(app, c.bytes, c.name, { alt: `  Alt of ${c.name} `, title: 'A title' })
      t.equal(res.statusCode, 201, res.body)
      const item = res.json().data
      t.match(item.id, ID)
      t.equal(res.headers.location, `/v1/admin/media/${item.id}`)
      t.equal(item.content_type, c.type)
      t.equal(item.name, `${c.name.replace(/\.[^.]+$/, '').toLowerCase().replace(/ /g, '-')}.${c.ext}`)
      t.equal(item.url, `http://127.0.0.1:3000/media/${item.id}/${item.name}`)
      t.equal(item.width, c.width)
      t.equal(item.height, c.height)
      t.equal(item.alt, `Alt of ${c.name}`, 'alt trimmed')
      t.equal(item.title, 'A title')
      t.match(item.sha256, /^[0-9a-f]{64}$/)
      t.equal(item.id, item.sha256.slice(0, 24))
      t.ok(Date.parse(item.created_at) > Date.now() - 60_000, 'created_at is now')
      const placeholder = thumbHashToRGBA(Buffer.from(item.thumbhash, 'base64'))
      t.ok(placeholder.w > 0 && placeholder.w <= 32 && placeholder.h > 0 && placeholder.h <= 32, `thumbhash decodes to a small image (${placeholder.w} × ${placeholder.h})`)
      t.equal(placeholder.rgba.length, placeholder.w * placeholder.h * 4)
      t.equal(Math.sign(placeholder.w - placeholder.h), Math.sign(c.width - c.height), 'the placeholder has the image\'s orientation')

      const stored = await storedBytes(app, mediaPath, item.id)
      t.same([...stored.keys()], [`${item.id}/original`])
      const original = stored.get(`${item.id}/original`)!
      t.equal(item.bytes, original.length)
      const meta = await sharp(original, { animated: true }).metadata()
      t.equal(`image/${meta.format === 'heif' ? 'avif' : meta.format}`, c.type, 'stored in its own type')
      t.equal(meta.pages ?? 1, c.frames ?? 1, c.frames ? 'every frame kept' : 'one frame')
      const served = await app.inject({ url: new URL(item.url).pathname })
      t.equal(served.statusCode, 200)
      t.ok(served.rawPayload.equals(original), 'the URL serves the stored bytes')

      const rows = await rowsOf(app, 'media', item.id)
      t.equal(rows.length, 1)
      t.match(rows[0], { content_type: c.type, width: c.width, height: c.height, bytes: original.length, sha256: item.sha256, storage: DEFAULT_STORAGE })
      t.same((await mediaEvents(app, item.id)).map((event) => event.type), ['media.created'])

      t.test('the same bytes again: 200 with the same item, nothing new stored or announced', async (t) => {
        const again = await upload(app, c.bytes, 'another-name.png', { alt: 'Other alt' })
        t.equal(again.statusCode, 200, again.body)
        t.same(again.json().data, item, 'the item unchanged (not renamed, alt kept)')
        t.equal((await rowsOf(app, 'media', item.id)).length, 1)
        t.same((await mediaEvents(app, item.id)).map((event) => event.type), ['media.created'])
      })
    })
  }
})

t.test('POST /v1/admin/media refuses what is not an image it accepts, storing nothing', async (t) => {
  const { app, mediaPath } = await mediaApp(t, { MEDIA_MAX_BYTES: '20000' })
  const nothingStored = async (t: Test) => {
    t.same(filesUnder(mediaPath), [], 'no file written')
    t.equal((await app.database.db.selectFrom('media').select('id').execute()).length, 0, 'no media row')
    t.equal((await app.database.db.selectFrom('media_blobs').select('key').execute()).length, 0, 'no blob')
    t.equal((await app.database.db.selectFrom('webhook_events').select('id').where('subject_type', '=', 'media').execute()).length, 0, 'no event')
  }

  t.test('an SVG with a script: 415 naming the accepted types', async (t) => {
    const svg = Buffer.from('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(document.cookie)</script><rect width="10" height="10"/></svg>')
    const res = await upload(app, svg, 'logo.svg', {}, 'image/svg+xml')
    t.equal(res.statusCode, 415, res.body)
    t.equal(res.headers['content-type'], PROBLEM)
    const problem = res.json()
    for (const type of ACCEPTED) t.match(problem.detail, type)
    t.same(problem.errors, [{ path: '/file', message: `accepted types: ${ACCEPTED.join(', ')}` }])
    await nothingStored(t)
  })

  t.test('a text file named .png: 415', async (t) => {
    const res = await upload(app, Buffer.from('Just some notes, not a picture.\n'.repeat(10)), 'notes.png', {}, 'image/png')
    t.equal(res.statusCode, 415, res.body)
    t.equal(res.headers['content-type'], PROBLEM)
    await nothingStored(t)
  })

  t.test('a PDF: 415 naming its type', async (t) => {
    const res = await upload(app, Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n'), 'scan.jpg', {}, 'image/jpeg')
    t.equal(res.statusCode, 415, res.body)
    t.match(res.json().detail, 'application/pdf')
    await nothingStored(t)
  })

  t.test('a truncated JPEG: 400', async (t) => {
    const jpeg = await image('jpeg', 200, 150, '#864')
    const res = await upload(app, jpeg.subarray(0, Math.floor(jpeg.length / 2)), 'cut.jpg')
    t.equal(res.statusCode, 400, res.body)
    t.equal(res.headers['content-type'], PROBLEM)
    t.match(res.json(), { detail: /truncated or corrupt/, errors: [{ path: '/file' }] })
    await nothingStored(t)
  })

  t.test('a truncated PNG, WebP, AVIF or GIF: 400', async (t) => {
    for (const format of ['png', 'webp', 'avif', 'gif'] as const) {
      const whole = await image(format, 120, 90, '#468')
      const res = await upload(app, whole.subarray(0, Math.floor(whole.length * 0.6)), `cut.${format}`)
      t.equal(res.statusCode, 400, `${format}: ${res.body}`)
      t.equal(res.headers['content-type'], PROBLEM)
    }
    await nothingStored(t)
  })

  t.test('alt text too long, or with a NUL: 400', async (t) => {
    for (const alt of ['x'.repeat(1001), 'a\u0000b']) {
      const res = await upload(app, await image('png', 20, 20, '#864'), 'a.png', { alt })
      t.equal(res.statusCode, 400, res.body)
      t.equal(res.headers['content-type'], PROBLEM)
      t.match(res.json().errors, [{ path: '/body/alt' }])
    }
    await nothingStored(t)
  })

  t.test('a 50,000 × 50,000 pixel bomb: 400 before decoding', async (t) => {
    const bomb = pixelBomb()
    t.ok(bomb.length < 100, `the bomb is ${bomb.length} bytes`)
    const res = await upload(app, bomb, 'bomb.png')
    t.equal(res.statusCode, 400, res.body)
    t.equal(res.headers['content-type'], PROBLEM)
    t.match(res.json(), { type: /image-too-large/, detail: /50000 × 50000/ })
    await nothingStored(t)
  })

  t.test('an empty file field: 400', async (t) => {
    const res = await upload(app, Buffer.alloc(0), 'empty.jpg')
    t.equal(res.statusCode, 400, res.body)
    t.equal(res.headers['content-type'], PROBLEM)
    t.match(res.json().errors, [{ path: '/file' }])
    await nothingStored(t)
  })

  t.test('no file field: 400', async (t) => {
    const res = await upload(app, undefined, '', { alt: 'An image that never came' })
    t.equal(res.statusCode, 400, res.body)
    t.equal(res.headers['content-type'], PROBLEM)
    t.match(JSON.stringify(res.json().errors), 'file')
    await nothingStored(t)
  })

  t.test('a JSON body: 415', async (t) => {
    const res = await app.inject({ method: 'POST', url: '/v1/admin/media', headers: ADMIN, payload: { file: 'aGVsbG8=', alt: 'x' } })
    t.equal(res.statusCode, 415, res.body)
    t.equal(res.headers['content-type'], PROBLEM)
    await nothingStored(t)
  })

  t.test('a file over MEDIA_MAX_BYTES: 413', async (t) => {
    const big = await noise(200, 200)
    t.ok(big.length > 20000, `${big.length} bytes`)
    const res = await upload(app, big, 'big.jpg')
    t.equal(res.statusCode, 413, res.body)
    t.equal(res.headers['content-type'], PROBLEM)
    t.match(res.json().detail, '20000')
    await nothingStored(t)
  })

  t.test('no admin key: 401', async (t) => {
    const { payload, headers } = await form(await image('png'), 'a.png')
    const res = await app.inject({ method: 'POST', url: '/v1/admin/media', payload, headers: { 'content-type': headers['content-type'] } })
    t.equal(res.statusCode, 401, res.body)
    t.equal(res.headers['content-type'], PROBLEM)
    await nothingStored(t)
  })
})

t.test('POST /v1/admin/media decides the type from the bytes', async (t) => {
  const { app, mediaPath } = await mediaApp(t)
  const png = await image('png', 40, 30, '#159')
  const res = await upload(app, png, 'holiday.jpg', {}, 'image/jpeg')
  t.equal(res.statusCode, 201, res.body)
  const item = res.json().data
  t.equal(item.content_type, 'image/png', 'a PNG named .jpg and sent as image/jpeg is a PNG')
  t.equal(item.name, 'holiday.png', 'its name takes the extension of its type')
  const served = await app.inject({ url: new URL(item.url).pathname })
  t.equal(served.headers['content-type'], 'image/png')
  t.equal((await sharp(served.rawPayload).metadata()).format, 'png')
  t.same([...(await storedBytes(app, mediaPath, item.id)).keys()], [`${item.id}/original`])
})

t.test('POST /v1/admin/media: the same bytes uploaded concurrently make one item', async (t) => {
  const { app, mediaPath } = await mediaApp(t)
  const png = await image('png', 48, 32, '#a5a')
  const answers = await Promise.all(Array.from({ length: 6 }, (_, i) => upload(app, png, `same-${i}.png`)))
  t.same(answers.map((res) => res.statusCode).sort(), [200, 200, 200, 200, 200, 201], 'one 201, the others 200')
  const ids = new Set(answers.map((res) => res.json().data.id as string))
  t.equal(ids.size, 1, 'one id')
  const [id] = ids
  t.equal((await rowsOf(app, 'media', id!)).length, 1)
  t.same((await mediaEvents(app, id!)).map((event) => event.type), ['media.created'])
  t.same([...(await storedBytes(app, mediaPath, id!)).keys()], [`${id!}/original`])
  t.same(filesUnder(mediaPath).filter((file) => file.endsWith('.tmp')), [])
})

// Privacy: no metadata survives an upload

t.test('an upload keeps no metadata: GPS coordinates and camera serials are gone from every stored byte', async (t) => {
  for (const storage of ['files', 'database'] as const) {
    t.test(`MEDIA_STORAGE=${storage}`, async (t) => {
      const { app, mediaPath } = await mediaApp(t, { MEDIA_STORAGE: storage })
      const jpeg = await gpsJpeg(700, 400)
      // The test would prove nothing if the secrets were not in the upload to begin with.
      t.same(secretsIn(jpeg), ['serial', 'owner', 'datum', 'latitudeSeconds', 'longitudeSeconds'], 'the upload carries them')
      t.ok((await sharp(jpeg).metadata()).exif, 'the upload has EXIF')

      const res = await upload(app, jpeg, 'IMG_0042.JPG', { alt: 'A red square' })
      t.equal(res.statusCode, 201, res.body)
      const item = res.json().data
      const path = new URL(item.url).pathname
      for (const query of ['?w=320', '?w=640&format=webp', '?w=320&format=avif', '?format=png', '?w=320&format=jpeg']) {
        const variant = await app.inject({ url: `${path}${query}` })
        t.equal(variant.statusCode, 200, `${query}: ${variant.body.slice(0, 200)}`)
        t.same(secretsIn(variant.rawPayload), [], `${query} as served has none`)
      }

      const stored = await storedBytes(app, mediaPath, item.id)
      t.equal(stored.size, 5, `the original and 4 variants are stored (${[...stored.keys()].join(', ')})`)
      for (const [key, bytes] of stored) {
        t.same(secretsIn(bytes), [], `${key}: no secret bytes`)
        t.notOk(bytes.includes('Canon'), `${key}: no camera make`)
        const meta = await sharp(bytes).metadata()
        t.equal(meta.exif, undefined, `${key}: no EXIF`)
        t.equal(meta.xmp, undefined, `${key}: no XMP`)
      }
      const original = stored.get(`${item.id}/original`)!
      t.match(await sharp(original).metadata(), { format: 'jpeg', width: 700, height: 400 })
      const row = await app.database.db.selectFrom('media').selectAll().where('id', '=', item.id).executeTakeFirstOrThrow()
      t.notOk(JSON.stringify(row).includes('Canon') || JSON.stringify(row).includes('SN-'), 'nor in the row')
    })
  }
})

t.test('an upload is turned upright before its orientation tag is dropped', async (t) => {
  const { app, mediaPath } = await mediaApp(t)
  // 200 × 100 pixels stored, to be shown rotated 90° clockwise (EXIF Orientation 6): upright it is 100 × 200.
  const left = await sharp({ create: { width: 100, height: 100, channels: 3, background: '#f00' } }).png().toBuffer()
  const sideways = await sharp({ create: { width: 200, height: 100, channels: 3, background: '#00f' } })
    .composite([{ input: left, left: 0, top: 0 }]).jpeg().withMetadata({ orientation: 6 }).toBuffer()
  t.equal((await sharp(sideways).metadata()).orientation, 6)

  const res = await upload(app, sideways, 'phone.jpg')
  t.equal(res.statusCode, 201, res.body)
  const item = res.json().data
  t.equal(item.width, 100, 'width and height swapped')
  t.equal(item.height, 200)
  const original = (await storedBytes(app, mediaPath, item.id)).get(`${item.id}/original`)!
  const meta = await sharp(original).metadata()
  t.equal(meta.width, 100)
  t.equal(meta.height, 200)
  t.equal(meta.orientation, undefined, 'no orientation tag left to turn it again')
  // The red half (the stored left) is on top once turned clockwise.
  const { data } = await sharp(original).raw().toBuffer({ resolveWithObject: true })
  const top = [data[0]!, data[1]!, data[2]!]
  const bottom = [data[data.length - 3]!, data[data.length - 2]!, data[data.length - 1]!]
  t.ok(top[0]! > 200 && top[2]! < 60, `top is red (${top.join()})`)
  t.ok(bottom[2]! > 200 && bottom[0]! < 60, `bottom is blue (${bottom.join()})`)

  const variant = await app.inject({ url: `${new URL(item.url).pathname}?format=webp` })
  t.match(await sharp(variant.rawPayload).metadata(), { width: 100, height: 200 }, 'variants are upright too')
})

t.test('a PNG with text chunks keeps none of them', async (t) => {
  const { app, mediaPath } = await mediaApp(t)
  const png = await sharp(await image('png', 64, 64, '#999')).png().withMetadata({ exif: { IFD0: { Artist: 'SN-4417-0099-2231' } } }).toBuffer()
  t.same(secretsIn(png), ['serial'], 'the upload carries it')
  const res = await upload(app, png, 'x.png')
  t.equal(res.statusCode, 201, res.body)
  const stored = await storedBytes(app, mediaPath, res.json().data.id)
  for (const [key, bytes] of stored) {
    t.same(secretsIn(bytes), [], key)
    t.equal((await sharp(bytes).metadata()).exif, undefined, key)
  }
})

// Storage drivers: files and database

t.test('each storage driver keeps the original and its variants, and serves them byte for byte', async (t) => {
  for (const storage of ['files', 'database'] as const) {
    t.test(`MEDIA_STORAGE=${storage}`, async (t) => {
      const { app, mediaPath } = await mediaApp(t, { MEDIA_STORAGE: storage })
      const item = await uploaded(app, await photo(800, 600, 3), 'stored.jpg')
      const variant = await app.inject({ url: `${item.path}?w=640&format=webp` })
      t.equal(variant.statusCode, 200)
      const original = await app.inject({ url: item.path })
      t.equal(original.statusCode, 200)

      const keys = [`${item.id}/640.webp`, `${item.id}/original`]
      const blobs = await app.database.db.selectFrom('media_blobs').select(['key', 'data']).orderBy('key').execute()
      const files = filesUnder(mediaPath)
      if (storage === 'files') {
        t.same(files, keys.map((key) => `${item.id.slice(0, 2)}/${key}`), 'one file each under MEDIA_PATH/{id[0:2]}/{id}/ and no temporary file')
        t.same(blobs, [], 'nothing in media_blobs')
      } else {
        t.same(blobs.map((blob) => blob.key), keys, 'one media_blobs row each')
        t.same(files, [], 'nothing under MEDIA_PATH')
      }
      const stored = await storedBytes(app, mediaPath, item.id)
      t.ok(stored.get(`${item.id}/original`)!.equals(original.rawPayload), 'the original served byte for byte')
      t.ok(stored.get(`${item.id}/640.webp`)!.equals(variant.rawPayload), 'the variant served byte for byte')
      t.match(await rowsOf(app, 'media', item.id), [{ storage, bytes: original.rawPayload.length }])
      t.match(await rowsOf(app, 'media_variants', item.id), [{ storage, width: 640, format: 'webp', bytes: variant.rawPayload.length }])
    })
  }

  t.test(`the default on ${ENGINE} is ${ENGINE === 'postgres' ? 'the database' : 'files'}`, async (t) => {
    const app = await build(t)
    const item = await uploaded(app, await image('png', 30, 20, '#123'), 'default.png')
    t.match(await rowsOf(app, 'media', item.id), [{ storage: DEFAULT_STORAGE }])
  })
})

t.test('items stored under one MEDIA_STORAGE are still served after switching to the other', async (t) => {
  const database = await databaseEnv(t)
  const mediaPath = join(tempDir(t), 'media')
  const env = (storage: string) => ({ ...database, MEDIA_PATH: mediaPath, MEDIA_STORAGE: storage })

  const first = await build(t, { env: env('files') })
  const a = await uploaded(first, await photo(700, 400, 11), 'a.jpg')
  const aOriginal = (await first.inject({ url: a.path })).rawPayload
  const aSmall = (await first.inject({ url: `${a.path}?w=320` })).rawPayload
  await first.close()

  const second = await build(t, { env: env('database'), seed: false })
  t.ok((await second.inject({ url: a.path })).rawPayload.equals(aOriginal), 'a file-stored original served from the database driver\'s app')
  t.ok((await second.inject({ url: `${a.path}?w=320` })).rawPayload.equals(aSmall), 'and its file-stored variant')
  const aMedium = await second.inject({ url: `${a.path}?w=640` })
  t.equal(aMedium.statusCode, 200)
  const b = await uploaded(second, await photo(500, 300, 12), 'b.jpg')
  const bOriginal = (await second.inject({ url: b.path })).rawPayload
  t.match(await rowsOf(second, 'media', b.id), [{ storage: 'database' }])
  t.match(await rowsOf(second, 'media_variants', a.id), [{ width: 320, storage: 'files' }, { width: 640, storage: 'database' }])
  await second.close()

  const third = await build(t, { env: env('files'), seed: false })
  t.ok((await third.inject({ url: b.path })).rawPayload.equals(bOriginal), 'a database-stored original served from the files driver\'s app')
  t.ok((await third.inject({ url: `${a.path}?w=640` })).rawPayload.equals(aMedium.rawPayload), 'a database-stored variant too')
  t.ok((await third.inject({ url: a.path })).rawPayload.equals(aOriginal))

  t.test('deleting removes the bytes from whichever driver holds them', async (t) => {
    t.equal((await third.inject({ method: 'DELETE', url: `/v1/admin/media/${a.id}`, headers: ADMIN })).statusCode, 204)
    t.same([...(await storedBytes(third, mediaPath, a.id)).keys()], [], 'files and blobs of a are gone')
    t.same(filesUnder(mediaPath).filter((file) => file.includes(a.id)), [])
    t.equal((await rowsOf(third, 'media_variants', a.id)).length, 0)
    t.equal((await third.inject({ url: a.path })).statusCode, 404)
    t.ok((await third.inject({ url: b.path })).rawPayload.equals(bOriginal), 'b untouched')
  })
})

t.test('an item whose bytes went missing from its storage is a 503 problem, not a 500', async (t) => {
  for (const storage of ['files', 'database'] as const) {
    t.test(`MEDIA_STORAGE=${storage}`, async (t) => {
      const { app, mediaPath } = await mediaApp(t, { MEDIA_STORAGE: storage })
      const item = await uploaded(app, await photo(400, 300, 31), 'lost.jpg')
      if (storage === 'files') rmSync(join(mediaPath, item.id.slice(0, 2), item.id, 'original'))
      else await app.database.db.deleteFrom('media_blobs').where('key', '=', `${item.id}/original`).execute()
      for (const query of ['', '?w=320', '?format=webp']) {
        const res = await app.inject({ url: `${item.path}${query}` })
        t.equal(res.statusCode, 503, `${query}: ${res.body}`)
        t.equal(res.headers['content-type'], PROBLEM)
        t.equal(res.headers['retry-after'], '60')
        t.not(res.headers['cache-control'], 'public, max-age=31536000, immutable', 'not cached for a year')
      }
      t.equal((await rowsOf(app, 'media_variants', item.id)).length, 0, 'no variant made of nothing')
    })
  }
})
