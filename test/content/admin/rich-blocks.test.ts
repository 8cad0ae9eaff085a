// Rich blocks written as JSON (issue 20): every block and inline type accepted, settled and served; a served article
// sent back unchanged changes nothing; bad content is refused with every problem listed and nothing stored.
import { test } from 'tap'
import type { FastifyInstance, InjectOptions } from 'fastify'
import { ADMIN, build, PROBLEM } from '../../helper.js'

const ARTICLES = '/v1/admin/articles'

const text = (value: string) => ({ type: 'text', value })

/** An article using every block type and every inline type, as a client writes it (text or children, not both). */
export const richArticle = {
  slug: 'preparing-for-clinical-rotations',
  title: 'Preparing for Clinical Rotations',
  status: 'published',
  intro: [{
    type: 'paragraph',
    children: [
      text('Read the '), { type: 'link', url: 'https://www.who.int/health-topics/health-workforce', title: 'WHO', children: [text('workforce data')] },
      text(' first; it is '), { type: 'emphasis', children: [text('short')] }, text(' and '), { type: 'strong', children: [text('free')] },
      text('. Not '), { type: 'delete', children: [text('six')] }, text(' weeks: run '), { type: 'inlineCode', value: 'npm start' }, { type: 'break' },
      text('then press '), { type: 'html', value: '<kbd>' }, text('Enter'), { type: 'html', value: '</kbd>' }, text('.'),
      { type: 'footnoteReference', identifier: '1', label: '1' }, { type: 'image', url: 'https://cdn.example.org/icon.png', alt: 'icon', title: null },
    ],
  }],
  sections: [{
    heading: 'Checklist',
    blocks: [
      { type: 'heading', depth: 3, text: 'Before the first day' },
      { type: 'list', style: 'bullet', items: [{ text: 'Badge', checked: true }, { text: 'Scrubs', checked: false }] },
      { type: 'list', style: 'ordered', start: 3, items: [{ children: [{ type: 'paragraph', text: 'Nested:' }, { type: 'list', style: 'bullet', items: [{ text: 'inner' }] }] }] },
      { type: 'blockquote', children: [{ type: 'paragraph', text: 'Show up early.' }] },
      { type: 'code', lang: 'sh', meta: 'title="setup"', value: 'npm ci\nnpm start' },
      { type: 'image', url: 'https://cdn.example.org/ward.jpg', alt: 'A ward round', title: 'Rounds' },
      {
        type: 'table',
        align: ['left', 'right'],
        children: [
          { type: 'tableRow', children: [{ type: 'tableCell', text: 'Field' }, { type: 'tableCell', text: 'Weeks' }] },
          { type: 'tableRow', children: [{ type: 'tableCell', children: [{ type: 'strong', children: [text('Nursing')] }] }, { type: 'tableCell', text: '12' }] },
        ]
      },
      { type: 'thematicBreak' },
      { type: 'html', value: '<details><summary>Sources</summary><p>WHO, 2024.</p></details>' },
      { type: 'footnoteDefinition', identifier: '1', label: '1', children: [{ type: 'paragraph', text: 'WHO, 2024.' }] },
    ],
  }],
}

function admin (app: FastifyInstance, method: InjectOptions['method'], url: string, payload?: unknown, headers: Record<string, string> = {}) {
  return app.inject({ method, url, headers: { ...ADMIN, ...headers }, ...(payload === undefined ? {} : { payload: payload as InjectOptions['payload'] }) })
}

test('every block and inline type is accepted, settled and served; sending it back changes nothing', async (t) => {
  const app = await build(t)
  const created = await admin(app, 'POST', ARTICLES, richArticle)
  t.equal(created.statusCode, 201, created.body)
  const article = created.json().data
  const [paragraph] = article.intro
  t.equal(paragraph.text, 'Read the workforce data first; it is short and free. Not six weeks: run npm start\nthen press Enter.icon', 'plain text beside the inline content')
  t.same(paragraph.children, richArticle.intro[0]!.children, 'inline content as written')
  const blocks = article.sections[0].blocks
  t.same(blocks.map((block: { type: string }) => block.type), ['heading', 'list', 'list', 'blockquote', 'code', 'image', 'table', 'thematicBreak', 'html', 'footnoteDefinition'])
  t.match(blocks[0], { id: 'before-the-first-day', text: 'Before the first day', children: [text('Before the first day')] }, 'a subheading with its anchor')
  t.same(blocks[1].items.map((item: { checked: boolean | null }) => item.checked), [true, false], 'a task list')
  t.match(blocks[2], { start: 3, items: [{ text: 'Nested:\n\ninner', children: [{ type: 'paragraph' }, { type: 'list', items: [{ text: 'inner' }] }] }] })
  t.same(blocks[4], { type: 'code', lang: 'sh', meta: 'title="setup"', value: 'npm ci\nnpm start' }, 'code verbatim')
  t.match(blocks[6].children[1].children[0], { text: 'Nursing', children: [{ type: 'strong' }] })

  const served = (await app.inject({ url: `/v1/articles/${richArticle.slug}` })).json().data
  t.same(served.intro, article.intro, 'the public JSON serves the same blocks')
  t.same(served.sections[0].blocks, blocks)
  t.equal(served.word_count > 20, true)

  const again = await admin(app, 'PUT', `${ARTICLES}/${richArticle.slug}`, { ...article, status: 'published' })
  t.equal(again.statusCode, 200, again.body)
  t.equal(again.json().data.version, article.version, 'the served article written back is the same document: no new version')
})

test('an old client that edits only text keeps working: its edit wins over the stale inline content', async (t) => {
  const app = await build(t)
  const article = (await admin(app, 'POST', ARTICLES, richArticle)).json().data
  article.intro[0].text = 'Rewritten by a plain-text editor.'
  const res = await admin(app, 'PUT', `${ARTICLES}/${richArticle.slug}`, article)
  t.equal(res.statusCode, 200)
  t.same(res.json().data.intro[0], { type: 'paragraph', text: 'Rewritten by a plain-text editor.', children: [text('Rewritten by a plain-text editor.')] })
})

test('bad content is a 400 listing every problem, and changes nothing', async (t) => {
  const app = await build(t)
  const bad = {
    ...richArticle,
    intro: [
      { type: 'paragraph', children: [{ type: 'link', url: 'javascript:alert(1)', title: null, children: [text('x')] }] },
      { type: 'heading', depth: 3, id: 'checklist', text: 'Clashes with the section key' },
      { type: 'image', url: 'data:image/png;base64,AAAA', alt: '' },
    ],
  }
  const res = await admin(app, 'POST', ARTICLES, bad)
  t.equal(res.statusCode, 400)
  t.equal(res.headers['content-type'], PROBLEM)
  t.same(res.json().errors.map((error: { path: string }) => error.path), ['/body/intro/0/children/0/url', '/body/intro/1/id', '/body/intro/2/url'])
  t.equal((await admin(app, 'GET', `${ARTICLES}/${richArticle.slug}`)).statusCode, 404, 'nothing stored')

  const unknown = await admin(app, 'POST', ARTICLES, { ...richArticle, intro: [{ type: 'video', url: 'https://x.org/v.mp4' }] })
  t.equal(unknown.statusCode, 400)
  t.match(unknown.json().errors, [{ path: '/body/intro/0', message: 'has a "type" this field does not accept: "video"' }])

  const section = await admin(app, 'POST', '/v1/admin/articles/from-training-to-employment-the-power-of-healthcare-internships/sections', {
    heading: 'Links', blocks: [{ type: 'paragraph', children: [{ type: 'link', url: 'vbscript:x', title: null, children: [text('x')] }] }],
  })
  t.equal(section.statusCode, 400)
  t.same(section.json().errors.map((error: { path: string }) => error.path), ['/body/blocks/0/children/0/url'], 'a section write names its own body')
})

test('raw HTML written through JSON is stored sanitized', async (t) => {
  const app = await build(t)
  const res = await admin(app, 'POST', ARTICLES, {
    ...richArticle,
    intro: [{ type: 'html', value: '<p onclick="steal()">Hi<script>alert(1)</script><a href="javascript:x">y</a></p>' }, { type: 'html', value: '<style>body{}</style>' }],
  })
  t.equal(res.statusCode, 201)
  t.same(res.json().data.intro, [{ type: 'html', value: '<p>Hi<a>y</a></p>' }], 'event handler, script and javascript: URL gone; an HTML block left empty is dropped')
})
