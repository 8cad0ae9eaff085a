// markdownToInput's rules (front matter names, the heading rule, references) and the import route's refusals: every
// problem at once, each with its Markdown line; limits; articles written as JSON round-trip through Markdown too.
import type { FastifyInstance } from 'fastify'
import { test } from 'tap'
import { markdownToInput } from '../../../src/content/markdown/import.js'
import { ADMIN, build, PROBLEM } from '../../helper.js'
import { importDocument, roundTrip } from './pipeline.js'

const ARTICLES = '/v1/admin/articles'
const importMarkdown = (app: FastifyInstance, payload: string) =>
  app.inject({ method: 'POST', url: `${ARTICLES}/import`, headers: { ...ADMIN, 'content-type': 'text/markdown' }, payload })

test('front matter: the names static-site generators use', async (t) => {
  const fields = (frontMatter: string) => markdownToInput(`${frontMatter}\n# T\n`).input
  t.match(fields('+++\ndate = 2024-02-11T08:30:00+05:00\n+++'), { published_at: '2024-02-11T03:30:00.000Z', status: 'published' }, 'TOML date-time with an offset, in UTC')
  t.match(fields('+++\ndate = 2024-02-11\n+++'), { published_at: '2024-02-11T00:00:00.000Z' }, 'TOML date')
  t.match(fields('---\ndate: 2023-11-20 21:15:00 +0100\n---'), { published_at: '2023-11-20T20:15:00.000Z' }, 'Jekyll date')
  t.match(fields('---\ndate: 2024-01-08\ndraft: true\n---'), { published_at: '2024-01-08T00:00:00.000Z', status: 'draft' }, 'draft: true wins over a date')
  t.match(fields('---\npublished: false\ndate: 2024-01-08\n---'), { status: 'draft' }, 'Jekyll published: false')
  t.notOk('status' in fields('---\ntitle: T\n---'), 'no date and no flag: the default (draft)')
  t.match(fields('---\nstatus: draft\ndate: 2024-01-08\n---'), { status: 'draft' }, 'status as given')
  t.match(fields('---\nsummary: S\ndescription: D\n---'), { excerpt: 'D' }, 'description before summary')
  t.match(fields('---\nspoiler: S\n---'), { excerpt: 'S' })
  t.match(fields('---\nauthor: {name: Jordan Lee, email: j@example.org}\n---'), { author: { name: 'Jordan Lee' } })
  t.match(fields('---\nauthors: [Sam Patel, Jordan Lee]\n---'), { author: { name: 'Sam Patel' } })
  t.same(fields('---\ntags: [Go, go]\ncategories: Web\n---').tags, [{ name: 'Go' }, { name: 'Web' }], 'tags and categories merged, one per slug')
  t.same(fields('---\ncover:\n  image: https://cdn.example.org/a.jpg\n  alt: A\n---').cover_image, { url: 'https://cdn.example.org/a.jpg', alt: 'A' })
  t.same(fields('---\nimage: https://cdn.example.org/b.jpg\n---').cover_image, { url: 'https://cdn.example.org/b.jpg', alt: '' })
  t.match(fields('---\nlang: fr\ncanonicalURL: https://example.org/a\n---'), { language: 'fr', canonical_url: 'https://example.org/a' })
  t.equal(fields('---\ntitle: Hello, World!\n---').slug, 'hello-world', 'no slug: the title\'s')
  t.equal(markdownToInput('# Hello\n', { slug: 'from-file' }).input.slug, 'from-file', 'or the one the CLI passes (file name)')

  const relative = markdownToInput('---\ncover: ./cover.jpg\nlayout: post\n---\n# T\n')
  t.notOk('cover_image' in relative.input, 'a relative cover image is not stored')
  t.same(relative.warnings.map((warning) => warning.line), [2, 3], 'and is a warning, as is an unknown field')
})

test('the heading rule: title, sections at the body\'s top level, deeper headings shifted', async (t) => {
  const shape = (text: string) => {
    const { input } = markdownToInput(text)
    const sections = input.sections as Array<{ heading: string, blocks: Array<{ type: string, depth?: number }> }>
    return {
      title: input.title,
      intro: (input.intro as Array<{ type: string, depth?: number }>).map((block) => block.depth ?? block.type),
      sections: sections.map((section) => [section.heading, ...section.blocks.map((block) => block.depth ?? block.type)]),
    }
  }
  t.same(shape('# T\n\nIntro.\n\n## A\n\n### A.1\n\n## B\n'), { title: 'T', intro: ['paragraph'], sections: [['A', 3], ['B']] }, '## sections')
  t.same(shape('# T\n\n### A\n\n#### A.1\n\n##### A.1.1\n\n### B\n'), { title: 'T', intro: [], sections: [['A', 3, 4], ['B']] }, '### is the top level: sections, and #### becomes ###')
  t.same(shape('---\ntitle: T\n---\n# A\n\n## A.1\n\n# B\n'), { title: 'T', intro: [], sections: [['A', 3], ['B']] }, '# sections under a front matter title')
  t.same(shape('# T\n\nOnly.\n\nText.\n'), { title: 'T', intro: ['paragraph', 'paragraph'], sections: [] }, 'no headings: all intro')
  t.same(shape('# T\n\n## A\n\n> # Quoted\n>\n> ###### Six\n'), { title: 'T', intro: [], sections: [['A', 'blockquote']] }, 'nested headings stay in their quote')
  const quoted = markdownToInput('# T\n\n> # Quoted\n').input.intro as Array<{ children: Array<{ depth: number }> }>
  t.equal(quoted[0]!.children[0]!.depth, 3, 'clamped to depth 3–6')
  t.same(shape('# T\n\n## A\n\n####### not a heading\n\n## A\n').sections.length, 2)
  t.same((markdownToInput('# T\n\n## Setup\n\n## Setup\n').input.sections as Array<{ key: string }>).map((section) => section.key), ['setup', 'setup-2'], 'duplicate keys made unique')
  const flattened = markdownToInput('# T\n\n## The `npm` *way*\n')
  t.equal((flattened.input.sections as Array<{ heading: string }>)[0]!.heading, 'The npm way')
  t.match(flattened.warnings, [{ path: '/sections/0/heading', line: 3, message: /flattened/ }])
})

test('references resolve; an undefined one stays text', async (t) => {
  const { input } = markdownToInput('# T\n\nSee [the guide][g], ![logo][l] and [missing][nope].\n\n[g]: https://example.org/guide "Guide"\n[l]: https://example.org/logo.png\n')
  t.same((input.intro as Array<{ children: unknown[] }>)[0]!.children, [
    { type: 'text', value: 'See ' },
    { type: 'link', url: 'https://example.org/guide', title: 'Guide', children: [{ type: 'text', value: 'the guide' }] },
    { type: 'text', value: ', ' },
    { type: 'image', url: 'https://example.org/logo.png', alt: 'logo', title: null },
    { type: 'text', value: ' and [missing][nope].' },
  ])
  t.equal((input.intro as unknown[]).length, 1, 'definitions are not blocks')
})

test('POST /v1/admin/articles/import refuses with every problem at once, each with its line', async (t) => {
  const app = await build(t, { seed: false })
  const yaml = await importMarkdown(app, '---\ntitle: T\ntags: [a\n---\n# T\n')
  t.equal(yaml.statusCode, 400)
  t.equal(yaml.headers['content-type'], PROBLEM)
  t.match(yaml.json().errors, [{ path: '/body', line: 3, column: 9, message: /front matter is not valid YAML/ }])
  const toml = await importMarkdown(app, '+++\ntitle = "T"\ndate = nope\n+++\n# T\n')
  t.match(toml.json().errors, [{ path: '/body', line: 3, column: Number, message: /front matter is not valid TOML/ }])

  const text = [
    '---', 'slug: Not A Slug', 'date: someday', 'draft: maybe', 'heading_ids: [a]', '---', '# T', '',
    '[one](javascript:alert(1)) and [two](vbscript:x)', '', '## ', '', '## Fine', '', '![](data:image/png;base64,AAAA)', '',
  ].join('\n')
  const res = await importMarkdown(app, text)
  t.equal(res.statusCode, 400)
  t.same(res.json().errors.map((error: { path: string, line: number }) => [error.path, error.line]), [
    ['/body/published_at', 3], ['/body/status', 4], ['/body/heading_ids', 5], ['/body/slug', 2], ['/body/sections/0/heading', 11],
  ], 'the parser\'s problems, then the schema\'s')
  const settled = await importMarkdown(app, text.replace('## \n', '## Empty no more\n'))
  t.same(settled.json().errors.map((error: { path: string, line: number }) => [error.path, error.line]), [
    ['/body/published_at', 3], ['/body/status', 4], ['/body/heading_ids', 5], ['/body/slug', 2],
    ['/body/intro/0/children/0/url', 9], ['/body/intro/0/children/2/url', 9], ['/body/sections/1/blocks/0/url', 15],
  ], 'and the blocks\' problems, even when a field is wrong: all of them at once')
  t.ok(res.json().errors.every((error: { line?: number }) => typeof error.line === 'number'), 'every one with a line')

  const unsafe = await importMarkdown(app, '---\ndate: someday\n---\n# T\n\n[one](javascript:alert(1)) and [two](vbscript:x)\n\n## Fine\n\n![](data:image/png;base64,AAAA)\n')
  t.same(unsafe.json().errors, [
    { path: '/body/published_at', line: 2, column: 1, message: '"date" is not a date: write 2024-03-05 or 2024-03-05T10:00:00Z' },
    { path: '/body/intro/0/children/0/url', line: 6, column: 1, message: 'must be an http(s), mailto or tel URL, or a relative one' },
    { path: '/body/intro/0/children/2/url', line: 6, column: 1, message: 'must be an http(s), mailto or tel URL, or a relative one' },
    { path: '/body/sections/0/blocks/0/url', line: 10, column: 1, message: 'must be an http(s) URL or a relative one' },
  ], 'unsafe URLs found when the blocks are settled come with the front matter\'s problems')
  t.equal((await app.inject({ url: `${ARTICLES}?limit=100`, headers: ADMIN })).json().meta.pagination.total, 0, 'nothing was stored')
})

test('limits: a list of 1,000 items imports; 1,001 is refused at its line', async (t) => {
  const app = await build(t, { seed: false })
  const names = (count: number) => Array.from({ length: count }, (_, index) => `- Name ${index + 1}`).join('\n')
  const ok = await importMarkdown(app, `# Names\n\nThe list:\n\n${names(1000)}\n`)
  t.equal(ok.statusCode, 201)
  t.equal(ok.json().data.intro[1].items.length, 1000)
  const tooMany = await importMarkdown(app, `# More Names\n\nThe list:\n\n${names(1001)}\n`)
  t.equal(tooMany.statusCode, 400)
  t.same(tooMany.json().errors, [{ path: '/body/intro/1/items', line: 5, column: 1, message: 'must have at most 1000 items' }], 'the schema\'s limit, at the list\'s line')
})

test('articles written as JSON round-trip through Markdown: chosen ids and keys, subheadings without sections', async (t) => {
  const app = await build(t, { seed: false })
  const article = {
    slug: 'json-written',
    title: 'Written as JSON',
    intro: [
      { type: 'heading', depth: 3, id: 'custom-anchor', text: 'Overview' },
      { type: 'paragraph', children: [{ type: 'text', value: 'Some ' }, { type: 'strong', children: [{ type: 'text', value: 'bold' }] }, { type: 'text', value: ' text.' }] },
      { type: 'heading', depth: 4, text: 'Details' },
    ],
    sections: [],
  }
  const created = await app.inject({ method: 'POST', url: ARTICLES, headers: ADMIN, payload: article })
  t.equal(created.statusCode, 201)
  const exported = (await app.inject({ url: `${ARTICLES}/json-written/export`, headers: ADMIN })).body
  t.match(exported, /heading_ids:\n {2}- custom-anchor\n {2}- details\nsection_level: 2\n/, 'the front matter says what the body cannot')
  const again = await importMarkdown(app, exported)
  t.equal(again.statusCode, 200)
  t.same(again.json().data, created.json().data, 'identical, not even a new version')

  const keyed = await app.inject({ method: 'POST', url: ARTICLES, headers: ADMIN, payload: { slug: 'keyed', title: 'Keyed', sections: [{ key: 'first', heading: 'One', blocks: [] }, { heading: '🚀', key: 'launch', blocks: [] }] } })
  const keyedExport = (await app.inject({ url: `${ARTICLES}/keyed/export`, headers: ADMIN })).body
  t.match(keyedExport, /section_keys:\n {2}- first\n {2}- launch\n/)
  t.same((await importMarkdown(app, keyedExport)).json().data, keyed.json().data)
})

test('the import is a function of the text: export → import → export is stable for generated posts', async (t) => {
  // Bounded by count: combinations of constructs nested in each other.
  const pieces = ['*em* and **strong** and `code`', '[link](https://example.org "t")', '~~gone~~', '<kbd>K</kbd>', 'a\\\nbreak', 'x[^n]\n\n[^n]: note']
  const containers = [(s: string) => s, (s: string) => `> ${s.replace(/\n/g, '\n> ')}`, (s: string) => `- ${s.replace(/\n/g, '\n  ')}\n- two`, (s: string) => `1. ${s.replace(/\n/g, '\n   ')}`]
  let count = 0
  for (const piece of pieces) {
    for (const wrap of containers) {
      for (const wrap2 of containers) {
        const imported = importDocument(`# T\n\n${wrap2(wrap(piece))}\n`)
        if (!imported.ok) { t.fail(JSON.stringify(imported.errors)); continue }
        const trip = roundTrip(imported.document)
        t.ok(trip.ok, trip.ok ? '' : trip.reason)
        count++
      }
    }
  }
  t.equal(count, pieces.length * containers.length ** 2)
})
