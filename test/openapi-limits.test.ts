// Every size limit the OpenAPI document states is the one the server enforces (default configuration): a request exactly
// at the stated limit is not refused for it, one over is refused with a problem naming what is too large. The document
// is the one the server serves (built from its route schemas), not the committed file, which is regenerated from it.
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify'
import { test, type Test } from 'tap'
import { ADMIN, build, SLUG } from './helper.js'

type Json = Record<string, unknown>
interface Schema { $ref?: string, type?: string, maxLength?: number, maximum?: number, maxItems?: number, pattern?: string, format?: string, enum?: unknown[], examples?: unknown[] }
interface Parameter { in: string, name: string, required?: boolean, schema?: Schema, example?: unknown }
interface Operation { operationId: string, parameters?: Parameter[], security?: unknown[] }

interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>
  components: { schemas: Record<string, Schema & { properties?: Record<string, Schema>, description?: string }> }
}
/** The served document: set by the test once its server is up. */
let document: OpenApiDocument
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
  document = (await app.inject({ url: '/openapi.json' })).json<OpenApiDocument>()

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

    // An item's `text` alone is one paragraph: the paragraph's limit, which its description states.
    const maxItemText = stated('/components/schemas/ParagraphBlockInput/properties/text/maxLength')
    t.match((document.components.schemas.ListItemInput?.properties?.text as { description?: string } | undefined)?.description, `at most ${maxItemText.toLocaleString('en-US')} characters then`)
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

  t.test('content model: items, blocks in containers, text, code, inline nodes, table rows and columns, nesting', async (t) => {
    const schema = (name: string) => `/components/schemas/${name}/properties`
    // Served and written schemas state the same numbers.
    for (const pointer of ['ListBlock/properties/items/maxItems', 'ParagraphBlock/properties/text/maxLength', 'CodeBlock/properties/value/maxLength',
      'ParagraphBlock/properties/children/maxItems', 'TableBlock/properties/children/maxItems', 'TableRow/properties/children/maxItems', 'BlockquoteBlock/properties/children/maxItems']) {
      const [name, ...rest] = pointer.split('/')
      t.equal(stated(`/components/schemas/${name}Input/${rest.join('/')}`), stated(`/components/schemas/${pointer}`), `${pointer}: served and written alike`)
    }

    const maxItems = stated(`${schema('ListBlockInput')}/items/maxItems`)
    t.ok(maxItems >= 1000, `lists hold ${maxItems} items (a real 275-name list fits)`)
    await atAndOver(t, app, 'items per list', '/body/intro/0/items', create(article([], [list(maxItems)])), create(article([], [list(maxItems + 1)])), 201)

    const maxChildren = stated(`${schema('BlockquoteBlockInput')}/children/maxItems`)
    const quote = (count: number) => ({ type: 'blockquote', children: blocks(count) })
    await atAndOver(t, app, 'blocks per quote', '/body/intro/0/children', create(article([], [quote(maxChildren)])), create(article([], [quote(maxChildren + 1)])), 201)
    const itemBlocks = (count: number) => ({ type: 'list', style: 'bullet', items: [{ children: blocks(count) }] })
    await atAndOver(t, app, 'blocks per list item', '/body/intro/0/items/0/children', create(article([], [itemBlocks(maxChildren)])), create(article([], [itemBlocks(maxChildren + 1)])), 201)

    const maxText = stated(`${schema('ParagraphBlockInput')}/text/maxLength`)
    const rich = (length: number) => ({ type: 'paragraph', children: [{ type: 'text', value: 'a'.repeat(length) }] })
    await atAndOver(t, app, 'characters per paragraph, as inline content', '/body/intro/0/children/0/value', create(article([], [rich(maxText)])), create(article([], [rich(maxText + 1)])), 201)
    const heading = (length: number) => ({ type: 'heading', depth: 3, text: 'a'.repeat(length) })
    await atAndOver(t, app, 'characters per subheading', '/body/sections/0/blocks/0/text',
      create(article([{ heading: 'One', blocks: [heading(maxText)] }])), create(article([{ heading: 'One', blocks: [heading(maxText + 1)] }])), 201)

    const maxCode = stated(`${schema('CodeBlockInput')}/value/maxLength`)
    const code = (length: number) => ({ type: 'code', value: 'x'.repeat(length) })
    await atAndOver(t, app, 'characters per code block', '/body/intro/0/value', create(article([], [code(maxCode)])), create(article([], [code(maxCode + 1)])), 201)

    const maxInline = stated(`${schema('ParagraphBlockInput')}/children/maxItems`)
    const nodes = (count: number) => ({ type: 'paragraph', children: Array.from({ length: count }, (_, i) => i % 2 === 0 ? { type: 'text', value: 'a' } : { type: 'break' }) })
    await atAndOver(t, app, 'inline nodes per paragraph', '/body/intro/0/children', create(article([], [nodes(maxInline)])), create(article([], [nodes(maxInline + 1)])), 201)
    const emphasis = (count: number) => ({ type: 'paragraph', children: [{ type: 'emphasis', children: nodes(count).children }] })
    await atAndOver(t, app, 'inline nodes per emphasis', '/body/intro/0/children/0/children', create(article([], [emphasis(maxInline)])), create(article([], [emphasis(maxInline + 1)])), 201)

    const cell = { type: 'tableCell', text: 'c' }
    const table = (rows: number, columns: number) => ({ type: 'table', children: Array.from({ length: rows }, () => ({ type: 'tableRow', children: Array.from({ length: columns }, () => cell) })) })
    const maxRows = stated(`${schema('TableBlockInput')}/children/maxItems`)
    await atAndOver(t, app, 'rows per table', '/body/intro/0/children', create(article([], [table(maxRows, 2)])), create(article([], [table(maxRows + 1, 2)])), 201)
    const maxColumns = stated(`${schema('TableRowInput')}/children/maxItems`)
    await atAndOver(t, app, 'columns per table', '/body/intro/0/children/0/children', create(article([], [table(2, maxColumns)])), create(article([], [table(2, maxColumns + 1)])), 201)

    // Nesting has no JSON Schema keyword: the block schemas' description states it.
    const depth = Number(/nest at most (\d+) levels/.exec(document.components.schemas.BlockInput?.description ?? '')?.[1])
    t.ok(depth > 0, `the document states the nesting depth (${depth})`)
    t.match(document.components.schemas.Block?.description, `nest at most ${depth} levels`)
    /** `levels` quotes inside one another around a paragraph with emphasis (rich inline content at the innermost level). */
    const quotes = (levels: number): unknown => levels === 0
      ? { type: 'paragraph', children: [{ type: 'text', value: 'Deep ' }, { type: 'strong', children: [{ type: 'text', value: 'down' }] }] }
      : { type: 'blockquote', children: [quotes(levels - 1)] }
    const innermost = (levels: number) => `/body/intro/0${'/children/0'.repeat(levels - 1)}/children`
    await atAndOver(t, app, 'levels of nested quotes', innermost(depth + 1), create(article([], [quotes(depth)])), create(article([], [quotes(depth + 1)])))
    const lists = (levels: number): unknown => levels === 0
      ? { type: 'paragraph', text: 'Deep down' }
      : { type: 'list', style: 'bullet', items: [{ children: [lists(levels - 1)] }] }
    await atAndOver(t, app, 'levels of nested lists', `/body/intro/0${'/items/0/children/0'.repeat(depth)}/items/0/children`,
      create(article([], [lists(depth)])), create(article([], [lists(depth + 1)])), 201)
    const emphases = (levels: number): unknown => levels === 0 ? { type: 'text', value: 'deep' } : { type: 'emphasis', children: [emphases(levels - 1)] }
    await atAndOver(t, app, 'levels of nested inline content', `/body/intro/0/children${'/0/children'.repeat(depth + 1)}`,
      create(article([], [{ type: 'paragraph', children: [emphases(depth)] }])), create(article([], [{ type: 'paragraph', children: [emphases(depth + 1)] }])), 201)
  })

  t.test('Markdown: a real 275-item list imports', async (t) => {
    const names = Array.from({ length: 275 }, (_, i) => `- Hospital number ${i + 1}`).join('\n')
    const res = await app.inject({
      method: 'POST',
      url: '/v1/admin/articles/import',
      headers: { ...ADMIN, 'content-type': 'text/markdown' },
      payload: `---\nslug: hospitals\n---\n\n# Hospitals\n\n## The list\n\n${names}\n`,
    })
    t.equal(res.statusCode, 201, res.body.slice(0, 300))
    const items = res.json<{ data: { sections: Array<{ blocks: Array<{ items: Array<{ text: string }> }> }> } }>().data.sections[0]?.blocks[0]?.items ?? []
    t.same([items.length, items[0]?.text, items.at(-1)?.text], [275, 'Hospital number 1', 'Hospital number 275'])
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
