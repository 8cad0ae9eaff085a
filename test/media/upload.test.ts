import t, { type Test } from 'tap'
import sharp from 'sharp'
import { thumbHashToRGBA } from 'thumbhash'
import { ADMIN, PROBLEM } from '../helper.js'
import { animatedGif, filesUnder, form, image, mediaApp, mediaEvents, noise, pixelBomb, rowsOf, storedBytes, upload, DEFAULT_STORAGE } from './media-helper.js'

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
