import t from 'tap'
import sharp from 'sharp'
import { ADMIN, build } from '../helper.js'

async function form (file: Buffer, name: string, fields: Record<string, string> = {}) {
  const data = new FormData()
  data.append('file', new Blob([file]), name)
  for (const [k, v] of Object.entries(fields)) data.append(k, v)
  const request = new Request('http://x/', { method: 'POST', body: data })
  return { payload: Buffer.from(await request.arrayBuffer()), headers: { ...ADMIN, 'content-type': request.headers.get('content-type')! } }
}

t.test('smoke', async (t) => {
  const app = await build(t)
  const jpeg = await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#3a6' } }).jpeg().toBuffer()
  const body = await form(jpeg, 'Ward Round.JPG', { alt: 'A ward' })
  const up = await app.inject({ method: 'POST', url: '/v1/admin/media', ...body })
  t.equal(up.statusCode, 201, up.body)
  const item = up.json().data
  t.same(item.alt, 'A ward')
  const again = await app.inject({ method: 'POST', url: '/v1/admin/media', ...body })
  t.equal(again.statusCode, 200)
  const path = new URL(item.url).pathname
  const orig = await app.inject({ url: path })
  t.equal(orig.statusCode, 200)
  t.equal(orig.headers['content-type'], 'image/jpeg')
  const v = await app.inject({ url: `${path}?w=320&format=webp` })
  t.equal(v.statusCode, 200, v.body)
  t.equal(v.headers['content-type'], 'image/webp')
  t.equal((await sharp(v.rawPayload).metadata()).width, 320)
  const r = await app.inject({ url: path, headers: { range: 'bytes=0-9' } })
  t.equal(r.statusCode, 206)
  t.equal(r.rawPayload.length, 10)
  const c = await app.inject({ url: path, headers: { 'if-none-match': orig.headers.etag as string } })
  t.equal(c.statusCode, 304)
  const list = await app.inject({ url: '/v1/admin/media', headers: ADMIN })
  t.equal(list.json().data.length, 1)
  const detail = await app.inject({ url: `/v1/admin/media/${item.id}`, headers: ADMIN })
  t.equal(detail.json().data.variants.length, 1, detail.body)
  const del = await app.inject({ method: 'DELETE', url: `/v1/admin/media/${item.id}`, headers: ADMIN })
  t.equal(del.statusCode, 204, del.body)
  t.equal((await app.inject({ url: path })).statusCode, 404)
})
