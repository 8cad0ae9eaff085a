// Settled blocks as mdast trees, for the mdast toolchain: mdast-util-to-markdown (export) and mdast-util-to-hast
// (HTML). Inline content already is mdast; blocks differ only where the model keeps its own names (lists' `style` and
// `items`, image blocks, subheading ids) or adds plain `text` (ignored by the toolchain, so dropped here).
import type { BlockContent, DefinitionContent, ListItem as MdastListItem, PhrasingContent, RootContent } from 'mdast'
import type { Block, Inline } from './blocks.js'

/** Inline nodes as mdast phrasing content (the same objects: our inline nodes are mdast nodes). */
export const inlineToMdast = (nodes: readonly Inline[]) => nodes as PhrasingContent[]

/** One block as mdast flow content. */
export function blockToMdast (block: Block): BlockContent | DefinitionContent {
  switch (block.type) {
    case 'paragraph': return { type: 'paragraph', children: inlineToMdast(block.children) }
    case 'heading':
      // The id becomes the element's id in HTML (mdast-util-to-hast reads data.hProperties).
      return { type: 'heading', depth: block.depth, children: inlineToMdast(block.children), data: { hProperties: { id: block.id } } }
    case 'list':
      return {
        type: 'list',
        ordered: block.style === 'ordered',
        start: block.style === 'ordered' ? (block.start ?? 1) : null,
        spread: block.spread,
        children: block.items.map((item): MdastListItem => ({ type: 'listItem', checked: item.checked, spread: item.spread, children: blocksToMdast(item.children) })),
      }
    case 'blockquote': return { type: 'blockquote', children: blocksToMdast(block.children) }
    case 'code': return { type: 'code', lang: block.lang, meta: block.meta, value: block.value }
    // An image on its own is, in Markdown, a paragraph holding only the image.
    // A media image keeps its fields (width, srcset…) for the HTML renderer; Markdown ignores them.
    case 'image': return { type: 'paragraph', children: [{ ...block, type: 'image' }] }
    case 'table':
      return {
        type: 'table',
        align: block.align,
        children: block.children.map((row) => ({ type: 'tableRow', children: row.children.map((cell) => ({ type: 'tableCell', children: inlineToMdast(cell.children) })) })),
      }
    case 'thematicBreak': return { type: 'thematicBreak' }
    case 'footnoteDefinition': return { type: 'footnoteDefinition', identifier: block.identifier, label: block.label, children: blocksToMdast(block.children) }
    case 'html': return { type: 'html', value: block.value }
  }
}

export function blocksToMdast (blocks: readonly Block[]): Array<BlockContent | DefinitionContent> {
  return blocks.map(blockToMdast)
}

export type { RootContent }
