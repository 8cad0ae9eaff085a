// The plain text of rich content: what `text` fields hold, and what search, word counts, excerpts and text/plain use.
import type { Block, Inline } from './blocks.js'

/** The plain text of inline content: text and code as written, a hard break as a line break, an image as its alt. */
export function inlineText (nodes: readonly Inline[]): string {
  let text = ''
  for (const node of nodes) {
    switch (node.type) {
      case 'text': case 'inlineCode': text += node.value; break
      case 'break': text += '\n'; break
      case 'image': text += node.alt; break
      case 'emphasis': case 'strong': case 'delete': case 'link': text += inlineText(node.children); break
      // Footnote markers and raw tags carry no words of their own.
      case 'footnoteReference': case 'html': break
    }
  }
  return text
}

/** The plain text of a block: what `text` holds, and what search, word counts and text/plain use. */
export function blockText (block: Block): string {
  switch (block.type) {
    case 'paragraph': case 'heading': case 'blockquote': case 'footnoteDefinition': return block.text
    case 'list': return block.items.map((item) => item.text).join('\n')
    case 'code': return block.value
    case 'image': return block.alt
    case 'table': return block.children.map((row) => row.children.map((cell) => cell.text).join('\t')).join('\n')
    case 'thematicBreak': case 'html': return ''
  }
}

/** Plain text of blocks, one per paragraph, separated by blank lines. */
export const blocksText = (blocks: readonly Block[]) => blocks.map(blockText).filter((text) => text !== '').join('\n\n')
