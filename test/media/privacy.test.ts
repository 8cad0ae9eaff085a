import t from 'tap'
import sharp from 'sharp'
import { gpsJpeg, image, mediaApp, secretsIn, storedBytes, upload } from './media-helper.js'

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
