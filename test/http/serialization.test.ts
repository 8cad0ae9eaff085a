// Response serialization of the rich-content unions (src/http/serialization.ts): the Block and Inline `oneOf`s are
// serialized by their discriminator, and every answer is byte for byte what fast-json-stringify makes of the schemas
// as written.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { SerializerSelector } from '@fastify/fast-json-stringify-compiler'
import { test } from 'tap'
import { projectRoot } from '../../src/base/paths.js'
import { blogFiles } from '../../src/content/markdown/blog-files.js'
import { buildSerializer } from '../../src/http/serialization.js'
import { ADMIN, build, SLUG } from '../helper.js'

const BLOCKS = { type: 'array', items: { $ref: 'Block' } }
const route = (schema: unknown) => ({ schema, method: 'GET', url: '/', httpStatus: '200' }) as never

test('blocks of real posts serialize byte for byte as fast-json-stringify makes them from the schemas as written', async (t) => {
  const app = await build(t)
  const blog = join(projectRoot, 'test', 'fixtures', 'blog')
  const slugs = [SLUG]
  for (const file of blogFiles(blog)) {
    const imported = await app.inject({ method: 'POST', url: '/v1/admin/articles/import', headers: { ...ADMIN, 'content-type': 'text/markdown' }, payload: readFileSync(file.path) })
    t.equal(imported.statusCode, 201, `${file.path} imported`)
    slugs.push(imported.json().data.slug)
  }
  const shared = app.getSchemas()
  const asWritten = SerializerSelector()(shared, {})(route(BLOCKS))
  const ours = buildSerializer(shared, {})(route(BLOCKS))
  const kinds = new Set<string>()
  for (const slug of slugs) {
    const article = (await app.inject({ url: `/v1/admin/articles/${slug}`, headers: ADMIN })).json().data
    for (const blocks of [article.intro ?? [], ...article.sections.map((section: { blocks: unknown[] }) => section.blocks)]) {
      JSON.stringify(blocks, (key, value) => { if (key === 'type' && typeof value === 'string') kinds.add(value); return value })
      t.equal(ours(blocks), asWritten(blocks), `${slug}: the same bytes`)
    }
  }
  for (const kind of ['paragraph', 'heading', 'list', 'code', 'image', 'table', 'blockquote', 'html', 'text', 'strong', 'emphasis', 'link', 'inlineCode']) {
    t.ok(kinds.has(kind), `the posts have ${kind} nodes`)
  }
  // A node no variant describes is refused as before, not sent as something else.
  const unknown = [{ type: 'video', src: 'x' }]
  t.throws(() => asWritten(unknown), /does not match schema definition/)
  t.throws(() => ours(unknown), /does not match schema definition/)
})
