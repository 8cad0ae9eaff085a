// The plain-text representation of a published article or section (text/plain), and the article body of its JSON-LD.
// Every block reads as text: the title and section headings underlined (= and -), subheadings prefixed with #s, list
// items with their markers ("-", "1.") and task boxes ("[x]", "[ ]"), nested blocks indented under their marker,
// quotes prefixed "> ", code indented by four spaces and otherwise verbatim, tables as aligned columns under a rule,
// images as their alt text, links as "text (url)", raw HTML as its text, footnote references as "[1]" with the
// footnotes listed at the end (numbered across the article, as in the HTML).
import type * as HastUtilFromHtml from 'hast-util-from-html'
import type { Nodes } from 'hast'
import { requireOnFirstUse } from '../../base/lazy.js'
import type { Block, Inline, ListBlock, TableBlock } from '../model/blocks.js'
import type { Section } from '../model/schemas.js'
import { blockReferences, footnotePlan, footnotesOfPart, type FootnotePlan } from './footnotes.js'

/** The HTML parser, for the text of raw HTML only: loaded by the first article that has some. */
const hastUtilFromHtml = requireOnFirstUse<typeof HastUtilFromHtml>('hast-util-from-html')

interface TextOptions {
  plan: FootnotePlan
  /** Links as "text (url)" (text/plain), or as their text only (JSON-LD articleBody, for search engines). */
  urls: boolean
}

/** Whether a link's URL adds anything to its text: not for in-page anchors, nor when the text is the URL already. */
const showUrl = (url: string, label: string) => !url.startsWith('#') && url !== label && url !== `mailto:${label}` && url !== `tel:${label}`

function inlineText (nodes: readonly Inline[], options: TextOptions): string {
  let result = ''
  for (const node of nodes) {
    switch (node.type) {
      case 'text': case 'inlineCode': result += node.value; break
      case 'break': result += '\n'; break
      case 'image': result += node.alt; break
      case 'emphasis': case 'strong': case 'delete': result += inlineText(node.children, options); break
      case 'link': {
        const label = inlineText(node.children, options)
        result += options.urls && showUrl(node.url, label) ? `${label} (${node.url})` : label
        break
      }
      case 'footnoteReference': {
        const number = options.plan.numbers.get(node.identifier)
        result += number === undefined ? `[^${node.label ?? node.identifier}]` : `[${number}]`
        break
      }
      case 'html': break
    }
  }
  return result
}

/** Every line but the first indented by `indent` (blank lines stay empty). */
const hang = (text: string, indent: string) => text.split('\n').map((line, index) => index === 0 || line === '' ? line : indent + line).join('\n')
/** Every line prefixed (blank lines with the prefix trimmed). */
const prefixed = (text: string, prefix: string) => text.split('\n').map((line) => line === '' ? prefix.trimEnd() : prefix + line).join('\n')

function listText (list: ListBlock, options: TextOptions): string {
  return list.items.map((item, index) => {
    const marker = list.style === 'ordered' ? `${(list.start ?? 1) + index}. ` : '- '
    const box = item.checked === null ? '' : item.checked ? '[x] ' : '[ ] '
    return hang(marker + box + blocksText(item.children, options, item.spread ? '\n\n' : '\n'), ' '.repeat(marker.length))
  }).join(list.spread ? '\n\n' : '\n')
}

function tableText (table: TableBlock, options: TextOptions): string {
  const rows = table.children.map((row) => row.children.map((cell) => inlineText(cell.children, options).replace(/\s*\n\s*/g, ' ')))
  const columns = Math.max(...rows.map((row) => row.length))
  const width = (text: string) => [...text].length
  const widths = Array.from({ length: columns }, (_, column) => Math.max(1, ...rows.map((row) => width(row[column] ?? ''))))
  const pad = (text: string, column: number) => {
    const space = widths[column]! - width(text)
    const align = table.align[column]
    if (align === 'right') return ' '.repeat(space) + text
    if (align === 'center') return ' '.repeat(Math.floor(space / 2)) + text + ' '.repeat(Math.ceil(space / 2))
    return text + ' '.repeat(space)
  }
  const line = (row: string[]) => widths.map((_, column) => pad(row[column] ?? '', column)).join('  ').trimEnd()
  const [header, ...body] = rows
  return [line(header!), widths.map((size) => '-'.repeat(size)).join('  '), ...body.map(line)].join('\n')
}

/** The text of raw HTML: its text nodes, white space collapsed. */
function htmlText (value: string): string {
  const collect = (node: Nodes): string => node.type === 'text' ? node.value : 'children' in node ? node.children.map(collect).join(' ') : ''
  return collect(hastUtilFromHtml().fromHtml(value, { fragment: true })).replace(/\s+/g, ' ').trim()
}

function blockText (block: Block, options: TextOptions): string {
  switch (block.type) {
    case 'paragraph': return inlineText(block.children, options)
    case 'heading': return `${'#'.repeat(block.depth)} ${inlineText(block.children, options)}`
    case 'list': return listText(block, options)
    case 'blockquote': return prefixed(blocksText(block.children, options), '> ')
    case 'code': return prefixed(block.value, '    ')
    case 'image': return block.alt
    case 'table': return tableText(block, options)
    case 'thematicBreak': return '* * *'
    // Listed at the end, numbered.
    case 'footnoteDefinition': return ''
    case 'html': return htmlText(block.value)
  }
}

function blocksText (blocks: readonly Block[], options: TextOptions, separator = '\n\n'): string {
  return blocks.map((block) => blockText(block, options)).filter((text) => text !== '').join(separator)
}

/** Footnotes as "[1] text", later lines indented under the text. */
const notesText = (identifiers: string[], options: TextOptions) => identifiers.map((identifier) => {
  const marker = `[${options.plan.numbers.get(identifier)!}] `
  return hang(marker + blocksText(options.plan.definitions.get(identifier)!.children, options), ' '.repeat(marker.length))
})

/** A heading underlined (= for the title, - for sections), as plain-text documents do. */
const underlined = (text: string, rule: string) => `${text}\n${rule.repeat(Math.max(3, [...text.split('\n').at(-1)!].length))}`

type SectionContent = Pick<Section, 'key' | 'heading' | 'blocks'>
interface Content { intro: readonly Block[], sections: readonly SectionContent[] }

const planOf = (article: Content) => footnotePlan([article.intro, ...article.sections.map((section) => section.blocks)])
const nonEmpty = (texts: string[]) => texts.filter((text) => text !== '')

/** The article as plain text: the title and headings underlined, blocks separated by blank lines, then the footnotes. */
export function articleText (article: Content & { title: string }): string {
  const options = { plan: planOf(article), urls: true }
  const notes = notesText(footnotesOfPart(options.plan, [], 'all'), options)
  return `${[
    underlined(article.title, '='),
    ...nonEmpty([blocksText(article.intro, options)]),
    ...article.sections.flatMap((section) => [underlined(section.heading, '-'), ...nonEmpty([blocksText(section.blocks, options)])]),
    ...(notes.length === 0 ? [] : [underlined('Footnotes', '-'), ...notes]),
  ].join('\n\n')}\n`
}

/** One section as plain text: its heading underlined, its blocks, then the footnotes it refers to (numbered as in the article). */
export function sectionText (section: SectionContent, article?: Content): string {
  const found = article ? article.sections.findIndex((candidate) => candidate.key === section.key) : -1
  const options = { plan: planOf(article && found !== -1 ? article : { intro: [], sections: [section] }), urls: true }
  const referenced: string[] = []
  blockReferences(section.blocks, (identifier) => referenced.push(identifier))
  const notes = notesText(footnotesOfPart(options.plan, referenced, found === -1 ? 1 : found + 1), options)
  return `${[underlined(section.heading, '-'), ...nonEmpty([blocksText(section.blocks, options)]), ...notes].join('\n\n')}\n`
}

/** The article's text for search engines (JSON-LD `articleBody`): intro, section headings and blocks, footnotes; links as their text. */
export function articleBodyText (article: Content): string {
  const options = { plan: planOf(article), urls: false }
  return [
    ...nonEmpty([blocksText(article.intro, options)]),
    ...article.sections.flatMap((section) => [section.heading, ...nonEmpty([blocksText(section.blocks, options)])]),
    ...notesText(footnotesOfPart(options.plan, [], 'all'), options),
  ].join('\n\n')
}
