import t from 'tap'
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { ADMIN, ENGINE, PROBLEM, build, databaseEnv, tempDir } from '../helper.js'
import { filesUnder, image, mediaApp, photo, rowsOf, storedBytes, uploaded, DEFAULT_STORAGE } from './media-helper.js'

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
