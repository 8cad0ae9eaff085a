// Realistic blog posts (test/fixtures/blog/: Hugo with TOML, Jekyll, Gatsby and Next folders, raw and hostile HTML,
// unicode, long code, `#` and `###` sections, a post without headings) through POST /v1/admin/articles/import: each is
// a 201 with the warnings expected, stores what its front matter says, and round-trips through the export route.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { FastifyInstance } from 'fastify'
import { test } from 'tap'
import { projectRoot } from '../../../src/base/paths.js'
import { blogFiles } from '../../../src/content/markdown/blog-files.js'
import { ADMIN, build } from '../../helper.js'

const BLOG = join(projectRoot, 'test', 'fixtures', 'blog')
const ARTICLES = '/v1/admin/articles'
const MARKDOWN = { ...ADMIN, 'content-type': 'text/markdown' }

interface Expected {
  slug: string
  status: 'draft' | 'published'
  published_at: string | null
  sections: string[]
  tags?: string[]
  author?: string
  blocks: string[]
  warnings: RegExp[]
}

const EXPECTED: Record<string, Expected> = {
  'gatsby/content/blog/what-interns-learn/index.md': {
    slug: 'what-interns-learn',
    status: 'published',
    published_at: '2024-01-08T00:00:00.000Z',
    sections: ['systems', 'people', 'numbers'],
    blocks: ['image', 'paragraph', 'list', 'paragraph', 'list', 'paragraph', 'image', 'paragraph'],
    warnings: [/image "\.\/ward-round\.jpg" is relative/, /link "\.\.\/orientation\/" is relative/, /image "images\/team\.svg" is relative/],
  },
  'hash-sections.md': {
    slug: 'hash-sections',
    status: 'draft',
    published_at: '2024-07-01T00:00:00.000Z',
    sections: ['month-one', 'month-two', 'month-three'],
    blocks: ['paragraph', 'paragraph', 'heading', 'paragraph', 'heading', 'paragraph', 'paragraph', 'paragraph'],
    warnings: [/the "#" heading differs from the front matter title/, /a section heading is plain text/],
  },
  'hostile-html.md': {
    slug: 'embedding-media-safely',
    status: 'published',
    published_at: '2024-05-01T00:00:00.000Z',
    sections: ['comments'],
    tags: ['security'],
    blocks: ['paragraph', 'html', 'html', 'html', 'paragraph', 'html', 'paragraph'],
    warnings: [/<span onclick/, /<script>.*nothing was left/, /onerror/, /onmouseover/, /<details>/, /<iframe.*nothing was left/, /<!-- a comment.*nothing was left/],
  },
  'hugo/content/posts/triage-basics.md': {
    slug: 'triage-basics',
    status: 'published',
    published_at: '2024-02-11T03:30:00.000Z',
    sections: ['the-emergency-severity-index', 'a-script-for-the-handover', 'further-reading'],
    tags: ['emergency-medicine', 'internships', 'careers'],
    blocks: ['paragraph', 'paragraph', 'table', 'paragraph', 'code', 'paragraph', 'list'],
    warnings: [/"weight" is not an article field/, /"toc" is not an article field/],
  },
  'jekyll/_posts/2023-11-20-night-shifts.md': {
    slug: 'night-shifts',
    status: 'published',
    published_at: '2023-11-20T20:15:00.000Z',
    sections: ['before-the-shift', 'during-the-shift', 'after-the-shift'],
    tags: ['sleep', 'wellbeing', 'careers'],
    author: 'Dr. Amna Siddiqui',
    blocks: ['paragraph', 'paragraph', 'heading', 'list', 'blockquote', 'paragraph', 'paragraph', 'footnoteDefinition'],
    warnings: [/"layout"/, /"comments"/, /"permalink"/, /link "\/surveys\/night-shifts-2023" is relative/],
  },
  'long-code.md': {
    slug: 'long-code',
    status: 'published',
    published_at: '2024-08-20T00:00:00.000Z',
    sections: ['the-script', 'running-it', 'config'],
    blocks: ['paragraph', 'code', 'list', 'code', 'code'],
    warnings: [],
  },
  'next/posts/ward-checklists/index.md': {
    slug: 'ward-checklists',
    status: 'published',
    published_at: '2024-04-02T09:00:00.000Z',
    sections: ['our-morning-checklist', 'what-changed'],
    author: 'Jordan Lee',
    blocks: ['paragraph', 'list', 'blockquote', 'paragraph', 'thematicBreak', 'paragraph'],
    warnings: [/one author: the first is kept, 1 more ignored/, /"ogImage" is not an article field/],
  },
  'no-headings-draft.md': {
    slug: 'no-headings-draft',
    status: 'draft',
    published_at: null,
    sections: [],
    blocks: ['paragraph', 'paragraph', 'list'],
    warnings: [],
  },
  'unicode.md': {
    slug: 'uber-arzte',
    status: 'published',
    published_at: '2024-06-15T10:00:00.000Z',
    sections: ['section', 'section-2', 'section-3'],
    tags: ['gesundheit', 'tokyo'],
    blocks: ['paragraph', 'paragraph', 'paragraph', 'paragraph', 'heading', 'paragraph'],
    warnings: [/no letters or digits.*"section"/, /no letters or digits.*"section-2"/, /no letters or digits.*"section-3"/],
  },
}

const blockTypes = (article: { intro: Array<{ type: string }>, sections: Array<{ blocks: Array<{ type: string }> }> }) =>
  [...article.intro, ...article.sections.flatMap((section) => section.blocks)].map((block) => block.type)

async function importPost (app: FastifyInstance, text: string, slug?: string) {
  // The route takes the slug from the front matter or the title; the CLI passes the file name (as here, in a header-free way: front matter).
  const body = slug === undefined || /^(?:---|\+\+\+)[\s\S]*?^slug\s*[:=]/m.test(text) ? text : text.replace(/^(---|\+\+\+)\n/, (fence) => `${fence}${fence === '---\n' ? `slug: ${slug}` : `slug = "${slug}"`}\n`)
  return app.inject({ method: 'POST', url: `${ARTICLES}/import`, headers: MARKDOWN, payload: body })
}

test('POST /v1/admin/articles/import: a corpus of real-world posts', async (t) => {
  const app = await build(t, { seed: false })
  const files = blogFiles(BLOG)
  t.same(files.map((file) => file.label).sort(), Object.keys(EXPECTED).sort(), 'every fixture has its expectations')
  for (const file of files) {
    t.test(file.label, async (t) => {
      const expected = EXPECTED[file.label]!
      const res = await importPost(app, readFileSync(file.path, 'utf8'), file.slug)
      t.equal(res.statusCode, 201, res.body.slice(0, 2000))
      const { data, warnings } = res.json()
      t.equal(data.slug, expected.slug)
      t.equal(data.status, expected.status)
      t.equal(data.published_at, expected.published_at)
      t.same(data.sections.map((section: { key: string }) => section.key), expected.sections)
      if (expected.tags) t.same(data.tags.map((tag: { slug: string }) => tag.slug), expected.tags)
      if (expected.author) t.equal(data.author.name, expected.author)
      t.same(blockTypes(data), expected.blocks)
      t.equal(warnings.length, expected.warnings.length, JSON.stringify(warnings))
      expected.warnings.forEach((pattern, index) => {
        t.match(warnings[index]?.message, pattern)
        t.ok(warnings[index]?.line >= 1, 'with its line')
      })

      const url = `${ARTICLES}/${data.slug}`
      const exported = (await app.inject({ url: `${url}/export`, headers: ADMIN })).body
      const again = await app.inject({ method: 'POST', url: `${ARTICLES}/import`, headers: MARKDOWN, payload: exported })
      t.equal(again.statusCode, 200)
      t.same(again.json().data, data, 'export → import: the identical stored article (not even a new version)')
      t.same(again.json().warnings.filter((warning: { message: string }) => !/is relative/.test(warning.message)), [], 'the export imports without warnings (relative URLs aside)')
      t.equal((await app.inject({ url: `${url}/export`, headers: ADMIN })).body, exported, 'export is idempotent')
    })
  }
})

test('what the sanitizer removes never reaches a reader', async (t) => {
  const app = await build(t, { seed: false })
  const res = await importPost(app, readFileSync(join(BLOG, 'hostile-html.md'), 'utf8'))
  t.equal(res.statusCode, 201)
  const stored = JSON.stringify(res.json().data)
  for (const unsafe of ['<script', 'onerror', 'onclick', 'onmouseover', 'javascript:', '<iframe', 'style=', 'document.cookie']) t.notOk(stored.includes(unsafe), unsafe)
  t.ok(stored.includes('<kbd>'), 'allowed markup is kept')
})
