// Hostile raw HTML and URLs, written as HTML blocks, inline HTML, links and images: nothing unsafe survives in the JSON
// (`value` of html nodes), the served HTML (article and section) or the feed. A property test over the rendering
// pipeline (fast-check, a bounded number of runs), then the same through the HTTP API, and the 400 for a javascript: link.
import { test } from 'tap'
import fc from 'fast-check'
import { DOMParser } from '@xmldom/xmldom'
import type { Block, BlockInput } from '../../../src/content/model/blocks.js'
import { normalizeArticleBlocks } from '../../../src/content/model/normalize.js'
import { articleHtml, sectionHtml } from '../../../src/content/render/html.js'
import { entryXml } from '../../../src/feeds/xml.js'
import { ADMIN, build, PROBLEM } from '../../helper.js'
import { parseHtml, publish, unsafeParts } from './html-check.js'

/** Pieces of hostile markup: active elements, event handlers, script URLs (plain, entity-encoded, cased, spaced), broken markup. */
const PIECES = [
  '<script>alert(1)</script>', '<script src="https://evil.example/x.js">', '<style>body{display:none}</style>', '<iframe src="https://evil.example"></iframe>',
  '<img src=x onerror=alert(1)>', '<a href="javascript:alert(1)">x</a>', '<a href="jav&#x61;script:alert(1)">y</a>', '<a href="JaVaScRiPt:alert(1)">',
  '<a href=" javascript:alert(1)">', '<a href="java\tscript:alert(1)">', '<a href="&#106;avascript:alert(1)">', '<img src="data:image/svg+xml;base64,PHN2Zz4=">',
  '<a href="data:text/html,<script>alert(1)</script>">', '<svg onload=alert(1)>', '<svg><script>alert(1)</script></svg>', '<math><mi xlink:href="javascript:alert(1)">',
  '<div onclick="x()">', '<p style="background:url(javascript:alert(1))">', '<!-- comment -->', '<!--', '-->', '<p', '<b>', '</b>', '<kbd>', '</kbd>', '</div>',
  '<object data="javascript:alert(1)">', '<form action="javascript:alert(1)"><button formaction="javascript:alert(1)">', '<details open ontoggle=alert(1)>',
  '<template><script>alert(1)</script></template>', '<noscript><p title="</noscript><img src=x onerror=alert(1)>">', '<a href="vbscript:msgbox(1)">',
  '<base href="javascript:/">', '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">', '<input onfocus=alert(1) autofocus>', '<table><td>x',
  '<textarea></textarea><script>alert(1)</script>', '<xmp><script>alert(1)</script></xmp>', '<![CDATA[x]]>', '<h3 id="schedule">', '<a name="tools">',
  '"', "'", '>', '&', '&amp;', ' text ', '\n',
]
const hostileHtml = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 8 })), { minLength: 1, maxLength: 8 }).map((parts) => parts.join(''))
const HOSTILE_URLS = ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'jav&#x61;script:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x', '\u0000javascript:alert(1)']
const url = fc.oneof(fc.constantFrom(...HOSTILE_URLS), fc.webUrl(), fc.string({ maxLength: 20 }).filter((value) => value.length > 0))
const text = (value: string) => ({ type: 'text' as const, value })

/** Blocks that carry the hostile input everywhere it may go. */
const hostileBlocks = fc.tuple(hostileHtml, hostileHtml, hostileHtml, url, url).map(([block, open, close, href, src]): BlockInput[] => [
  { type: 'html', value: block },
  { type: 'paragraph', children: [text('a '), { type: 'html', value: open }, text('b'), { type: 'html', value: close }, text(' '), { type: 'link', url: href, title: block.slice(0, 400), children: [text(block.slice(0, 100) || 'x')] }] },
  { type: 'image', url: src, alt: block.slice(0, 1000), title: null },
  { type: 'blockquote', children: [{ type: 'html', value: `${close}${open}` }, { type: 'paragraph', children: [{ type: 'image', url: href, alt: 'i', title: null }] }] },
])

const LIMITS = { blocks: 1000, listItems: 1000, textLength: 20_000 }

/** The feed entry's content as the reader gets it: the XML parsed, then its text (the escaped HTML). */
function feedContent (html: string): string {
  const xml = entryXml({ id: 'tag:example.org,2024-01-01:article:1', title: 't', url: 'https://example.org/a', published: '2024-01-01T00:00:00Z', updated: '2024-01-01T00:00:00Z', language: 'en', author: null, tags: [], summary: '', html })
  // Well-formed XML: errors fail; a warning (xmldom flags U+FFFD, which `&#0;` in raw HTML becomes) does not.
  const document = new DOMParser({ onError: (level, message) => { if (level !== 'warning') throw new Error(`${level}: ${message}`) } }).parseFromString(xml, 'application/xml')
  return document.getElementsByTagName('content')[0]!.textContent!
}

const htmlValues = (blocks: readonly Block[]): string[] => blocks.flatMap((block) => {
  if (block.type === 'html') return [block.value]
  if (block.type === 'paragraph') return block.children.flatMap((node) => node.type === 'html' ? [node.value] : [])
  if (block.type === 'blockquote') return htmlValues(block.children)
  return []
})

test('no hostile input survives into the JSON, the HTML or the feed (property)', async (t) => {
  let refused = 0
  fc.assert(fc.property(hostileBlocks, hostileBlocks, (intro, section) => {
    const settled = normalizeArticleBlocks(intro, [{ key: 'risky', blocks: section }], { intro: '/intro', section: () => '/sections/0/blocks' }, LIMITS)
    if (settled.problems.some((problem) => problem.path.endsWith('/url'))) refused++
    // Rendered even when normalization refused a URL: the renderer's own sanitizing must hold on its own.
    const article = { title: 'T', language: 'en', intro: settled.intro, sections: [{ key: 'risky', heading: 'Risky', blocks: settled.sections[0]! }] }
    const html = articleHtml(article)
    const problems = [
      ...[...htmlValues(settled.intro), ...htmlValues(settled.sections[0]!)].flatMap((value) => unsafeParts(parseHtml(value)).map((problem) => `JSON value ${JSON.stringify(value)}: ${problem}`)),
      ...unsafeParts(parseHtml(html)).map((problem) => `article HTML: ${problem}`),
      ...unsafeParts(parseHtml(sectionHtml(article.sections[0]!, article))).map((problem) => `section HTML: ${problem}`),
      ...unsafeParts(parseHtml(feedContent(html))).map((problem) => `feed: ${problem}`),
    ]
    if (problems.length > 0) throw new Error(problems.join('\n'))
    // Section keys stay the only unprefixed ids besides subheadings: raw HTML cannot take `#risky`.
    if ((html.match(/ id="risky"/g) ?? []).length !== 1) throw new Error('an id collides with the section key')
  }), { numRuns: 200, seed: 20 })
  t.ok(refused > 0, `normalization refused the hostile URLs of ${refused} of 200 runs (rendered anyway)`)
})

test('hostile raw HTML through the API: stored sanitized, served safe', async (t) => {
  const app = await build(t)
  const samples = fc.sample(hostileHtml, { numRuns: 30, seed: 7 })
  await publish(app, {
    slug: 'hostile',
    title: 'Hostile',
    intro: samples.slice(0, 15).map((value) => ({ type: 'html', value })),
    sections: [{ key: 'more', heading: 'More', blocks: samples.slice(15).map((value) => ({ type: 'paragraph', children: [text('x'), { type: 'html', value }] })) }],
  })
  const json = (await app.inject({ url: '/v1/articles/hostile' })).json().data
  const values = [...htmlValues(json.intro), ...htmlValues(json.sections[0].blocks)]
  t.ok(values.length > 0)
  t.same(values.flatMap((value) => unsafeParts(parseHtml(value))), [], 'the JSON holds sanitized HTML')
  const html = (await app.inject({ url: '/v1/articles/hostile', headers: { accept: 'text/html' } })).body
  t.same(unsafeParts(parseHtml(html), 1), [], 'the HTML: only the JSON-LD script')
  const section = (await app.inject({ url: '/v1/articles/hostile/sections/more', headers: { accept: 'text/html' } })).body
  t.same(unsafeParts(parseHtml(section)), [], 'the section HTML')
  const feed = await app.inject({ url: '/feed.atom' })
  const document = new DOMParser({ onError: (level, message) => { throw new Error(`${level}: ${message}`) } }).parseFromString(feed.body, 'application/xml')
  const entry = Array.from(document.getElementsByTagName('entry')).find((candidate) => candidate.getElementsByTagName('title')[0]!.textContent === 'Hostile')!
  t.same(unsafeParts(parseHtml(entry.getElementsByTagName('content')[0]!.textContent!)), [], 'the feed')
})

test('a javascript: link or image written as JSON is a 400 naming each one', async (t) => {
  const app = await build(t)
  const res = await app.inject({
    method: 'POST',
    url: '/v1/admin/articles',
    headers: ADMIN,
    payload: {
      slug: 'bad-links',
      title: 'Bad links',
      intro: [{ type: 'paragraph', children: [{ type: 'link', url: 'javascript:alert(1)', title: null, children: [text('click')] }] }],
      sections: [{ key: 'one', heading: 'One', blocks: [{ type: 'image', url: 'java\tscript:alert(1)', alt: 'x' }, { type: 'paragraph', children: [{ type: 'image', url: 'data:image/png;base64,AA', alt: 'y', title: null }] }] }],
    },
  })
  t.equal(res.statusCode, 400)
  t.equal(res.headers['content-type'], PROBLEM)
  const paths = (res.json().errors as Array<{ path: string }>).map((error) => error.path)
  t.ok(paths.some((path) => path.startsWith('/body/intro/0/children/0') && path.endsWith('/url')), `the link is named: ${paths.join(', ')}`)
  t.ok(paths.filter((path) => path.startsWith('/body/sections/0/blocks/') && path.endsWith('/url')).length === 2, 'both images are named')
  t.equal((await app.inject({ url: '/v1/admin/articles/bad-links', headers: ADMIN })).statusCode, 404, 'nothing was stored')
})
