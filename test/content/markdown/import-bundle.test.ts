// POST /v1/admin/articles/import with a bundle (multipart/form-data): the post and the images it references, which
// are uploaded to the media library and written as media URLs; a missing file is a warning; a refused file (an SVG)
// refuses the import, naming the file, and nothing is stored.
import type { FastifyInstance } from 'fastify'
import sharp from 'sharp'
import { test } from 'tap'
import { ADMIN, build, PROBLEM } from '../../helper.js'

const IMPORT = '/v1/admin/articles/import'
// Served absolute (the post's relative paths become references to the uploaded items).
const MEDIA_URL = /^https?:\/\/[^/]+\/media\/[0-9a-f]{24}\/[a-z0-9-]+\.(png|jpg)$/
const pathOf = (url: string) => new URL(url).pathname

const POST = `---
title: Reading a Lab Report Without Panicking
date: 2026-03-02
tags: [Careers, Laboratory]
cover:
  image: ./images/cover.jpg
  alt: A rack of labelled sample tubes
---

Your first lab report is mostly numbers. This post walks through one, line by line; the
[reference ranges](https://example.org/ranges) come from the hospital's own handbook.

## The Summary Chart

![Bar chart of the week's haemoglobin results](./chart.png "Week 12")

Each bar is one patient; the grey band ![legend swatch](images/x.jpg) is the normal range.

## Flags and Follow-ups

\`\`\`text
HB   9.1 g/dL   L
\`\`\`

An \`L\` means low. The scan in ![the follow-up scan](scans/follow-up.png) was not taken yet.
`

/** A multipart body as a browser or curl sends it: the post, then the files, each named by its path. */
async function bundle (parts: Array<{ field: string, name?: string, bytes: Buffer | string }>) {
  const data = new FormData()
  for (const part of parts) {
    if (part.name === undefined) data.append(part.field, String(part.bytes))
    else data.append(part.field, new Blob([part.bytes]), part.name)
  }
  const request = new Request('http://x/', { method: 'POST', body: data })
  return { payload: Buffer.from(await request.arrayBuffer()), headers: { ...ADMIN, 'content-type': request.headers.get('content-type')! } }
}

const png = (color: string) => sharp({ create: { width: 640, height: 360, channels: 3, background: color } }).png().toBuffer()
const jpeg = (color: string) => sharp({ create: { width: 800, height: 600, channels: 3, background: color } }).jpeg().toBuffer()

async function mediaList (app: FastifyInstance) {
  const res = await app.inject({ url: '/v1/admin/media?limit=100', headers: ADMIN })
  return res.json().data as Array<{ id: string, name: string, alt: string, content_type: string }>
}

test('POST /v1/admin/articles/import with a bundle', async (t) => {
  const app = await build(t)
  const [chart, swatch, cover] = await Promise.all([png('#c33'), jpeg('#999'), jpeg('#36a')])

  t.test('the images the post references are uploaded and written as media URLs; a missing one is a warning', async (t) => {
    const res = await app.inject({
      method: 'POST',
      url: IMPORT,
      ...await bundle([
        { field: 'markdown', name: 'lab-report.md', bytes: POST },
        { field: 'files', name: './chart.png', bytes: chart },
        { field: 'files', name: 'images/x.jpg', bytes: swatch },
        { field: 'files', name: 'images/cover.jpg', bytes: cover },
      ]),
    })
    t.equal(res.statusCode, 201, res.body)
    t.equal(res.headers.location, '/v1/admin/articles/reading-a-lab-report-without-panicking')
    const { data: article, warnings } = res.json()

    const block = article.sections[0].blocks[0]
    t.equal(block.type, 'image')
    t.match(block.url, MEDIA_URL, 'the image block is a media URL')
    t.equal(block.alt, 'Bar chart of the week\'s haemoglobin results')
    t.match(block.media_id, /^[0-9a-f]{24}$/, 'stored as a reference to the item')
    t.match(block.srcset, / \d+w$/, 'with its srcset')
    const inlineImage = article.sections[0].blocks[1].children.find((node: { type: string }) => node.type === 'image')
    t.match(inlineImage.url, MEDIA_URL, 'so is the inline image')
    t.match(article.cover_image.url, /^https?:\/\/[^/]+\/media\/[0-9a-f]{24}\/cover\.jpg$/, 'and the cover (absolute, as covers are)')
    const followUp = article.sections[1].blocks[1].children.find((node: { type: string }) => node.type === 'image')
    t.equal(followUp.url, 'scans/follow-up.png', 'the missing image is kept as written')

    t.same(warnings, [{ path: '/sections/1/blocks/1/children/3/url', line: 25, column: 31, message: 'image "scans/follow-up.png" is not in the bundle (send it as a file part named "scans/follow-up.png"): kept as written' }],
      'one warning: the missing file, with its line and column')

    const items = await mediaList(app)
    t.equal(items.length, 3, 'three items in the library')
    const byUrl = new Map(items.map((item) => [`/media/${item.id}/${item.name}`, item]))
    t.equal(byUrl.get(pathOf(block.url))?.alt, 'Bar chart of the week\'s haemoglobin results', 'with the post\'s alt text')
    t.equal(byUrl.get(pathOf(block.url))?.content_type, 'image/png')
    t.equal(byUrl.get(pathOf(inlineImage.url))?.alt, 'legend swatch')
    t.equal(byUrl.get(new URL(article.cover_image.url).pathname)?.alt, 'A rack of labelled sample tubes')
    const served = await app.inject({ url: pathOf(block.url) })
    t.equal(served.statusCode, 200, 'the media URL serves the image')
    t.equal(served.headers['content-type'], 'image/png')

    t.test('importing the same bundle again replaces the article with the same items', async (t) => {
      const again = await app.inject({
        method: 'POST',
        url: IMPORT,
        ...await bundle([
          { field: 'markdown', bytes: POST },
          { field: 'files', name: 'chart.png', bytes: chart },
          { field: 'files', name: 'images/x.jpg', bytes: swatch },
          { field: 'files', name: 'images/cover.jpg', bytes: cover },
          { field: 'files', name: 'notes.txt', bytes: 'not referenced' },
        ]),
      })
      t.equal(again.statusCode, 200, again.body)
      t.equal(again.json().data.sections[0].blocks[0].url, block.url, 'the Markdown as a text field; the same bytes, the same media URL')
      t.match(again.json().warnings.map((warning: { message: string }) => warning.message), [/scans\/follow-up\.png/, /"notes\.txt" is in the bundle but the post does not reference it: not uploaded/])
      t.equal((await mediaList(app)).length, 3, 'no new items')
    })
  })

  t.test('the post alone as the one .md file, under any field name', async (t) => {
    const res = await app.inject({
      method: 'POST',
      url: IMPORT,
      ...await bundle([
        { field: 'post', name: 'field-notes.md', bytes: '# Field Notes\n\nThe ward at 7 a.m.:\n\n![The ward at dawn](dawn.png)\n' },
        { field: 'files', name: 'dawn.png', bytes: await png('#fc6') },
      ]),
    })
    t.equal(res.statusCode, 201, res.body)
    t.match(res.json().data.intro[1].url, MEDIA_URL)
    t.same(res.json().warnings, [])
  })

  t.test('the text/markdown body works as before: relative images kept and reported', async (t) => {
    const res = await app.inject({ method: 'POST', url: IMPORT, headers: { ...ADMIN, 'content-type': 'text/markdown' }, payload: '# Plain Post\n\n![A chart](./chart.png)\n' })
    t.equal(res.statusCode, 201, res.body)
    t.equal(res.json().data.intro[0].url, './chart.png')
    t.match(res.json().warnings, [{ message: 'image "./chart.png" is relative: kept as written (it resolves against the page that shows the article)' }])
  })

  t.test('a body neither Markdown nor a bundle is a 415', async (t) => {
    const res = await app.inject({ method: 'POST', url: IMPORT, headers: ADMIN, payload: { title: 'JSON' } })
    t.equal(res.statusCode, 415)
    t.equal(res.headers['content-type'], PROBLEM)
  })

  t.test('a bundle without a post, or with two, is a 400', async (t) => {
    const none = await app.inject({ method: 'POST', url: IMPORT, ...await bundle([{ field: 'files', name: 'chart.png', bytes: chart }]) })
    t.equal(none.statusCode, 400, none.body)
    t.match(none.json().errors, [{ path: '/body/markdown' }])
    const two = await app.inject({ method: 'POST', url: IMPORT, ...await bundle([{ field: 'a', name: 'a.md', bytes: '# A\n' }, { field: 'b', name: 'b.md', bytes: '# B\n' }]) })
    t.equal(two.statusCode, 400, two.body)
    t.match(two.json().detail, /2 files end in \.md \(a\.md, b\.md\)/)
  })
})

test('a bundle whose image the media library refuses: the problem names the file, nothing is stored', async (t) => {
  const app = await build(t)
  const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script><rect width="10" height="10"/></svg>'
  const post = '---\ntitle: A Diagram of the Referral Path\nslug: referral-diagram\n---\n\nHow a referral travels:\n\n![Referral path: GP, triage, clinic](diagrams/referral.svg)\n'
  const res = await app.inject({
    method: 'POST',
    url: IMPORT,
    ...await bundle([{ field: 'markdown', name: 'referral.md', bytes: post }, { field: 'files', name: 'diagrams/referral.svg', bytes: svg }]),
  })
  t.equal(res.statusCode, 415, res.body)
  t.equal(res.headers['content-type'], PROBLEM)
  const problem = res.json()
  t.match(problem.detail, /^"diagrams\/referral\.svg": /, 'the detail names the file')
  t.same(problem.errors.map((error: { path: string }) => error.path), ['/body/files/0'])
  t.match(problem.errors[0].message, /^diagrams\/referral\.svg: /)
  t.equal((await app.inject({ url: '/v1/admin/articles/referral-diagram', headers: ADMIN })).statusCode, 404, 'no article')
  t.same(await mediaList(app), [], 'no media item')

  t.test('an invalid post uploads nothing', async (t) => {
    const bad = await app.inject({
      method: 'POST',
      url: IMPORT,
      ...await bundle([{ field: 'markdown', bytes: '---\ndate: 2026-13-01\n---\n# Bad Date\n\n![A chart](chart.png)\n' }, { field: 'files', name: 'chart.png', bytes: await png('#0a0') }]),
    })
    t.equal(bad.statusCode, 400, bad.body)
    t.match(bad.json().errors, [{ path: '/body/published_at', line: 2 }])
    t.same(await mediaList(app), [], 'the image was not uploaded')
  })
})

test('bundle limits: a file over MEDIA_MAX_BYTES is a 413 naming it, and nothing is stored', async (t) => {
  const app = await build(t, { env: { MEDIA_MAX_BYTES: '20000' } })
  const big = await sharp({ create: { width: 400, height: 400, channels: 3, background: '#123' } }).png({ compressionLevel: 0 }).toBuffer()
  t.ok(big.length > 20000)
  const res = await app.inject({
    method: 'POST',
    url: IMPORT,
    ...await bundle([{ field: 'markdown', bytes: '# Big Picture\n\n![A large uncompressed image](big.png)\n' }, { field: 'files', name: 'big.png', bytes: big }]),
  })
  t.equal(res.statusCode, 413, res.body)
  t.match(res.json().detail, /"big\.png" is larger than 20000 bytes \(MEDIA_MAX_BYTES\)/)
  t.equal((await app.inject({ url: '/v1/admin/articles/big-picture', headers: ADMIN })).statusCode, 404)
  t.same(await mediaList(app), [])
})
