// Input one engine cannot store is refused alike on both, with a 400 naming the field, changing nothing (the PostgreSQL
// fuzz found both as 500s): U+0000 (NUL) anywhere in a path, a query string or a body (PostgreSQL text cannot hold it,
// SQLite stored it), and an id or version beyond int32 (PostgreSQL `integer` columns).
import { readFileSync } from 'node:fs'
import type { FastifyInstance, InjectOptions } from 'fastify'
import { test, type Test } from 'tap'
import { openapiFile } from '../../src/base/paths.js'
import { nulAt } from '../../src/http/validation.js'
import { ADMIN, build, postContactForm, PROBLEM, reviewPayload, REVIEWS_URL, SLUG } from '../helper.js'

const ARTICLES = '/v1/admin/articles'
const METHODS = ['get', 'put', 'post', 'patch', 'delete'] as const

const draft = {
  slug: 'nul-free',
  title: 'Nothing Hidden',
  intro: [{ type: 'paragraph', text: 'An intro.' }],
  sections: [{ heading: 'One', blocks: [{ type: 'list', style: 'bullet', items: [{ text: 'an item' }] }] }],
  tags: [{ name: 'Careers' }],
  author: { name: 'Dr. Amna Siddiqui' },
}

function send (app: FastifyInstance, method: InjectOptions['method'], url: string, payload?: unknown) {
  return app.inject({ method, url, headers: ADMIN, ...(payload === undefined ? {} : { payload: payload as InjectOptions['payload'] }) })
}

/** What every table holds, to show a refused request changed nothing. */
async function counts (app: FastifyInstance) {
  const tables = ['articles', 'sections', 'blocks', 'tags', 'authors', 'article_revisions', 'reviews', 'contact_messages', 'webhook_events']
  return Object.fromEntries(await Promise.all(tables.map(async (table) => {
    const row = await app.database.db.selectFrom(table as 'articles').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
    return [table, Number(row.n)]
  })))
}

function refused (t: Test, res: Awaited<ReturnType<FastifyInstance['inject']>>, path: string, what: string) {
  t.equal(res.statusCode, 400, `${what}: 400 (${res.body.slice(0, 200)})`)
  t.equal(res.headers['content-type'], PROBLEM, `${what}: a problem`)
  t.ok(res.json().errors?.some((error: { path: string }) => error.path === path), `${what}: names ${path} (${JSON.stringify(res.json().errors)})`)
}

test('a NUL in any path parameter of any operation is a 400 naming it', async (t) => {
  const app = await build(t)
  const before = await counts(app)
  const document = JSON.parse(readFileSync(openapiFile, 'utf8')) as { paths: Record<string, Record<string, unknown>> }
  let checked = 0
  for (const [path, item] of Object.entries(document.paths)) {
    const names = [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!)
    for (const method of METHODS) {
      if (!item[method]) continue
      for (const name of names) {
        // The other parameters hold something plausible; the one tested holds a NUL between letters.
        const url = path.replace(/\{(\w+)\}/g, (_all, other: string) => other === name ? 'a%00b' : other === 'slug' ? SLUG : '1')
        refused(t, await send(app, method.toUpperCase(), url), `/params/${name}`, `${method.toUpperCase()} ${url}`)
        checked++
      }
    }
  }
  t.ok(checked >= 27, `${checked} path parameters`)
  t.same(await counts(app), before, 'nothing changed')
})

test('a NUL in a query parameter is a 400 naming it', async (t) => {
  const app = await build(t)
  for (const url of ['/v1/search?q=medical%00coding', '/v1/articles?tag=care%00ers', `${ARTICLES}?q=%00`, '/v1/admin/contact-messages?q=a%00']) {
    const name = new URL(url, 'http://x').searchParams.keys().next().value!
    refused(t, await send(app, 'GET', url), `/query/${name}`, url)
  }
})

test('a NUL in a JSON body is a 400 naming the field, and nothing is stored', async (t) => {
  const app = await build(t)
  const before = await counts(app)
  const cases: Array<[string, unknown, string]> = [
    ['title', { ...draft, title: 'Nothing\u0000Hidden' }, '/body/title'],
    ['a list item deep in a section', { ...draft, sections: [{ heading: 'One', blocks: [{ type: 'list', style: 'bullet', items: [{ text: 'an\u0000item' }] }] }] }, '/body/sections/0/blocks/0/items/0/text'],
    ['a tag name', { ...draft, tags: [{ name: '\u0000' }] }, '/body/tags/0/name'],
  ]
  for (const [what, body, path] of cases) refused(t, await send(app, 'POST', ARTICLES, body), path, what)
  refused(t, await send(app, 'PATCH', `${ARTICLES}/${SLUG}`, { excerpt: 'An\u0000excerpt' }), '/body/excerpt', 'an excerpt in a PATCH')
  refused(t, await send(app, 'POST', `${ARTICLES}/${SLUG}/sections`, { heading: 'x\u0000', blocks: [] }), '/body/heading', 'a new section heading')
  t.same(await counts(app), before, 'nothing stored')

  // The same article without the NUL is fine: the refusal was for the character, nothing else.
  t.equal((await send(app, 'POST', ARTICLES, draft)).statusCode, 201)
})

test('reviews and contact messages still strip control characters, NUL included, before validating', async (t) => {
  const app = await build(t)
  const review = await app.inject({ method: 'POST', url: REVIEWS_URL, payload: reviewPayload({ author_name: 'Ayesha\u0000 K.' }) })
  t.equal(review.statusCode, 201, review.body)
  t.equal(review.json().data.author_name, 'Ayesha K.')
  const message = await postContactForm(app, { name: 'A\u0000B', email: 'a@example.org', message: 'Hello\u0000 there' })
  t.equal(message.statusCode, 202, message.body)
  const stored = await app.database.db.selectFrom('contact_messages').select(['name', 'message']).executeTakeFirstOrThrow()
  t.same(stored, { name: 'AB', message: 'Hello there' })
})

test('an id or a revision number beyond int32 is a 400 naming it; the largest int32 is an ordinary 404', async (t) => {
  const app = await build(t)
  const before = await counts(app)
  const urls: Array<[InjectOptions['method'], string, string]> = [
    ['GET', `${ARTICLES}/${SLUG}/revisions/{n}`, '/params/version'],
    ['POST', `${ARTICLES}/${SLUG}/revisions/{n}/restore`, '/params/version'],
    ['PATCH', '/v1/admin/reviews/{n}', '/params/id'],
    ['DELETE', '/v1/admin/reviews/{n}', '/params/id'],
  ]
  for (const [method, url, path] of urls) {
    const payload = method === 'PATCH' ? { status: 'approved' } : undefined
    refused(t, await send(app, method, url.replace('{n}', '2147483648'), payload), path, `${method} ${url} with 2^31`)
    const largest = await send(app, method, url.replace('{n}', '2147483647'), payload)
    t.equal(largest.statusCode, 404, `${method} ${url} with 2^31 − 1: ${largest.body.slice(0, 200)}`)
  }
  t.same(await counts(app), before, 'nothing changed')
})

test('nulAt points at the first NUL, in strings and property names, at any depth', async (t) => {
  t.equal(nulAt('plain'), undefined)
  t.equal(nulAt({ a: [1, 'x', { b: 'y\u0000' }] }), '/a/2/b')
  t.equal(nulAt({ 'a/b~': 'c\u0000' }), '/a~1b~0')
  t.equal(nulAt({ ok: 'fine', 'k\u0000': 1 }), '/k\u0000')
  t.equal(nulAt(null), undefined)
  let deep: unknown = 'x\u0000'
  for (let i = 0; i < 100_000; i++) deep = [deep]
  t.equal(nulAt(deep)?.length, 200_000, 'no stack overflow on deep nesting')
})
