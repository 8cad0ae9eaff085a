// Footnotes across an article, for the HTML and plain-text renderers. A footnote definition is a block that may live in
// any section (or the intro), and its references in any other: numbering is article-wide, so "[3]" means the same note
// in the article and in each of its sections, whichever part holds the definition.
import type { Block, FootnoteDefinitionBlock, Inline } from '../model/blocks.js'

export interface FootnotePlan {
  definitions: Map<string, FootnoteDefinitionBlock>
  /**
   * The number of each defined footnote: the referenced ones in order of first reference (references in the parts,
   * then in the footnotes themselves), then the unreferenced ones in document order (kept: an author's words are not
   * dropped, although GFM would drop them). References to an undefined footnote have no number.
   */
  numbers: Map<string, number>
  /** Where each definition lives: the index of its part (intro 0, sections 1…). */
  homes: Map<string, number>
  /** Footnotes some reference points to (the others are listed by the part that defines them). */
  referenced: Set<string>
  /** For each part, how many references to each footnote the parts before it hold (reference ids count on from there). */
  before: Array<Map<string, number>>
}

/** Calls `visit` for every footnote reference in inline content, in document order. */
function inlineReferences (nodes: readonly Inline[], visit: (identifier: string) => void) {
  for (const node of nodes) {
    if (node.type === 'footnoteReference') visit(node.identifier)
    else if ('children' in node) inlineReferences(node.children, visit)
  }
}

/** Every footnote reference in blocks, in document order; definitions met on the way go to `definition`, not walked. */
export function blockReferences (blocks: readonly Block[], visit: (identifier: string) => void, definition: (block: FootnoteDefinitionBlock) => void = () => {}) {
  for (const block of blocks) {
    switch (block.type) {
      case 'paragraph': case 'heading': inlineReferences(block.children, visit); break
      case 'list': for (const item of block.items) blockReferences(item.children, visit, definition); break
      case 'blockquote': blockReferences(block.children, visit, definition); break
      case 'table': for (const row of block.children) for (const cell of row.children) inlineReferences(cell.children, visit); break
      case 'footnoteDefinition': definition(block); break
      default: break
    }
  }
}

/** The footnote plan of an article whose parts (intro, then each section) are `parts`. */
export function footnotePlan (parts: ReadonlyArray<readonly Block[]>): FootnotePlan {
  const definitions = new Map<string, FootnoteDefinitionBlock>()
  const homes = new Map<string, number>()
  const referenced: string[] = []
  const seen = new Set<string>()
  const counts = new Map<string, number>()
  const before: Array<Map<string, number>> = []
  parts.forEach((blocks, index) => {
    before.push(new Map(counts))
    blockReferences(blocks, (identifier) => {
      counts.set(identifier, (counts.get(identifier) ?? 0) + 1)
      if (!seen.has(identifier)) { seen.add(identifier); referenced.push(identifier) }
    }, function define (block) {
      if (!definitions.has(block.identifier)) { definitions.set(block.identifier, block); homes.set(block.identifier, index) }
      // A definition nested in a definition (unusual, but mdast allows it).
      blockReferences(block.children, () => {}, define)
    })
  })
  const numbers = new Map<string, number>()
  // References inside footnotes number the notes they point to after those referenced from the text.
  for (let index = 0; index < referenced.length; index++) {
    const identifier = referenced[index]!
    const block = definitions.get(identifier)
    if (!block) continue
    numbers.set(identifier, numbers.size + 1)
    blockReferences(block.children, (inner) => { if (!seen.has(inner)) { seen.add(inner); referenced.push(inner) } })
  }
  const referencedDefined = new Set(numbers.keys())
  for (const identifier of definitions.keys()) if (!numbers.has(identifier)) numbers.set(identifier, numbers.size + 1)
  return { definitions, numbers, homes, referenced: referencedDefined, before }
}

/**
 * The footnotes a part lists at its end, in number order: those its references (and, in turn, theirs) point to, and the
 * unreferenced ones it defines. `referenced` is what the part's rendering met.
 */
export function footnotesOfPart (plan: FootnotePlan, referenced: Iterable<string>, part: number | 'all'): string[] {
  if (part === 'all') return [...plan.numbers.keys()].sort((a, b) => plan.numbers.get(a)! - plan.numbers.get(b)!)
  const listed = new Set<string>()
  const queue = [...referenced]
  // A definition referenced elsewhere only is listed where it is referenced.
  for (const [identifier, home] of plan.homes) if (home === part && !plan.referenced.has(identifier)) queue.push(identifier)
  while (queue.length > 0) {
    const identifier = queue.shift()!
    if (listed.has(identifier) || !plan.numbers.has(identifier)) continue
    listed.add(identifier)
    blockReferences(plan.definitions.get(identifier)!.children, (inner) => queue.push(inner))
  }
  return [...listed].sort((a, b) => plan.numbers.get(a)! - plan.numbers.get(b)!)
}
