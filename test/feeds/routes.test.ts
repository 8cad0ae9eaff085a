// GET /feed.atom and GET /sitemap.xml, parsed with a real XML parser and checked against the elements their
// specifications require: Atom 1.0 (RFC 4287 §4.1) and the sitemaps.org protocol 0.9.
import { test } from 'tap'
import type { FastifyInstance } from 'fastify'
import { DOMParser, type Document, type Element } from '@xmldom/xmldom'
import { ADMIN, build, SLUG } from '../helper.js'

const ATOM = 'http://www.w3.org/2005/Atom'
const SITEMAP = 'http://www.sitemaps.org/schemas/sitemap/0.9'
const BASE = 'https://www.example.org/content'
/** RFC 3339 date-time (Atom dates, §3.3); the W3C Datetime sitemaps use with a time accepts the same. */
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/

/**
 * Parses strictly: a warning or error of any kind fails, as a feed reader's XML parser would refuse the document.
 * xmldom lets a bare `&` and C0 control characters through, which XML 1.0 forbids: those are checked first.
 */
function parseXml (text: string): Document {
  const bareAmpersand = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.exec(text)
  if (bareAmpersand) throw new Error(`not well-formed: a bare & at ${bareAmpersand.index}`)
  // eslint-disable-next-line no-control-regex -- the characters XML 1.0 forbids
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/.test(text)) throw new Error('not well-formed: a character XML 1.0 forbids')
  return new DOMParser({ onError: (level, message) => { throw new Error(`${level}: ${message}`) } }).parseFromString(text, 'application/xml')
}

const children = (parent: Element, namespace: string, name: string) =>
  Array.from(parent.childNodes).filter((node): node is Element => node.nodeType === 1 && (node as Element).namespaceURI === namespace && (node as Element).localName === name)
const text = (parent: Element, namespace: string, name: string) => children(parent, namespace, name)[0]?.textContent ?? undefined

const isAbsoluteIri = (value: string | undefined | null) => {
  try { return value !== undefined && value !== null && new URL(value).protocol.length > 1 } catch { return false }
}

/** RFC 4287's "MUST"s for a feed and its entries, as a list of what is wrong. */
function atomViolations (feed: Element): string[] {
  const problems: string[] = []
  const check = (ok: boolean, message: string) => { if (!ok) problems.push(message) }
  check(feed.namespaceURI === ATOM && feed.localName === 'feed', 'the root is atom:feed')
  for (const name of ['id', 'title', 'updated']) check(children(feed, ATOM, name).length === 1, `atom:feed has exactly one atom:${name}`)
  check(isAbsoluteIri(text(feed, ATOM, 'id')), 'atom:feed/atom:id is an absolute IRI')
  check(RFC3339.test(text(feed, ATOM, 'updated') ?? ''), 'atom:feed/atom:updated is an RFC 3339 date-time')
  const self = children(feed, ATOM, 'link').filter((link) => link.getAttribute('rel') === 'self')
  check(self.length === 1 && isAbsoluteIri(self[0]!.getAttribute('href')), 'atom:feed SHOULD have one absolute rel="self" link')
  const entries = children(feed, ATOM, 'entry')
  const feedAuthor = children(feed, ATOM, 'author')
  check(feedAuthor.length > 0 || entries.every((entry) => children(entry, ATOM, 'author').length > 0), 'an atom:author on the feed or on every entry')
  for (const author of [...feedAuthor, ...entries.flatMap((entry) => children(entry, ATOM, 'author'))]) {
    check(children(author, ATOM, 'name').length === 1 && (text(author, ATOM, 'name') ?? '').trim() !== '', 'each atom:author has one atom:name')
  }
  const ids = new Set<string>()
  entries.forEach((entry, index) => {
    const at = `entry ${index + 1}`
    for (const name of ['id', 'title', 'updated']) check(children(entry, ATOM, name).length === 1, `${at}: exactly one atom:${name}`)
    const id = text(entry, ATOM, 'id')
    check(isAbsoluteIri(id), `${at}: atom:id is an absolute IRI`)
    check(!ids.has(id ?? ''), `${at}: atom:id is unique`)
    ids.add(id ?? '')
    check(RFC3339.test(text(entry, ATOM, 'updated') ?? ''), `${at}: atom:updated is an RFC 3339 date-time`)
    check(children(entry, ATOM, 'published').every((published) => RFC3339.test(published.textContent ?? '')), `${at}: atom:published is an RFC 3339 date-time`)
    const content = children(entry, ATOM, 'content')
    const alternates = children(entry, ATOM, 'link').filter((link) => (link.getAttribute('rel') ?? 'alternate') === 'alternate')
    check(content.length === 1 || alternates.length > 0, `${at}: atom:content or a rel="alternate" link`)
    check(content.every((element) => ['text', 'html', 'xhtml', null].includes(element.getAttribute('type')) || !element.getAttribute('src')), `${at}: inline content has a text type`)
    check(new Set(alternates.map((link) => `${link.getAttribute('type')}|${link.getAttribute('hreflang')}`)).size === alternates.length, `${at}: one alternate link per type and hreflang`)
    check(alternates.every((link) => isAbsoluteIri(link.getAttribute('href'))), `${at}: alternate links are absolute`)
  })
  return problems
}

/** The sitemaps.org protocol: <urlset xmlns> of <url> with a <loc> (absolute, under 2,048 characters) and optional W3C <lastmod>. */
function sitemapViolations (urlset: Element, base: string): string[] {
  const problems: string[] = []
  const check = (ok: boolean, message: string) => { if (!ok) problems.push(message) }
  check(urlset.namespaceURI === SITEMAP && urlset.localName === 'urlset', 'the root is urlset in the sitemap namespace')
  const urls = children(urlset, SITEMAP, 'url')
  check(urls.length <= 50_000, 'at most 50,000 URLs')
  urls.forEach((url, index) => {
    const loc = text(url, SITEMAP, 'loc')
    check(children(url, SITEMAP, 'loc').length === 1, `url ${index + 1}: one loc`)
    check(isAbsoluteIri(loc) && loc!.length < 2048 && loc!.startsWith(`${base}/`), `url ${index + 1}: loc is absolute, under the base URL, under 2,048 characters`)
    check(children(url, SITEMAP, 'lastmod').every((lastmod) => RFC3339.test(lastmod.textContent ?? '')), `url ${index + 1}: lastmod is a W3C datetime`)
  })
  return problems
}

async function fetchFeed (app: FastifyInstance, headers: Record<string, string> = {}) {
  const res = await app.inject({ url: '/feed.atom', headers })
  return { res, feed: res.statusCode === 200 ? parseXml(res.body).documentElement! : undefined }
}

async function fetchSitemap (app: FastifyInstance, headers: Record<string, string> = {}) {
  const res = await app.inject({ url: '/sitemap.xml', headers })
  return { res, urlset: res.statusCode === 200 ? parseXml(res.body).documentElement! : undefined }
}

async function createAndPublish (app: FastifyInstance, article: Record<string, unknown>) {
  const created = await app.inject({ method: 'POST', url: '/v1/admin/articles', headers: ADMIN, payload: article })
  if (created.statusCode !== 201) throw new Error(`create: ${created.body}`)
  // Distinct timestamps, so "newest" is unambiguous.
  await new Promise((resolve) => setTimeout(resolve, 5))
  const published = await app.inject({ method: 'POST', url: `/v1/admin/articles/${String(article.slug)}/publish`, headers: ADMIN })
  if (published.statusCode !== 200) throw new Error(`publish: ${published.body}`)
  return published.json().data as { published_at: string, updated_at: string }
}

test('GET /feed.atom', async (t) => {
  const app = await build(t, { env: { PUBLIC_BASE_URL: `${BASE}/`, SITE_NAME: 'Healthcare Careers & <Co>' } })
  const { res, feed } = await fetchFeed(app)
  const seed = (await app.inject({ url: `/v1/articles/${SLUG}` })).json().data as { title: string, excerpt: string, published_at: string, updated_at: string }

  t.test('an Atom 1.0 feed with every element RFC 4287 requires', async (t) => {
    t.equal(res.statusCode, 200)
    t.equal(res.headers['content-type'], 'application/atom+xml; charset=utf-8')
    t.equal(res.headers['cache-control'], 'public, max-age=60, stale-while-revalidate=600')
    t.equal(res.headers.vary, 'Accept, Accept-Encoding')
    t.match(res.headers.etag, /^"atom\/[A-Za-z0-9+/=]+"$/)
    t.ok(res.body.startsWith('<?xml version="1.0" encoding="utf-8"?>\n'), 'an XML declaration')
    t.same(atomViolations(feed!), [])
    t.equal(text(feed!, ATOM, 'id'), `${BASE}/feed.atom`)
    t.equal(text(feed!, ATOM, 'title'), 'Healthcare Careers & <Co>', 'SITE_NAME, escaped and read back as written')
    t.equal(text(children(feed!, ATOM, 'author')[0]!, ATOM, 'name'), 'Healthcare Careers & <Co>')
    t.equal(children(feed!, ATOM, 'link')[0]!.getAttribute('href'), `${BASE}/feed.atom`)
    t.equal(text(feed!, ATOM, 'updated'), seed.updated_at, 'updated: when the newest entry last changed')
  })

  t.test('the entry: the whole article as escaped HTML, its excerpt, dates and link', async (t) => {
    const [entry] = children(feed!, ATOM, 'entry')
    t.equal(text(entry!, ATOM, 'title'), seed.title)
    t.match(text(entry!, ATOM, 'id'), /^tag:www\.example\.org,2025-01-15:article:\d+$/, 'a tag: URI')
    t.equal(text(entry!, ATOM, 'published'), seed.published_at)
    t.equal(text(entry!, ATOM, 'updated'), seed.updated_at)
    t.equal(text(entry!, ATOM, 'summary'), seed.excerpt)
    t.equal(entry!.getAttribute('xml:lang'), 'en')
    const link = children(entry!, ATOM, 'link')[0]!
    t.same([link.getAttribute('rel'), link.getAttribute('type'), link.getAttribute('href')], ['alternate', 'text/html', `${BASE}/v1/articles/${SLUG}`])
    const content = children(entry!, ATOM, 'content')[0]!
    t.equal(content.getAttribute('type'), 'html')
    const html = (await app.inject({ url: `/v1/articles/${SLUG}`, headers: { accept: 'text/html' } })).body
    t.equal(content.textContent, html.replace(/<script type="application\/ld\+json">[^<]*<\/script>\n/, ''), 'the HTML representation, without the JSON-LD')
  })

  t.test('If-None-Match: 304 until something is published', async (t) => {
    const etag = res.headers.etag as string
    const unchanged = await app.inject({ url: '/feed.atom', headers: { 'if-none-match': etag } })
    t.equal(unchanged.statusCode, 304)
    t.equal(unchanged.body, '')
    t.equal(unchanged.headers.vary, 'Accept, Accept-Encoding')
    t.equal(unchanged.headers['cache-control'], 'public, max-age=60, stale-while-revalidate=600')
    const review = await app.inject({ method: 'POST', url: `/v1/articles/${SLUG}/reviews`, payload: { author_name: 'A', rating: 5, body: 'Great.' } })
    t.equal(review.statusCode, 201)
    t.equal((await app.inject({ url: '/feed.atom', headers: { 'if-none-match': etag } })).statusCode, 304, 'reviews do not change the feed')
    await app.inject({ method: 'POST', url: '/v1/admin/articles', headers: ADMIN, payload: { slug: 'a-draft', title: 'A draft', intro: [], sections: [] } })
    t.equal((await app.inject({ url: '/feed.atom', headers: { 'if-none-match': etag } })).statusCode, 304, 'nor do drafts')
  })

  t.test('a publish: the new article first, the feed updated, a new ETag', async (t) => {
    const before = await fetchFeed(app)
    const published = await createAndPublish(app, {
      slug: 'fish-and-chips',
      title: 'Fish & Chips <script>alert(1)</script>',
      author: { name: 'Ada & Grace' },
      tags: [{ name: 'Food & Drink' }],
      intro: [{ type: 'paragraph', text: 'Crisp & golden <b>always</b>.' }],
      sections: [{ heading: 'Batter', blocks: [{ type: 'list', style: 'bullet', items: [{ text: 'Flour & water' }] }] }],
    })
    const after = await fetchFeed(app)
    t.equal(after.res.statusCode, 200)
    t.same(atomViolations(after.feed!), [])
    t.not(after.res.headers.etag, before.res.headers.etag)
    t.equal((await app.inject({ url: '/feed.atom', headers: { 'if-none-match': before.res.headers.etag as string } })).statusCode, 200, 'the old ETag: 200')
    t.equal((await app.inject({ url: '/feed.atom', headers: { 'if-none-match': after.res.headers.etag as string } })).statusCode, 304, 'the new one: 304')
    t.equal(text(after.feed!, ATOM, 'updated'), published.updated_at, 'updated moved to the publication')
    t.ok(Date.parse(text(after.feed!, ATOM, 'updated')!) > Date.parse(text(before.feed!, ATOM, 'updated')!))
    const entries = children(after.feed!, ATOM, 'entry')
    t.equal(entries.length, 2)
    const [first] = entries
    t.equal(text(first!, ATOM, 'title'), 'Fish & Chips <script>alert(1)</script>', 'newest first; the title reads as written')
    t.equal(text(children(first!, ATOM, 'author')[0]!, ATOM, 'name'), 'Ada & Grace', 'its own author')
    t.same(children(first!, ATOM, 'category').map((category) => [category.getAttribute('term'), category.getAttribute('label')]), [['food-drink', 'Food & Drink']])
    const content = text(first!, ATOM, 'content')!
    t.match(content, /<h1>Fish &amp; Chips &lt;script&gt;alert\(1\)&lt;\/script&gt;<\/h1>/, 'the HTML in the content escapes the text once more')
    t.match(content, /<li>Flour &amp; water<\/li>/)
    t.notMatch(after.res.body, /<script|<b>/, 'no markup from the text reaches the XML')
  })

  t.test('an edit moves updated and the entry; a rename keeps the entry id', async (t) => {
    const before = await fetchFeed(app)
    const idBefore = text(children(before.feed!, ATOM, 'entry')[0]!, ATOM, 'id')
    await new Promise((resolve) => setTimeout(resolve, 5))
    const renamed = await app.inject({ method: 'PATCH', url: '/v1/admin/articles/fish-and-chips', headers: ADMIN, payload: { slug: 'fish-chips', title: 'Fish and Chips' } })
    t.equal(renamed.statusCode, 200)
    const after = await fetchFeed(app)
    const entry = children(after.feed!, ATOM, 'entry')[0]!
    t.equal(text(entry, ATOM, 'id'), idBefore, 'the same id: readers do not show it twice')
    t.equal(text(entry, ATOM, 'title'), 'Fish and Chips')
    t.equal(children(entry, ATOM, 'link')[0]!.getAttribute('href'), `${BASE}/v1/articles/fish-chips`)
    t.equal(text(after.feed!, ATOM, 'updated'), renamed.json().data.updated_at)
  })

  t.test('unpublishing removes the entry', async (t) => {
    t.equal((await app.inject({ method: 'POST', url: '/v1/admin/articles/fish-chips/unpublish', headers: ADMIN })).statusCode, 200)
    const { feed } = await fetchFeed(app)
    t.same(children(feed!, ATOM, 'entry').map((entry) => text(entry, ATOM, 'title')), [seed.title])
  })

  t.test('Accept: XML types are served the feed; others are a 406 problem', async (t) => {
    for (const accept of ['application/atom+xml', 'application/xml', 'text/xml', 'application/*', '*/*', 'application/rss+xml, application/atom+xml;q=0.9']) {
      const res = await app.inject({ url: '/feed.atom', headers: { accept } })
      t.equal(res.statusCode, 200, accept)
      t.equal(res.headers['content-type'], 'application/atom+xml; charset=utf-8', accept)
    }
    const refused = await app.inject({ url: '/feed.atom', headers: { accept: 'application/json' } })
    t.equal(refused.statusCode, 406)
    t.equal(refused.headers['content-type'], 'application/problem+json; charset=utf-8')
    t.equal(refused.headers.vary, 'Accept')
    t.match(refused.json(), { status: 406, detail: /available as application\/atom\+xml, application\/xml, text\/xml/ })
    const head = await app.inject({ method: 'HEAD', url: '/feed.atom' })
    t.equal(head.statusCode, 200)
    t.equal(head.body, '')
  })

  t.test('at most 20 entries, newest first', async (t) => {
    const many = await build(t, { env: { PUBLIC_BASE_URL: BASE } })
    for (let index = 0; index < 21; index++) {
      await many.services.authoring.upsert({
        slug: `article-${index}`,
        title: `Article ${index}`,
        status: 'published',
        published_at: new Date(Date.UTC(2026, 0, 1 + index)).toISOString(),
        intro: [{ type: 'paragraph', text: `Number ${index}.` }],
        sections: [],
      }, { by: 'test' })
    }
    const { feed } = await fetchFeed(many)
    const titles = children(feed!, ATOM, 'entry').map((entry) => text(entry, ATOM, 'title'))
    t.equal(titles.length, 20)
    t.same(titles.slice(0, 3), ['Article 20', 'Article 19', 'Article 18'])
    t.same(atomViolations(feed!), [])
  })

  t.test('nothing published: a valid, empty feed', async (t) => {
    const empty = await build(t, { seed: false })
    const { res, feed } = await fetchFeed(empty)
    t.equal(res.statusCode, 200)
    t.same(atomViolations(feed!), [])
    t.equal(children(feed!, ATOM, 'entry').length, 0)
    t.equal(text(feed!, ATOM, 'title'), '127.0.0.1:3000', 'without SITE_NAME: the host of the base URL')
  })
})

test('GET /sitemap.xml', async (t) => {
  const app = await build(t, { env: { PUBLIC_BASE_URL: BASE } })
  const { res, urlset } = await fetchSitemap(app)
  const seed = (await app.inject({ url: `/v1/articles/${SLUG}` })).json().data as { updated_at: string }

  t.equal(res.statusCode, 200)
  t.equal(res.headers['content-type'], 'application/xml; charset=utf-8')
  t.equal(res.headers['cache-control'], 'public, max-age=60, stale-while-revalidate=600')
  t.equal(res.headers.vary, 'Accept, Accept-Encoding')
  t.match(res.headers.etag, /^"sitemap\/[A-Za-z0-9+/=]+"$/)
  t.same(sitemapViolations(urlset!, BASE), [])
  t.same(children(urlset!, SITEMAP, 'url').map((url) => [text(url, SITEMAP, 'loc'), text(url, SITEMAP, 'lastmod')]), [[`${BASE}/v1/articles/${SLUG}`, seed.updated_at]])
  t.equal((await app.inject({ url: '/sitemap.xml', headers: { 'if-none-match': res.headers.etag as string } })).statusCode, 304)

  t.test('every published article, no drafts; a publish changes it', async (t) => {
    await app.inject({ method: 'POST', url: '/v1/admin/articles', headers: ADMIN, payload: { slug: 'a-draft', title: 'A draft', intro: [], sections: [] } })
    t.equal((await app.inject({ url: '/sitemap.xml', headers: { 'if-none-match': res.headers.etag as string } })).statusCode, 304, 'a draft changes nothing')
    const published = await createAndPublish(app, { slug: 'new-one', title: 'New', intro: [], sections: [] })
    const after = await fetchSitemap(app)
    t.equal(after.res.statusCode, 200)
    t.not(after.res.headers.etag, res.headers.etag)
    t.same(sitemapViolations(after.urlset!, BASE), [])
    t.same(children(after.urlset!, SITEMAP, 'url').map((url) => [text(url, SITEMAP, 'loc'), text(url, SITEMAP, 'lastmod')]), [
      [`${BASE}/v1/articles/new-one`, published.updated_at],
      [`${BASE}/v1/articles/${SLUG}`, seed.updated_at],
    ])
    t.equal((await app.inject({ url: '/sitemap.xml', headers: { accept: 'text/html' } })).statusCode, 406)
    await createAndPublish(app, { slug: 'a-copy', title: 'A copy', intro: [], sections: [], canonical_url: 'https://blog.example.net/original' })
    const copies = await fetchSitemap(app)
    t.notOk(copies.res.body.includes('a-copy'), 'a copy with its canonical URL elsewhere is not listed')
    t.match((await fetchFeed(app)).res.body, /<title type="text">A copy<\/title>/, 'but it is in the feed')
    t.equal((await app.inject({ url: '/sitemap.xml', headers: { accept: 'text/xml' } })).statusCode, 200)
  })
})

test('without PUBLIC_BASE_URL, links use the address the server listens on (never the Host header)', async (t) => {
  const app = await build(t)
  await app.listen({ port: 0, host: '127.0.0.1' })
  const origin = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`
  const response = await fetch(`${origin}/sitemap.xml`, { headers: { host: 'evil.example' } })
  const body = await response.text()
  t.equal(response.status, 200)
  t.match(body, `<loc>${origin}/v1/articles/${SLUG}</loc>`)
  t.notMatch(body, /evil/)
  const jsonLd = await (await fetch(`${origin}/v1/articles/${SLUG}/jsonld`)).json() as { url: string }
  t.equal(jsonLd.url, `${origin}/v1/articles/${SLUG}`)
})
