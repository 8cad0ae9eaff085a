// GET /v1/articles/{slug} and /sections/{key} as JSON, HTML, Markdown or plain text: negotiation, Vary, ETags per
// representation, escaping, and that Fastify sends the text representations as they are.
import { test } from 'tap'
import type { FastifyInstance, InjectOptions } from 'fastify'
import { DOMParser, type Document, type Element } from '@xmldom/xmldom'
import { ADMIN, build, SLUG } from '../../helper.js'

const PROBLEM = 'application/problem+json; charset=utf-8'
const TYPES = {
  json: 'application/json; charset=utf-8',
  html: 'text/html; charset=utf-8',
  markdown: 'text/markdown; charset=utf-8',
  text: 'text/plain; charset=utf-8',
} as const
const ARTICLE = `/v1/articles/${SLUG}`
const SECTION = `${ARTICLE}/sections/conclusion`

const get = (app: FastifyInstance, url: string, headers: Record<string, string> = {}, method: InjectOptions['method'] = 'GET') =>
  app.inject({ method, url, headers })

/** Text meant to break out of markup if it were not escaped. */
const HOSTILE = '<script>alert("pwned")</script> & \'quotes\' </article><!--'
const hostile = {
  slug: 'escaping-test',
  title: `Fish & Chips <b>${HOSTILE}</b>`,
  intro: [{ type: 'paragraph', text: `Intro ${HOSTILE}` }],
  sections: [
    {
      key: 'risky',
      heading: `Heading ${HOSTILE}`,
      blocks: [
        { type: 'paragraph', text: `Paragraph ${HOSTILE}` },
        { type: 'list', style: 'ordered', items: [{ text: `Item ${HOSTILE}` }, { text: 'Second & last' }] },
      ]
    },
  ],
  author: { name: 'Ada </script> Lovelace' },
}

/** Creates the article through the admin API and publishes it, as an editor would. */
async function publish (app: FastifyInstance, article: Record<string, unknown>) {
  const created = await app.inject({ method: 'POST', url: '/v1/admin/articles', headers: ADMIN, payload: article })
  if (created.statusCode !== 201) throw new Error(`create: ${created.statusCode} ${created.body}`)
  const published = await app.inject({ method: 'POST', url: `/v1/admin/articles/${String(article.slug)}/publish`, headers: ADMIN })
  if (published.statusCode !== 200) throw new Error(`publish: ${published.statusCode} ${published.body}`)
}

/** Parses an HTML fragment of ours strictly (it is well-formed XML too): any error fails the test. */
function parseFragment (html: string): Document {
  return new DOMParser({ onError: (level, message) => { throw new Error(`${level}: ${message}`) } }).parseFromString(html, 'text/xml')
}

const elements = (node: Document | Element, name: string) => Array.from(node.getElementsByTagName(name))

test('content negotiation on GET /v1/articles/{slug}', async (t) => {
  const app = await build(t)

  // [Accept, the representation served (or 406)]
  const matrix: Array<[string | undefined, keyof typeof TYPES | 406, string]> = [
    [undefined, 'json', 'no Accept: JSON'],
    ['', 'json', 'an empty Accept is read as absent'],
    ['*/*', 'json', '*/*: the server prefers JSON'],
    ['application/json', 'json', 'exact'],
    ['application/*', 'json', 'subtype wildcard'],
    ['text/html', 'html', 'exact'],
    ['text/markdown', 'markdown', 'exact'],
    ['text/plain', 'text', 'exact'],
    ['TEXT/HTML', 'html', 'case-insensitive'],
    ['text/*', 'html', 'text/*: the server prefers HTML among the text types'],
    ['text/*, text/html;q=0', 'markdown', 'q=0 on a more specific range excludes HTML; Markdown is next'],
    ['*/*, application/json;q=0', 'html', 'q=0 excludes JSON even under */*'],
    ['text/html;q=0.5, text/plain', 'text', 'q-values decide'],
    ['text/plain;q=0.2, text/markdown;q=0.3, application/json;q=0.1', 'markdown', 'the highest q wins'],
    ['text/*;q=0.5, application/json;q=0.4', 'html', 'a wildcard range with the higher q'],
    ['*/*;q=0.1, text/markdown', 'markdown', 'a named type beats a low */*'],
    ['text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', 'html', "a browser's Accept"],
    ['text/markdown, text/html, */*', 'markdown', 'equal q: a named type beats */*, then the client\'s order'],
    ['application/json, text/html', 'json', 'equal q, both named: the client\'s order'],
    ['text/html; charset=utf-8', 'html', 'a charset we send'],
    ['text/plain; charset="UTF-8"; q=0.9', 'text', 'quoted parameter, any case'],
    ['text/html; charset=iso-8859-1', 406, 'a charset we do not send'],
    ['text/html; level=1', 406, 'a parameter we do not have'],
    ['application/xml', 406, 'XML'],
    ['image/png, application/pdf', 406, 'nothing we have'],
    ['application/json;q=0', 406, 'only JSON, refused'],
    ['application/problem+json', 406, 'problem+json is for errors only'],
    ['json', 406, 'not a media range'],
  ]
  // Twice: the second time, every decision comes from the memo of headers already seen.
  for (const [accept, expected, why] of [...matrix, ...matrix]) {
    const res = await get(app, ARTICLE, accept === undefined ? {} : { accept })
    const label = `Accept: ${accept === undefined ? '(none)' : JSON.stringify(accept)} (${why})`
    if (expected === 406) {
      t.equal(res.statusCode, 406, label)
      t.equal(res.headers['content-type'], PROBLEM, `${label}: a problem, whatever Accept says`)
    } else {
      t.equal(res.statusCode, 200, label)
      t.equal(res.headers['content-type'], TYPES[expected], `${label}: ${expected}`)
    }
  }

  t.test('the 406 problem lists the available media types', async (t) => {
    const res = await get(app, ARTICLE, { accept: 'application/pdf' })
    t.match(res.json(), {
      type: '/problems/not-acceptable',
      title: 'Not Acceptable',
      status: 406,
      detail: 'This resource is available as application/json, text/html, text/markdown, text/plain: send an Accept header that allows one of them (or */*).',
    })
    t.equal(res.headers.vary, 'Accept')
  })

  t.test('every answer varies on Accept: 200s, 304, 404, 406 and the 301 of a renamed article; 200s and 304s on Accept-Encoding too', async (t) => {
    for (const accept of ['application/json', 'text/html', 'text/markdown', 'text/plain']) {
      const res = await get(app, ARTICLE, { accept })
      t.equal(res.headers.vary, 'Accept, Accept-Encoding', `200 ${accept}`)
      const revalidated = await get(app, ARTICLE, { accept, 'if-none-match': res.headers.etag as string })
      t.equal(revalidated.statusCode, 304)
      t.equal(revalidated.headers.vary, 'Accept, Accept-Encoding', `304 ${accept}`)
    }
    t.equal((await get(app, '/v1/articles/nope', { accept: 'text/html' })).headers.vary, 'Accept', '404')
    t.equal((await get(app, `${ARTICLE}/sections/nope`, { accept: 'text/html' })).headers.vary, 'Accept', '404 section')
    await publish(app, { slug: 'old-name', title: 'Renamed', intro: [], sections: [] })
    const renamed = await app.inject({ method: 'PATCH', url: '/v1/admin/articles/old-name', headers: ADMIN, payload: { slug: 'new-name' } })
    t.equal(renamed.statusCode, 200)
    const moved = await get(app, '/v1/articles/old-name', { accept: 'text/html' })
    t.equal(moved.statusCode, 301)
    t.equal(moved.headers.location, '/v1/articles/new-name')
    t.equal(moved.headers.vary, 'Accept', '301')
  })

  t.test('Vary keeps what CORS puts there', async (t) => {
    const cors = await build(t, { env: { CORS_ORIGINS: 'https://www.example.org' } })
    const res = await get(cors, ARTICLE, { accept: 'text/html', origin: 'https://www.example.org' })
    t.same(String(res.headers.vary).split(/,\s*/).sort(), ['Accept', 'Accept-Encoding', 'Origin'])
  })

  t.test('HEAD negotiates like GET and sends no body', async (t) => {
    const res = await get(app, ARTICLE, { accept: 'text/markdown' }, 'HEAD')
    t.equal(res.statusCode, 200)
    t.equal(res.headers['content-type'], TYPES.markdown)
    t.equal(res.headers.vary, 'Accept, Accept-Encoding')
    t.equal(res.body, '')
  })
})

test('each representation has its own ETag and its own 304', async (t) => {
  const app = await build(t, { env: { REVIEW_MODERATION: 'post' } })
  const etags: Record<string, string> = {}
  for (const [kind, type] of Object.entries(TYPES)) {
    const res = await get(app, ARTICLE, { accept: type.split(';')[0]! })
    etags[kind] = res.headers.etag as string
    t.match(etags[kind], new RegExp(`^"${kind}/[A-Za-z0-9+/=]+"$`), `${kind}: a strong ETag naming its kind`)
    t.equal(res.headers['cache-control'], 'public, max-age=60, stale-while-revalidate=600')
    const again = await get(app, ARTICLE, { accept: type.split(';')[0]! })
    t.equal(again.body, res.body, `${kind}: the same bytes again`)
    t.equal(again.headers.etag, etags[kind], `${kind}: the same ETag again`)
  }
  t.equal(new Set(Object.values(etags)).size, 4, 'four different ETags')

  t.test('a 304 only for the ETag of the representation asked for', async (t) => {
    for (const kind of Object.keys(TYPES) as Array<keyof typeof TYPES>) {
      const accept = TYPES[kind].split(';')[0]!
      const own = await get(app, ARTICLE, { accept, 'if-none-match': etags[kind]! })
      t.equal(own.statusCode, 304, `${kind} with its own ETag: 304`)
      t.equal(own.body, '')
      t.equal(own.headers.etag, etags[kind])
      for (const other of Object.keys(TYPES).filter((name) => name !== kind)) {
        const res = await get(app, ARTICLE, { accept, 'if-none-match': etags[other]! })
        t.equal(res.statusCode, 200, `${kind} with the ${other} ETag: 200`)
        t.equal(res.headers['content-type'], TYPES[kind])
      }
    }
  })

  t.test('If-None-Match lists (a cache revalidating several variants), weak tags and *', async (t) => {
    t.equal((await get(app, ARTICLE, { accept: 'text/html', 'if-none-match': `${etags.json}, ${etags.html}` })).statusCode, 304, 'a list')
    t.equal((await get(app, ARTICLE, { accept: 'text/html', 'if-none-match': `W/${etags.html}` })).statusCode, 304, 'weak comparison')
    t.equal((await get(app, ARTICLE, { accept: 'text/html', 'if-none-match': '*' })).statusCode, 304, '*')
    t.equal((await get(app, ARTICLE, { accept: 'text/html', 'if-none-match': `${etags.json}, ${etags.text}` })).statusCode, 200, 'a list without it')
  })

  t.test('a review changes the JSON and HTML (its JSON-LD rating), not the Markdown or text', async (t) => {
    const review = await app.inject({ method: 'POST', url: `${ARTICLE}/reviews`, payload: { author_name: 'A', rating: 4, body: 'Useful.' } })
    t.equal(review.statusCode, 201)
    const after: Record<string, string> = {}
    for (const [kind, type] of Object.entries(TYPES)) after[kind] = (await get(app, ARTICLE, { accept: type.split(';')[0]! })).headers.etag as string
    t.not(after.json, etags.json, 'json changed')
    t.not(after.html, etags.html, 'html changed')
    t.equal(after.markdown, etags.markdown, 'markdown unchanged')
    t.equal(after.text, etags.text, 'text unchanged')
    t.equal((await get(app, ARTICLE, { accept: 'text/html', 'if-none-match': etags.html! })).statusCode, 200, 'the old HTML ETag no longer matches')
  })
})

test('the representations of the seed article', async (t) => {
  const app = await build(t)
  const json = await get(app, ARTICLE)
  const article = json.json().data as {
    title: string, intro: Array<{ type: string, text?: string }>, sections: Array<{ key: string, heading: string, blocks: Array<{ type: string, style?: string, items?: unknown[] }> }>
  }

  t.test('JSON is the article envelope, serialized by the route schema', async (t) => {
    t.equal(json.headers['content-type'], TYPES.json)
    t.same(Object.keys(json.json()), ['data'])
    t.equal(json.body, JSON.stringify(json.json()), 'compact JSON, as before')
  })

  t.test('HTML: an <article> fragment with h1, intro, a section per section with <h2 id=key>, lists, and the JSON-LD', async (t) => {
    const res = await get(app, ARTICLE, { accept: 'text/html' })
    t.equal(res.headers['content-type'], TYPES.html)
    t.ok(res.body.startsWith('<article lang="en">\n<h1>'), 'a fragment: no doctype, <html> or <head>')
    const document = parseFragment(res.body)
    const root = document.documentElement!
    t.equal(root.tagName, 'article')
    t.equal(elements(root, 'h1').length, 1)
    t.equal(elements(root, 'h1')[0]!.textContent, article.title)
    const sections = elements(root, 'section')
    t.same(sections.map((section) => elements(section, 'h2')[0]!.getAttribute('id')), article.sections.map((section) => section.key), 'h2 ids are the section keys')
    t.same(sections.map((section) => section.getAttribute('aria-labelledby')), article.sections.map((section) => section.key), 'each section is labelled by its heading')
    t.same(sections.map((section) => elements(section, 'h2')[0]!.textContent), article.sections.map((section) => section.heading))
    const lists = article.sections.flatMap((section) => section.blocks).filter((block) => block.type === 'list')
    t.equal(elements(root, 'ul').length + elements(root, 'ol').length, lists.length, 'a ul or ol per list')
    t.equal(elements(root, 'li').length, lists.reduce((sum, list) => sum + list.items!.length, 0), 'an li per item')
    const paragraphs = article.intro.length + article.sections.flatMap((section) => section.blocks).filter((block) => block.type === 'paragraph').length
    t.equal(elements(root, 'p').length, paragraphs, 'a p per paragraph')
    const scripts = elements(root, 'script')
    t.equal(scripts.length, 1)
    t.equal(scripts[0]!.getAttribute('type'), 'application/ld+json')
    t.same(JSON.parse(scripts[0]!.textContent!), (await get(app, `${ARTICLE}/jsonld`)).json(), 'the JSON-LD of /jsonld')
  })

  t.test('Markdown is the authoring export', async (t) => {
    const res = await get(app, ARTICLE, { accept: 'text/markdown' })
    t.equal(res.headers['content-type'], TYPES.markdown)
    const exported = await app.inject({ url: `/v1/admin/articles/${SLUG}/export`, headers: ADMIN })
    t.equal(exported.statusCode, 200)
    t.equal(res.body, exported.body)
  })

  t.test('plain text: the title and headings underlined, blocks separated by blank lines', async (t) => {
    const res = await get(app, ARTICLE, { accept: 'text/plain' })
    t.equal(res.headers['content-type'], TYPES.text)
    const lines = res.body.split('\n')
    t.equal(lines[0], article.title)
    t.equal(lines[1], '='.repeat(article.title.length))
    t.equal(lines[2], '')
    t.equal(lines[3], article.intro[0]!.text)
    for (const section of article.sections) t.ok(res.body.includes(`\n\n${section.heading}\n${'-'.repeat([...section.heading].length)}\n\n`), `heading "${section.heading}"`)
    t.match(res.body, /\n- Work in live healthcare environments\n/, 'bullet items')
    t.notMatch(res.body, /[<>]|&amp;/, 'no markup')
    t.ok(res.body.endsWith('\n') && !res.body.endsWith('\n\n'), 'one final newline')
  })
})

test('text is escaped in HTML, kept as it is elsewhere; sections too', async (t) => {
  const app = await build(t)
  await publish(app, hostile)
  const url = `/v1/articles/${hostile.slug}`

  const html = (await get(app, url, { accept: 'text/html' })).body
  const markup = html.replace(/<script type="application\/ld\+json">[^<]*<\/script>/, '')
  t.notMatch(markup, /<script|<b>|<!--|'/, 'no text reaches the HTML unescaped')
  t.match(html, /&lt;script&gt;alert\(&quot;pwned&quot;\)&lt;\/script&gt; &amp; &#39;quotes&#39; &lt;\/article&gt;&lt;!--/)
  t.equal(html.split('<script').length, 2, 'the only script element is the JSON-LD')
  t.equal(html.split('</script>').length, 2, 'and nothing inside it closes it early')
  t.equal(html.split('</article>').length, 2, 'nor the article')
  const root = parseFragment(html).documentElement!
  t.equal(elements(root, 'h1')[0]!.textContent, hostile.title, 'the title reads as written')
  t.equal(elements(root, 'h2')[0]!.textContent, hostile.sections[0]!.heading)
  t.same(elements(root, 'li').map((item) => item.textContent), [`Item ${HOSTILE}`, 'Second & last'])
  const jsonLd = elements(root, 'script')[0]!.textContent!
  t.notMatch(jsonLd, /[<>]/, 'the JSON-LD holds no < or >: they are \\u003c and \\u003e')
  t.match(JSON.parse(jsonLd), { headline: hostile.title, author: { name: 'Ada </script> Lovelace' } }, 'and still reads as the same data')

  const markdown = (await get(app, url, { accept: 'text/markdown' })).body
  t.equal(markdown, (await app.inject({ url: `/v1/admin/articles/${hostile.slug}/export`, headers: ADMIN })).body, 'Markdown: the export, which escapes for Markdown itself')
  const text = (await get(app, url, { accept: 'text/plain' })).body
  t.ok(text.startsWith(`${hostile.title}\n`), 'plain text is not markup: kept as written')
  t.match(text, /\n1\. Item <script>alert\("pwned"\)<\/script> & 'quotes' <\/article><!--\n2\. Second & last\n/)

  t.test('a section in every representation', async (t) => {
    const section = `${url}/sections/risky`
    const json = await get(app, section)
    t.equal(json.headers['content-type'], TYPES.json)
    t.equal(json.json().data.key, 'risky')
    const sectionHtml = await get(app, section, { accept: 'text/html' })
    t.equal(sectionHtml.headers['content-type'], TYPES.html)
    t.equal(sectionHtml.headers.vary, 'Accept, Accept-Encoding')
    const element = parseFragment(sectionHtml.body).documentElement!
    t.equal(element.tagName, 'section')
    t.equal(elements(element, 'h2')[0]!.getAttribute('id'), 'risky')
    t.equal(elements(element, 'h2')[0]!.textContent, hostile.sections[0]!.heading)
    t.equal(elements(element, 'ol').length, 1)
    t.notMatch(sectionHtml.body, /<script|<!--/)
    const sectionMarkdown = await get(app, section, { accept: 'text/markdown' })
    t.equal(sectionMarkdown.headers['content-type'], TYPES.markdown)
    t.ok(sectionMarkdown.body.startsWith('## Heading '), 'a ## heading')
    t.ok(markdown.includes(sectionMarkdown.body.trimEnd()), 'the section as it appears in the article\'s Markdown')
    const sectionText = await get(app, section, { accept: 'text/plain' })
    t.equal(sectionText.headers['content-type'], TYPES.text)
    t.ok(text.includes(sectionText.body.trimEnd()), 'the section as it appears in the article\'s text')
    t.equal((await get(app, section, { accept: 'image/png' })).statusCode, 406)
  })
})

test('sections: negotiation, ETags per representation, 304', async (t) => {
  const app = await build(t)
  const etags = new Set<string>()
  for (const [kind, type] of Object.entries(TYPES)) {
    const res = await get(app, SECTION, { accept: type.split(';')[0]! })
    t.equal(res.statusCode, 200)
    t.equal(res.headers['content-type'], type, kind)
    t.equal(res.headers.vary, 'Accept, Accept-Encoding')
    etags.add(res.headers.etag as string)
    const revalidated = await get(app, SECTION, { accept: type.split(';')[0]!, 'if-none-match': res.headers.etag as string })
    t.equal(revalidated.statusCode, 304, `${kind}: 304`)
    t.equal(revalidated.headers.vary, 'Accept, Accept-Encoding')
  }
  t.equal(etags.size, 4, 'four ETags')
  const html = await get(app, SECTION, { accept: 'text/html' })
  t.equal(html.body, '<section aria-labelledby="conclusion">\n<h2 id="conclusion">Conclusion</h2>\n' +
    '<p>The transition from training to employment can be challenging in healthcare, but internships make this journey smoother and more successful. ' +
    'By combining education with real-world experience, healthcare internships empower students with confidence, competence, and career clarity.</p>\n' +
    '<p>For anyone aspiring to build a strong healthcare career, internships are not just an option—they are a powerful step toward professional success.</p>\n</section>\n')
  t.equal((await get(app, SECTION, { accept: 'application/json', 'if-none-match': html.headers.etag as string })).statusCode, 200, 'the HTML ETag is no JSON ETag')
  t.equal((await get(app, `${ARTICLE}/sections?limit=1`, { accept: 'application/json' })).statusCode, 200, 'the section list stays JSON')
})

test('the OpenAPI examples of the text representations are what the API serves for the seed article', async (t) => {
  const app = await build(t, { env: { PUBLIC_BASE_URL: 'https://api.example.org' } })
  await app.ready()
  const document = app.swagger() as { paths: Record<string, { get: { responses: Record<string, { content: Record<string, { schema: { type?: string, examples?: string[] } }> }> } }> }
  const examples = (path: string) => document.paths[path]!.get.responses['200']!.content
  // The examples were made before the database was seeded: dateModified there is the publication time.
  const served = async (url: string, accept: string) => {
    const res = await get(app, url, { accept })
    const published = (await get(app, ARTICLE)).json().data as { published_at: string, updated_at: string }
    return res.body.split(published.updated_at).join(published.published_at)
  }
  for (const type of ['text/html', 'text/markdown', 'text/plain']) {
    t.equal(await served(ARTICLE, type), examples('/v1/articles/{slug}')[type]!.schema.examples![0], `GET /v1/articles/{slug} ${type}`)
    t.match(examples('/v1/articles/{slug}')[type]!.schema, { type: 'string' }, `${type}: documented as a string`)
  }
  const section = examples('/v1/articles/{slug}/sections/{key}')
  const key = /id="([^"]+)"/.exec(section['text/html']!.schema.examples![0]!)![1]!
  for (const type of ['text/html', 'text/markdown', 'text/plain']) {
    t.equal(await served(`${ARTICLE}/sections/${key}`, type), section[type]!.schema.examples![0], `GET /v1/articles/{slug}/sections/{key} ${type}`)
  }
})
