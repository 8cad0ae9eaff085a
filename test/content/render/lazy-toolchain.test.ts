// The HTML and Markdown toolchain (hast and mdast utilities, parse5: about 15 MB of RSS at start) is loaded by the first
// answer that needs it, not at start: a server that only ever serves JSON never holds it. The OpenAPI document's
// examples of those representations are rendered when the document is first asked for.
import { createRequire } from 'node:module'
import { test } from 'tap'
import { build } from '../../helper.js'

/** Loaded through requireOnFirstUse (src/base/lazy.ts): require() puts them in require.cache, the process's one. */
const LAZY = ['hast-util-to-html', 'mdast-util-to-hast', 'hast-util-sanitize', 'mdast-util-to-markdown']
const { cache } = createRequire(import.meta.url)
const loaded = () => LAZY.filter((name) => Object.keys(cache).some((path) => path.includes(`/node_modules/${name}/`)))
const ARTICLE = '/v1/articles/from-training-to-employment-the-power-of-healthcare-internships'

test('the HTML and Markdown renderers are loaded by the first answer that needs them', async (t) => {
  const app = await build(t)
  for (const url of ['/v1/articles', ARTICLE, `${ARTICLE}/sections?limit=2`, '/v1/search?q=internship', '/ready']) {
    t.equal((await app.inject({ url })).statusCode, 200, url)
  }
  t.same(loaded(), [], 'JSON answers (and starting) load none of them')

  const html = await app.inject({ url: ARTICLE, headers: { accept: 'text/html' } })
  t.equal(html.statusCode, 200)
  t.match(html.body, /^<article lang="en">/)
  t.same(loaded(), ['hast-util-to-html', 'mdast-util-to-hast', 'hast-util-sanitize'], 'the first HTML answer loads the HTML renderer')

  const markdown = await app.inject({ url: ARTICLE, headers: { accept: 'text/markdown' } })
  t.equal(markdown.statusCode, 200)
  t.match(markdown.body, /^---\nslug: from-training-to-employment-the-power-of-healthcare-internships\n/)
  t.same(loaded(), LAZY, 'the first Markdown answer, the Markdown serializer')

  const document = await app.inject({ url: '/openapi.json' })
  t.equal(document.statusCode, 200)
  t.notMatch(document.body, 'urn:content-api:lazy-example', 'every example rendered in the document')
  const representations = document.json().paths['/v1/articles/{slug}'].get.responses['200'].content
  t.match(representations['text/html'].schema.examples[0], /^<article lang="en">/)
  t.match(representations['text/markdown'].schema.examples[0], /^---\nslug: /)
  t.match(representations['text/plain'].schema.examples[0], /\n=+\n/)
})
