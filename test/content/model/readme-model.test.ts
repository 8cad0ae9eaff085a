// The README's content model tables: every example is a valid served node (the schema the API serializes with), and a
// served block is what the server settles it to (written back, it is itself).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'tap'
import { projectRoot } from '../../../src/base/paths.js'
import { BlockSchema, InlineSchema, blockSchemaList, type Block, type BlockInput } from '../../../src/content/model/blocks.js'
import { AUTHORING_LIMITS } from '../../../src/content/model/limits.js'
import { normalizeArticleBlocks } from '../../../src/content/model/normalize.js'
import { createValidator } from '../../../src/http/validation.js'

const README = readFileSync(join(projectRoot, 'README.md'), 'utf8')
const section = README.slice(README.indexOf('### The content model'), README.indexOf('### Rendering the article'))

/** The backticked JSON of each table row whose first column names a type, without the rows that elide (`…`). */
function examples (header: string): Array<{ name: string, json: string }> {
  const table = section.slice(section.indexOf(`| ${header} | Example |`)).split('\n\n')[0]!
  return table.split('\n').slice(2).map((row) => {
    const [, name, example] = row.split(' | ').length >= 2 ? /^\| (.+?) \| `(.+?)`/.exec(row) ?? [] : []
    return { name: name ?? row, json: example ?? '' }
  })
}

test('every block and inline type has an example in the README, and each is valid as served', async (t) => {
  const blocks = examples('Block')
  const inline = examples('Inline')
  t.equal(blocks.length, 10, 'one row per block type')
  t.equal(inline.length, 8, 'one row per inline type (emphasis, strong and delete share one)')
  const validBlock = createValidator<Block>(BlockSchema, blockSchemaList)
  const validInline = createValidator(InlineSchema, blockSchemaList)
  const limits = { blocks: AUTHORING_LIMITS.blocks, listItems: AUTHORING_LIMITS.listItems, textLength: AUTHORING_LIMITS.textLength }
  for (const { name, json } of [...blocks, ...inline]) {
    const whole = !json.includes('…')
    const value = JSON.parse(whole ? json : json.replaceAll('[…]', '[]').replaceAll(',…', '')) as unknown
    const result = (blocks.some((block) => block.name === name) ? validBlock : validInline)(value)
    t.ok(result.ok, `${name}: valid ${result.ok ? '' : JSON.stringify(result.errors)}`)
    if (whole && blocks.some((block) => block.name === name)) {
      const settled = normalizeArticleBlocks([value as BlockInput], [], { intro: '', section: () => '' }, limits)
      t.same(settled.intro, [value], `${name}: settled to itself`)
    }
  }
})
