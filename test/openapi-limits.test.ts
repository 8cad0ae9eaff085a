// Every size limit the OpenAPI document states is the one the server enforces (default configuration): a request exactly
// at the stated limit is not refused for it, one over is refused with a problem naming what is too large.
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify'
import { readFileSync } from 'node:fs'
import { test, type Test } from 'tap'
import { openapiFile } from '../src/base/paths.js'
import { ADMIN, build, SLUG } from './helper.js'

type Json = Record<string, unknown>
interface Schema { $ref?: string, type?: string, maxLength?: number, maximum?: number, maxItems?: number, pattern?: string, format?: string, enum?: unknown[], examples?: unknown[] }
interface Parameter { in: string, name: string, required?: boolean, schema?: Schema, example?: unknown }
interface Operation { operationId: string, parameters?: Parameter[], security?: unknown[] }

const document = JSON.parse(readFileSync(openapiFile, 'utf8')) as {
  paths: Record<string, Record<string, Operation>>
  components: { schemas: Record<string, Schema & { properties?: Record<string, Schema> }> }
}
const COMPONENT_REF = '#/components/schemas/'
const resolve = (schema: Schema | undefined): Schema => schema?.$ref?.startsWith(COMPONENT_REF) ? resolve(document.components.schemas[schema.$ref.slice(COMPONENT_REF.length)]) : schema ?? {}

/** A number the document states, by JSON Pointer (a missing one fails the test that asks for it). */
function stated (pointer: string): number {
  const value = pointer.split('/').slice(1).reduce<unknown>((node, key) => (node as Json | undefined)?.[key.replace(/~1/g, '/').replace(/~0/g, '~')], document)
  if (typeof value !== 'number') throw new Error(`the document states no number at ${pointer}`)
  return value
}

interface Problem { status?: number, errors?: Array<{ path: string, message: string }> }

/** Refused because of `path` (/body/sections, /query/limit, /headers/if-match): a 400 naming it, or a 413/414 problem. */
function refusedFor (res: LightMyRequestResponse, path: string): boolean {
  if (res.statusCode === 413 || res.statusCode === 414) return res.headers['content-type'] === 'application/problem+json; charset=utf-8'
  return res.statusCode === 400 && (res.json<Problem>().errors ?? []).some((error) => error.path === path)
}

/** Sends the request at the limit and over it: the first is not refused for `path`, the second is. */
async function atAndOver (t: Test, app: FastifyInstance, what: string, path: string, at: InjectOptions, over: InjectOptions, accepted?: number) {
  const atLimit = await app.inject(at)
  if (accepted !== undefined) t.equal(atLimit.statusCode, accepted, `${what}: at the limit, ${accepted}${atLimit.statusCode !== accepted ? ` (${atLimit.body.slice(0, 300)})` : ''}`)
  t.notOk(refusedFor(atLimit, path), `${what}: at the limit, not refused for ${path}`)
  const overLimit = await app.inject(over)
  t.ok(refusedFor(overLimit, path), `${what}: one over, refused for ${path} (${overLimit.statusCode} ${overLimit.body.slice(0, 200)})`)
}

const paragraph = (text = 'A paragraph.') => ({ type: 'paragraph', text })
const list = (items: number, text = 'An item') => ({ type: 'list', style: 'bullet', items: Array.from({ length: items }, (_, i) => ({ text: `${text} ${i}` })) })
let articles = 0
/** A new article (its own slug) with these sections and intro. */
const article = (sections: unknown[], intro: unknown[] = []) => ({ slug: `limits-${++articles}`, title: 'Limits', intro, sections })
const create = (body: unknown): InjectOptions => ({ method: 'POST', url: '/v1/admin/articles', headers: ADMIN, payload: body as Json })
const sections = (count: number) => Array.from({ length: count }, (_, i) => ({ heading: `Section ${i}`, blocks: [] }))
const blocks = (count: number) => Array.from({ length: count }, (_, i) => paragraph(`Paragraph ${i}.`))

/** A JSON body of exactly `bytes` bytes: the JSON, then spaces (which JSON allows after a value). */
function paddedJson (value: unknown, bytes: number): string {
  const json = JSON.stringify(value)
  if (Buffer.byteLength(json) > bytes) throw new Error(`the JSON is already ${Buffer.byteLength(json)} bytes`)
  return json + ' '.repeat(bytes - Buffer.byteLength(json))
}

/** An importable Markdown article of exactly `bytes` bytes (ASCII): paragraphs within the text and block limits. */
function markdownOf (slug: string, bytes: number, paragraphLength: number): string {
  let text = `---\nslug: ${slug}\n---\n\n# Limits\n\n`
  while (bytes - text.length > paragraphLength + 2) text += `${'a'.repeat(paragraphLength)}\n\n`
  const rest = bytes - text.length
  return text + (rest > 1 ? `${'b'.repeat(rest - 1)}\n` : '\n'.repeat(rest))
}

test('every size limit the document states is the one the server enforces', async (t) => {
  // One server with the default configuration: the committed document is generated with it.
  const app = await build(t)

  t.test('authoring: sections, blocks, list items and text', async (t) => {
    const input = '/components/schemas/ArticleInput/properties'

    const maxSections = stated(`${input}/sections/maxItems`)
    await atAndOver(t, app, 'sections per article', '/body/sections', create(article(sections(maxSections))), create(article(sections(maxSections + 1))), 201)

    const maxIntro = stated(`${input}/intro/maxItems`)
    await atAndOver(t, app, 'intro blocks', '/body/intro', create(article([], blocks(maxIntro))), create(article([], blocks(maxIntro + 1))), 201)

    const maxBlocks = stated(`${input}/sections/items/properties/blocks/maxItems`)
    await atAndOver(t, app, 'blocks per section', '/body/sections/0/blocks',
      create(article([{ heading: 'One', blocks: blocks(maxBlocks) }])), create(article([{ heading: 'One', blocks: blocks(maxBlocks + 1) }])), 201)

    const maxItems = stated('/components/schemas/ListBlock/properties/items/maxItems')
    await atAndOver(t, app, 'items per list', '/body/intro/0/items', create(article([], [list(maxItems)])), create(article([], [list(maxItems + 1)])), 201)

    const maxParagraph = stated('/components/schemas/ParagraphBlock/properties/text/maxLength')
    await atAndOver(t, app, 'characters per paragraph', '/body/intro/0/text',
      create(article([], [paragraph('a'.repeat(maxParagraph))])), create(article([], [paragraph('a'.repeat(maxParagraph + 1))])), 201)

    const maxItemText = stated('/components/schemas/ListItem/properties/text/maxLength')
    const itemOf = (length: number) => ({ type: 'list', style: 'ordered', items: [{ text: 'a'.repeat(length) }] })
    await atAndOver(t, app, 'characters per list item', '/body/intro/0/items/0/text', create(article([], [itemOf(maxItemText)])), create(article([], [itemOf(maxItemText + 1)])), 201)

    // Sections on their own: adding one, replacing one.
    t.equal((await app.inject(create({ slug: 'one-section', title: 'One section', sections: [{ heading: 'Only', blocks: [] }] }))).statusCode, 201)
    const maxNew = stated('/components/schemas/NewSection/properties/blocks/maxItems')
    const add = (count: number, heading: string): InjectOptions => ({ method: 'POST', url: '/v1/admin/articles/one-section/sections', headers: ADMIN, payload: { heading, blocks: blocks(count) } })
    await atAndOver(t, app, 'blocks of a new section', '/body/blocks', add(maxNew, 'Added'), add(maxNew + 1, 'Not added'), 201)
    const maxReplaced = stated('/components/schemas/SectionReplacement/properties/blocks/maxItems')
    const replace = (count: number): InjectOptions => ({ method: 'PUT', url: '/v1/admin/articles/one-section/sections/only', headers: ADMIN, payload: { heading: 'Only', blocks: blocks(count) } })
    await atAndOver(t, app, 'blocks of a replaced section', '/body/blocks', replace(maxReplaced), replace(maxReplaced + 1), 200)
  })

  t.test('authoring: the body size, in bytes, for Markdown and JSON', async (t) => {
    const bytes = stated('/paths/~1v1~1admin~1articles~1import/post/requestBody/content/text~1markdown/schema/maxLength')
    const paragraphLength = stated('/components/schemas/ParagraphBlock/properties/text/maxLength')
    const markdown = (slug: string, size: number): InjectOptions => ({
      method: 'POST', url: '/v1/admin/articles/import', headers: { ...ADMIN, 'content-type': 'text/markdown' }, payload: markdownOf(slug, size, paragraphLength),
    })
    await atAndOver(t, app, 'a Markdown import', '/body', markdown('big-markdown', bytes), markdown('too-big-markdown', bytes + 1), 201)

    // The JSON routes take the same limit (their 413 example names it): a small article padded to the size.
    const json = (slug: string, size: number): InjectOptions => ({
      method: 'POST', url: '/v1/admin/articles', headers: { ...ADMIN, 'content-type': 'application/json' }, payload: paddedJson({ slug, title: 'Big', sections: [] }, size),
    })
    await atAndOver(t, app, 'a JSON article', '/body', json('big-json', bytes), json('too-big-json', bytes + 1), 201)
  })

  t.test('other bodies: the size the 413 example states', async (t) => {
    const summary = (document.paths['/v1/contact-messages']!.post as unknown as { responses: Record<string, { content: Record<string, { examples: Record<string, { summary: string }> }> }> })
      .responses['413']!.content['application/problem+json']!.examples.bodyTooLarge!.summary
    const kib = Number(/Body over (\d+) KiB/.exec(summary)?.[1])
    t.ok(kib > 0, `the example states the limit: "${summary}"`)
    const message = (size: number): InjectOptions => ({
      method: 'POST', url: '/v1/contact-messages', headers: { 'content-type': 'application/json' }, payload: paddedJson({ email: 'ada@example.org', message: 'Hello!' }, size),
    })
    await atAndOver(t, app, 'a contact message', '/body', message(kib * 1024), message(kib * 1024 + 1), 202)
  })

  t.test('URLs and headers: every stated maximum of a GET\'s parameters (page sizes and numbers, search query, path segments, validators)', async (t) => {
    const exampleOf = (parameter: Parameter) => {
      const example = parameter.example ?? resolve(parameter.schema).examples?.[0]
      return typeof example === 'string' || typeof example === 'number' ? String(example) : ''
    }
    let checked = 0
    for (const [path, item] of Object.entries(document.paths)) {
      const operation = item.get
      if (!operation) continue
      for (const parameter of operation.parameters ?? []) {
        const schema = resolve(parameter.schema)
        // Values built from the bound alone: integers, and strings without a pattern, format or list of values.
        const limit = schema.type === 'integer' ? schema.maximum : !schema.pattern && !schema.format && !schema.enum ? schema.maxLength : undefined
        if (limit === undefined) continue
        const value = (over: boolean) => schema.type === 'integer' ? String(limit + (over ? 1 : 0)) : 'a'.repeat(limit + (over ? 1 : 0))
        const request = (over: boolean): InjectOptions => {
          const url = path.replace(/\{([^}]+)\}/g, (_match, name: string) => name === parameter.name && parameter.in === 'path'
            ? value(over)
            : exampleOf(operation.parameters!.find((candidate) => candidate.in === 'path' && candidate.name === name)!))
          const query = (operation.parameters ?? []).filter((candidate) => candidate.in === 'query' && (candidate.required || candidate === parameter))
            .map((candidate) => `${candidate.name}=${encodeURIComponent(candidate === parameter ? value(over) : exampleOf(candidate))}`)
          return {
            url: query.length > 0 ? `${url}?${query.join('&')}` : url,
            headers: { ...(operation.security?.length ? ADMIN : {}), ...(parameter.in === 'header' ? { [parameter.name]: value(over) } : {}) },
          }
        }
        const location = { path: 'params', query: 'query', header: 'headers' }[parameter.in]
        await atAndOver(t, app, `GET ${path} ${parameter.in} ${parameter.name} (${limit})`, `/${location}/${parameter.name}`, request(false), request(true))
        checked++
      }
    }
    t.ok(checked >= 40, `${checked} parameters checked`)
  })

  t.test('writes: the lengths of If-Match and Idempotency-Key', async (t) => {
    const ifMatch = (document.paths['/v1/admin/articles/{slug}']!.delete!.parameters ?? []).find((parameter) => parameter.name === 'if-match')!
    const length = resolve(ifMatch.schema).maxLength!
    const remove = (size: number): InjectOptions => ({ method: 'DELETE', url: `/v1/admin/articles/${SLUG}`, headers: { ...ADMIN, 'if-match': 'x'.repeat(size) } })
    // A tag that is not the current one: 412, not a refusal of its length.
    await atAndOver(t, app, 'If-Match', '/headers/if-match', remove(length), remove(length + 1), 412)

    const key = (document.paths['/v1/contact-messages']!.post!.parameters ?? []).find((parameter) => parameter.name === 'idempotency-key')!
    const keyLength = resolve(key.schema).maxLength!
    const send = (size: number): InjectOptions => ({
      method: 'POST', url: '/v1/contact-messages', headers: { 'idempotency-key': 'k'.repeat(size) }, payload: { email: 'ada@example.org', message: `Key of ${size}` },
    })
    await atAndOver(t, app, 'Idempotency-Key', '/headers/idempotency-key', send(keyLength), send(keyLength + 1), 202)
  })
})
