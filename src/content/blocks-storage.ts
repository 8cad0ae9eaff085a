// The blocks of an article in the database: a row per block (its place in the intro or a section) holding its mdast
// node as JSON (migration 011), read back in one query with the sections.
import type { Executor } from '../db/schema.js'
import type { Block } from './model/schemas.js'

export interface SectionRow { id: number, key: string, position: number, heading: string, version: number }
export interface ArticleTree { intro: Block[], sections: Array<SectionRow & { blocks: Block[] }> }

export async function loadTree (db: Executor, articleId: number): Promise<ArticleTree> {
  const [sectionRows, blockRows] = await Promise.all([
    db.selectFrom('sections').select(['id', 'key', 'position', 'heading', 'version'])
      .where('article_id', '=', articleId).orderBy('position').execute(),
    db.selectFrom('blocks').select(['section_id', 'content'])
      .where('article_id', '=', articleId).orderBy('section_id').orderBy('position').execute(),
  ])
  const intro: Block[] = []
  const blocksBySection = new Map<number, Block[]>()
  for (const row of blockRows) {
    // Written by insertBlocks from a settled block (or by migration 011 in the same shape).
    const block = JSON.parse(row.content) as Block
    if (row.section_id === null) {
      intro.push(block)
    } else {
      let blocks = blocksBySection.get(row.section_id)
      if (!blocks) blocksBySection.set(row.section_id, blocks = [])
      blocks.push(block)
    }
  }
  return { intro, sections: sectionRows.map((row) => ({ ...row, blocks: blocksBySection.get(row.id) ?? [] })) }
}

export async function insertBlocks (trx: Executor, articleId: number, sectionId: number | null, blocks: readonly Block[]) {
  if (blocks.length === 0) return
  await trx.insertInto('blocks').values(blocks.map((block, position) => ({
    article_id: articleId,
    section_id: sectionId,
    position,
    type: block.type,
    content: JSON.stringify(block),
  }))).execute()
}
