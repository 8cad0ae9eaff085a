import { test } from 'tap'
import type { FastifyInstance } from 'fastify'
import { createMediaRepository } from '../../src/media/repository.js'
import { ADMIN, build } from '../helper.js'

const BASE = 'https://content.example.org'
const COVER = 'aaaaaaaaaaaaaaaaaaaaaaa1'
const CHART = 'bbbbbbbbbbbbbbbbbbbbbbb2'
const ICON = 'ccccccccccccccccccccccc3'
const UNKNOWN = 'ddddddddddddddddddddddd4'

/** Media rows as the upload route would store them (the bytes themselves are not needed to write articles). */
async function insertMedia (app: FastifyInstance) {
  const media = createMediaRepository(app.database.db)
  const now = new Date('2025-03-01T00:00:00.000Z').toISOString()
  const row = (id: string, name: string, width: number, height: number, alt: string) => ({
    id,
    sha256: id.padEnd(64, '0'),
    name,
    content_type: 'image/jpeg',
    bytes: 1000,
    etag: `"${id}"`,
    width,
    height,
    alt,
    title: null,
    thumbhash: `hash-${id.slice(0, 4)}`,
    storage: 'files' as const,
    created_at: now,
    updated_at: now,
  })
  await media.insert(row(COVER, 'cover.jpg', 1600, 900, 'Interns at the nurses\' station'))
  await media.insert(row(CHART, 'chart.jpg', 1000, 500, 'Placements per year, 2019–2024'))
  await media.insert(row(ICON, 'icon.png', 64, 64, ''))
}

const article = (overrides: Record<string, unknown> = {}) => ({
  slug: 'imaged',
  title: 'An Article With Images',
  status: 'published',
  cover_image: { media_id: COVER },
  intro: [{ type: 'paragraph', children: [{ type: 'text', value: 'See ' }, { type: 'image', url: `/media/${ICON}/icon.png`, alt: 'stethoscope', title: null }, { type: 'text', value: ' here.' }] }],
  sections: [{
    heading: 'Charts',
    blocks: [
      { type: 'image', url: `${BASE}/media/${CHART}/chart.jpg`, title: 'Placements' },
      { type: 'image', url: 'https://cdn.example.org/ward.jpg', alt: 'A ward round' },
    ],
  }],
  ...overrides,
})

const put = (app: FastifyInstance, body: object, slug = 'imaged') =>
  app.inject({ method: 'PUT', url: `/v1/admin/articles/${slug}`, headers: ADMIN, payload: body })
const create = (app: FastifyInstance, body: object) => app.inject({ method: 'POST', url: '/v1/admin/articles', headers: ADMIN, payload: body })
const usedMedia = async (app: FastifyInstance) =>
  (await app.database.db.selectFrom('article_media').innerJoin('articles', 'articles.id', 'article_media.article_id')
    .select(['articles.slug', 'article_media.media_id']).orderBy('media_id').execute()).map((row) => `${row.slug} ${row.media_id}`)

test('articles with media images', async (t) => {
  const app = await build(t, { env: { PUBLIC_BASE_URL: BASE } })
  await insertMedia(app)
  const created = await create(app, article())
  t.equal(created.statusCode, 201, created.body)

  t.test('stored as references: a media_id, a path-only and an absolute media URL alike', async (t) => {
    // The intro's blocks (no section) first: NULLs sort differently on the two engines.
    const rows = await app.database.db.selectFrom('blocks').innerJoin('articles', 'articles.id', 'blocks.article_id')
      .select(['blocks.content', 'blocks.section_id']).where('articles.slug', '=', 'imaged').orderBy('blocks.position').execute()
    const stored = [...rows.filter((row) => row.section_id === null), ...rows.filter((row) => row.section_id !== null)].map((row) => JSON.parse(row.content))
    t.same(stored[0].children[1], { type: 'image', url: `/media/${ICON}/icon.png`, alt: 'stethoscope', title: null, media_id: ICON, width: 64, height: 64, thumbhash: 'hash-cccc' })
    t.same(stored[1], { type: 'image', url: `/media/${CHART}/chart.jpg`, alt: 'Placements per year, 2019–2024', title: 'Placements', media_id: CHART, width: 1000, height: 500, thumbhash: 'hash-bbbb' }, 'the item\'s alt when none is written')
    t.same(stored[2], { type: 'image', url: 'https://cdn.example.org/ward.jpg', alt: 'A ward round', title: null }, 'an external image as written')
    const cover = await app.database.db.selectFrom('articles').select(['cover_image_url', 'cover_image_alt', 'cover_media_id', 'cover_image_width', 'cover_image_height'])
      .where('slug', '=', 'imaged').executeTakeFirstOrThrow()
    t.same(cover, { cover_image_url: `/media/${COVER}/cover.jpg`, cover_image_alt: 'Interns at the nurses\' station', cover_media_id: COVER, cover_image_width: 1600, cover_image_height: 900 })
    t.same(await usedMedia(app), [`imaged ${COVER}`, `imaged ${CHART}`, `imaged ${ICON}`])
    t.same(await app.repositories.content.articlesUsingMedia(CHART), [{ slug: 'imaged', title: 'An Article With Images', status: 'published' }])
    t.same(await app.repositories.content.articlesUsingMedia(UNKNOWN), [])
  })

  t.test('JSON: absolute URLs, size, placeholder, srcset and sizes for media; external images as they were', async (t) => {
    const { data } = (await app.inject({ url: '/v1/articles/imaged' })).json()
    t.same(data.cover_image, {
      url: `${BASE}/media/${COVER}/cover.jpg`,
      alt: 'Interns at the nurses\' station',
      media_id: COVER,
      width: 1600,
      height: 900,
      thumbhash: 'hash-aaaa',
      srcset: [320, 640, 960, 1280].map((w) => `${BASE}/media/${COVER}/cover.jpg?w=${w} ${w}w`).concat(`${BASE}/media/${COVER}/cover.jpg 1600w`).join(', '),
      sizes: '(max-width: 1600px) 100vw, 1600px',
    })
    const chart = data.sections[0].blocks[0]
    t.equal(chart.url, `${BASE}/media/${CHART}/chart.jpg`)
    t.equal(chart.srcset, `${BASE}/media/${CHART}/chart.jpg?w=320 320w, ${BASE}/media/${CHART}/chart.jpg?w=640 640w, ${BASE}/media/${CHART}/chart.jpg?w=960 960w, ${BASE}/media/${CHART}/chart.jpg 1000w`)
    t.same([chart.media_id, chart.width, chart.height, chart.thumbhash, chart.sizes], [CHART, 1000, 500, 'hash-bbbb', '(max-width: 1000px) 100vw, 1000px'])
    t.same(data.sections[0].blocks[1], { type: 'image', url: 'https://cdn.example.org/ward.jpg', alt: 'A ward round', title: null }, 'no media fields on an external image')
    t.equal(data.intro[0].children[1].url, `${BASE}/media/${ICON}/icon.png`)
    t.equal(data.intro[0].children[1].srcset, `${BASE}/media/${ICON}/icon.png 64w`)
    const list = (await app.inject({ url: '/v1/articles?limit=100' })).json()
    t.equal(list.data.find((item: { slug: string }) => item.slug === 'imaged').cover_image.url, `${BASE}/media/${COVER}/cover.jpg`, 'listings too')
  })

  t.test('HTML: img with src, srcset, sizes, width, height, alt, lazy loading', async (t) => {
    const html = (await app.inject({ url: '/v1/articles/imaged', headers: { accept: 'text/html' } })).body
    t.match(html, `<img src="${BASE}/media/${CHART}/chart.jpg" srcset="${BASE}/media/${CHART}/chart.jpg?w=320 320w, ${BASE}/media/${CHART}/chart.jpg?w=640 640w, ${BASE}/media/${CHART}/chart.jpg?w=960 960w, ${BASE}/media/${CHART}/chart.jpg 1000w" sizes="(max-width: 1000px) 100vw, 1000px" width="1000" height="500" alt="Placements per year, 2019–2024" title="Placements" loading="lazy" decoding="async" />`)
    t.match(html, `<img src="${BASE}/media/${ICON}/icon.png" srcset="${BASE}/media/${ICON}/icon.png 64w" sizes="(max-width: 64px) 100vw, 64px" width="64" height="64" alt="stethoscope" loading="lazy" decoding="async" />`)
    t.match(html, '<img src="https://cdn.example.org/ward.jpg" alt="A ward round" loading="lazy" decoding="async" />', 'external: no size')
  })

  t.test('Markdown: absolute URLs; importing the export keeps the references', async (t) => {
    const markdown = (await app.inject({ url: '/v1/admin/articles/imaged/export', headers: ADMIN })).body
    t.match(markdown, `![Placements per year, 2019–2024](${BASE}/media/${CHART}/chart.jpg "Placements")`)
    t.match(markdown, `![stethoscope](${BASE}/media/${ICON}/icon.png)`)
    t.match(markdown, `url: ${BASE}/media/${COVER}/cover.jpg`)
    t.match((await app.inject({ url: '/v1/articles/imaged', headers: { accept: 'text/markdown' } })).body, `(${BASE}/media/${CHART}/chart.jpg "Placements")`)
    const before = (await app.inject({ url: '/v1/admin/articles/imaged', headers: ADMIN })).json().data.version
    const imported = await app.inject({ method: 'POST', url: '/v1/admin/articles/import', headers: { ...ADMIN, 'content-type': 'text/markdown' }, payload: markdown })
    t.equal(imported.statusCode, 200, imported.body)
    t.equal(imported.json().data.version, before, 'the same article: nothing changed')
  })

  t.test('JSON-LD: the cover and the images, media as ImageObjects', async (t) => {
    const data = (await app.inject({ url: '/v1/articles/imaged/jsonld' })).json()
    t.same(data.image, [
      { '@type': 'ImageObject', url: `${BASE}/media/${COVER}/cover.jpg`, width: 1600, height: 900 },
      { '@type': 'ImageObject', url: `${BASE}/media/${ICON}/icon.png`, width: 64, height: 64 },
      { '@type': 'ImageObject', url: `${BASE}/media/${CHART}/chart.jpg`, width: 1000, height: 500 },
      'https://cdn.example.org/ward.jpg',
    ])
  })

  t.test('feed and sitemap', async (t) => {
    const feed = (await app.inject({ url: '/feed.atom' })).body
    t.match(feed, 'xmlns:media="http://search.yahoo.com/mrss/"')
    t.match(feed, `<media:thumbnail url="${BASE}/media/${COVER}/cover.jpg" width="1600" height="900"/>`)
    const sitemap = (await app.inject({ url: '/sitemap.xml' })).body
    t.match(sitemap, 'xmlns:image="http://www.google.com/schemas/sitemap-image/1.1"')
    t.match(sitemap, `<url><loc>${BASE}/v1/articles/imaged</loc><lastmod>`)
    for (const url of [`${BASE}/media/${COVER}/cover.jpg`, `${BASE}/media/${ICON}/icon.png`, `${BASE}/media/${CHART}/chart.jpg`, 'https://cdn.example.org/ward.jpg']) {
      t.match(sitemap, `<image:image><image:loc>${url}</image:loc></image:image>`)
    }
  })

  t.test('a served article sent back unchanged changes nothing', async (t) => {
    const served = (await app.inject({ url: '/v1/admin/articles/imaged', headers: ADMIN })).json().data
    const { slug, title, status, intro, sections, cover_image: cover } = served
    const res = await put(app, { slug, title, status, intro, sections: sections.map(({ heading, blocks }: { heading: string, blocks: unknown[] }) => ({ heading, blocks })), cover_image: cover })
    t.equal(res.statusCode, 200, res.body)
    t.equal(res.json().data.version, served.version)
  })

  t.test('article_media follows the article: an image removed is no longer used', async (t) => {
    const res = await put(app, article({ cover_image: null, intro: [] }))
    t.equal(res.statusCode, 200, res.body)
    t.same(await usedMedia(app), [`imaged ${CHART}`])
    t.same(await app.repositories.content.articlesUsingMedia(COVER), [])
    const deleted = await app.inject({ method: 'DELETE', url: '/v1/admin/articles/imaged', headers: ADMIN })
    t.equal(deleted.statusCode, 204)
    t.same(await usedMedia(app), [])
  })
})

test('refusals: unknown media, images without alt text', async (t) => {
  const app = await build(t, { env: { PUBLIC_BASE_URL: BASE } })
  await insertMedia(app)
  const count = async () => Number((await app.database.db.selectFrom('articles').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n)
  const articles = await count()

  t.test('an unknown media_id (or media URL) is a 422 naming its path; nothing is stored', async (t) => {
    const res = await create(app, article({
      cover_image: { media_id: UNKNOWN, alt: 'x' },
      sections: [{ heading: 'Charts', blocks: [{ type: 'image', url: `/media/${UNKNOWN}/nope.jpg`, alt: 'nope' }] }],
    }))
    t.equal(res.statusCode, 422)
    t.equal(res.headers['content-type'], 'application/problem+json; charset=utf-8')
    t.same(res.json().errors.map((error: { path: string }) => error.path), ['/body/cover_image/media_id', '/body/sections/0/blocks/0/url'])
    t.equal(await count(), articles)
    t.same(await usedMedia(app), [])
  })

  t.test('publishing images without alt text is refused, listing them; a draft may lack alt', async (t) => {
    const lacking = article({
      cover_image: { url: 'https://cdn.example.org/cover.jpg' },
      intro: [{ type: 'paragraph', children: [{ type: 'image', url: `/media/${ICON}/icon.png`, alt: '', title: null }] }],
      sections: [{ heading: 'Charts', blocks: [{ type: 'list', style: 'bullet', items: [{ children: [{ type: 'image', url: 'https://cdn.example.org/a.jpg' }] }] }] }],
    })
    const refused = await create(app, lacking)
    t.equal(refused.statusCode, 422)
    t.same(refused.json().errors.map((error: { path: string }) => error.path), [
      '/body/cover_image/alt', '/body/intro/0/children/0/alt', '/body/sections/0/blocks/0/items/0/children/0/alt',
    ])
    t.equal(await count(), articles)

    const draft = await create(app, { ...lacking, status: 'draft' })
    t.equal(draft.statusCode, 201, draft.body)
    t.same(await usedMedia(app), [`imaged ${ICON}`], 'a draft\'s media count as used')
    const publish = await app.inject({ method: 'PATCH', url: '/v1/admin/articles/imaged', headers: ADMIN, payload: { status: 'published' } })
    t.equal(publish.statusCode, 422)
    t.same(publish.json().errors.map((error: { path: string }) => error.path), ['/body/cover_image/alt', '/intro/0/children/0/alt', '/sections/0/blocks/0/items/0/children/0/alt'])
    t.equal((await app.inject({ url: '/v1/admin/articles/imaged', headers: ADMIN })).json().data.status, 'draft')
  })

  t.test('a Markdown import of a published post with images without alt text is the same 422, with lines', async (t) => {
    const res = await app.inject({
      method: 'POST',
      url: '/v1/admin/articles/import',
      headers: { ...ADMIN, 'content-type': 'text/markdown' },
      payload: '---\nslug: md-images\nstatus: published\n---\n# Images\n\nIntro.\n\n## Section\n\n![](https://cdn.example.org/a.jpg)\n',
    })
    t.equal(res.statusCode, 422)
    t.same(res.json().errors.map((error: { path: string, line?: number }) => [error.path, error.line]), [['/body/sections/0/blocks/0/alt', 11]])
  })
})
