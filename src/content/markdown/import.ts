// Markdown → article input: `markdownToInput(text, options?) → { input, warnings, errors, positions }`.
// A pure, synchronous function without I/O (it may run in a worker thread): CommonMark + GFM (tables, task lists,
// strikethrough, footnotes, autolinks) parsed by micromark into mdast, front matter in YAML or TOML (front-matter.ts).
// The input is then validated like a JSON body (validateInput) and settled by the service; `positions` maps its JSON
// Pointers to Markdown lines, so those problems can name lines too.
//
// Headings. The title is the front matter's `title`, else a `#` heading that is the body's first heading. The body's
// top heading level (the shallowest heading outside quotes and lists, the title aside) starts the sections — `##` as a
// rule, but a post that uses `#` or `###` for its sections imports the same way — and deeper headings become
// subheadings shifted by as much (so the level below the sections is `###`, depth 3), at most depth 6. Front matter
// `section_level: N` overrides the top level. Headings nested in quotes and lists are subheadings clamped to depth
// 3–6. A post without headings is all intro. A section heading is plain text: inline formatting in it is flattened
// (with a warning). Section keys: front matter `section_keys`, else the slug of each heading, made unique (`-2`, `-3`).
import type { Heading, Literal, Root, RootContent } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter'
import { gfmFromMarkdown } from 'mdast-util-gfm'
import { frontmatter } from 'micromark-extension-frontmatter'
import { gfm } from 'micromark-extension-gfm'
import type { BlockInput, HeadingInput } from '../model/blocks.js'
import { inlineText } from '../model/plain-text.js'
import { slugify } from '../model/text.js'
import { blocks, collectDefinitions, inline, type ConvertContext } from './blocks.js'
import { readFrontMatter, type FrontMatter } from './front-matter.js'
import { deriveSectionKeys, headingsInOrder } from './headings.js'
import type { ImageReference, ImportedImage } from './images.js'
import type { MarkdownProblem, SourcePositions } from './problems.js'

export interface MarkdownImportOptions {
  /** The slug to use when the front matter gives none (the CLI passes the file or folder name); else the title's. */
  slug?: string | undefined
  /**
   * The post's image files, when the import has them (a bundle, a blog folder): relative file (`images/x.jpg`) → its
   * media URL. Given (even empty), relative images are not warned about: those it lacks are listed in `images`.
   */
  imageFiles?: Readonly<Record<string, ImportedImage>> | undefined
}

export interface MarkdownImport {
  /** The article as an authoring body (validate it with the ArticleInput schema). */
  input: Record<string, unknown>
  /** What was imported differently from how it was written (ignored fields, relative URLs, sanitized HTML…). */
  warnings: MarkdownProblem[]
  /** What refuses the import, each with its line and column. Empty when the input may be validated. */
  errors: MarkdownProblem[]
  /** Where each part of `input` came from: JSON Pointer → line and column. */
  positions: SourcePositions
  /** Relative images not among `imageFiles` (listed only when `imageFiles` is given), in document order. */
  images: ImageReference[]
}

const PARSE_OPTIONS = {
  extensions: [frontmatter(['yaml', 'toml']), gfm()],
  mdastExtensions: [frontmatterFromMarkdown(['yaml', 'toml']), gfmFromMarkdown()],
}

// TOML front matter (`+++`): mdast-util-frontmatter makes `toml` nodes, which @types/mdast does not name.
declare module 'mdast' {
  interface Toml extends Literal { type: 'toml' }
  interface RootContentMap { toml: Toml }
  interface FrontmatterContentMap { toml: Toml }
}

export const parseMarkdown = (text: string): Root => fromMarkdown(text, PARSE_OPTIONS)

const lineOf = (node: RootContent) => ({ line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 })

/** Which body headings are the title and the sections: see the file comment. */
function placeHeadings (body: RootContent[], frontMatter: FrontMatter, warnings: MarkdownProblem[]) {
  const headings = body.filter((node): node is Heading => node.type === 'heading')
  let title: Heading | undefined
  const first = headings[0]
  if (first?.depth === 1) {
    const text = inlineText(inline(first.children, '', { definitions: new Map(), warnings: [], positions: {}, reparse: () => [] }))
    if (frontMatter.title === undefined || frontMatter.title === text) title = first
    else warnings.push({ ...lineOf(first), message: `the "#" heading differs from the front matter title ${JSON.stringify(frontMatter.title)}: imported as a section` })
  }
  const rest = headings.filter((heading) => heading !== title)
  const top = frontMatter.sectionLevel ?? Math.min(...rest.map((heading) => heading.depth))
  return { title, top }
}

/** The import of one Markdown document: see the file comment. */
export function markdownToInput (text: string, options: MarkdownImportOptions = {}): MarkdownImport {
  const errors: MarkdownProblem[] = []
  const warnings: MarkdownProblem[] = []
  const positions: SourcePositions = {}
  const images: ImageReference[] = []
  const files = { imageFiles: options.imageFiles, images }
  const tree = parseMarkdown(text)
  const head = tree.children[0]
  const frontMatter: FrontMatter = head?.type === 'yaml' || head?.type === 'toml'
    ? readFrontMatter(head.type, head.value, lineOf(head).line + 1, errors, warnings, files)
    : { fields: {}, lines: {} }
  for (const [field, line] of Object.entries(frontMatter.lines)) positions[`/${field}`] = { line, column: 1 }

  const context: ConvertContext = {
    definitions: collectDefinitions(tree),
    warnings,
    positions,
    reparse: (markdown) => parseMarkdown(markdown).children,
    ...files,
  }
  const body = tree.children.filter((node) => node !== head || (head.type !== 'yaml' && head.type !== 'toml'))
  const { title, top } = placeHeadings(body, frontMatter, warnings)

  let titleText = frontMatter.title
  const intro: RootContent[] = []
  const sections: Array<{ heading: Heading, nodes: RootContent[] }> = []
  for (const node of body) {
    if (node === title) continue
    if (node.type === 'heading' && node.depth <= top) sections.push({ heading: node, nodes: [] })
    else if (node.type === 'heading') (sections.at(-1)?.nodes ?? intro).push({ ...node, depth: Math.min(6, node.depth - top + 2) as Heading['depth'] })
    else (sections.at(-1)?.nodes ?? intro).push(node)
  }

  /** A heading's text: inline formatting flattened, with a warning. */
  const headingText = (heading: Heading, path: string, what: string) => {
    const content = inline(heading.children, path, { ...context, warnings: [], images: [] })
    if (content.some((node) => node.type !== 'text')) warnings.push({ path, ...lineOf(heading), message: `${what} is plain text: its formatting (links, emphasis, code…) was flattened to text` })
    return inlineText(content)
  }
  if (title) {
    titleText = headingText(title, '/title', 'the title')
    positions['/title'] = lineOf(title)
  }
  if (titleText === undefined) errors.push({ path: '/title', line: 1, column: 1, message: 'the post has no title: give it a "title" in the front matter or start it with a "# Title" line' })

  const introBlocks = blocks(intro, '/intro', context)
  const sectionInputs = sections.map((section, index) => {
    positions[`/sections/${index}`] = lineOf(section.heading)
    positions[`/sections/${index}/heading`] = lineOf(section.heading)
    return { heading: headingText(section.heading, `/sections/${index}/heading`, 'a section heading'), blocks: blocks(section.nodes, `/sections/${index}/blocks`, context) }
  })

  const keys = frontMatter.sectionKeys
  if (keys !== undefined && keys.length !== sections.length) {
    errors.push({ path: '/section_keys', line: frontMatter.lines.section_keys ?? 1, column: 1, message: `section_keys lists ${keys.length} keys for ${sections.length} sections: give one key per section, in order` })
  }
  const sectionKeys = keys !== undefined && keys.length === sections.length ? keys : deriveSectionKeys(sectionInputs.map((section) => section.heading))
  sectionInputs.forEach((section, index) => {
    if (keys === undefined && slugify(section.heading) === '') {
      warnings.push({ path: `/sections/${index}/key`, ...positions[`/sections/${index}`]!, message: `the heading has no letters or digits (a-z, 0-9) to make a key from: the section's key is "${String(sectionKeys[index])}" (give section_keys in the front matter to choose)` })
    }
  })
  const ids = frontMatter.headingIds
  if (ids !== undefined) {
    const headings = headingsInOrder<HeadingInput>([introBlocks, ...sectionInputs.map((section) => section.blocks)])
    if (ids.length !== headings.length) {
      errors.push({ path: '/heading_ids', line: frontMatter.lines.heading_ids ?? 1, column: 1, message: `heading_ids lists ${ids.length} ids for ${headings.length} subheadings: give one id per subheading, in order` })
    } else {
      headings.forEach((heading, index) => { (heading as { id?: unknown }).id = ids[index] })
    }
  }

  const slug = frontMatter.fields.slug ?? options.slug ?? (titleText === undefined ? undefined : slugify(titleText).slice(0, 100).replace(/-+$/, ''))
  if (frontMatter.fields.slug === undefined) positions['/slug'] = { line: 1, column: 1 }
  const input: Record<string, unknown> = {
    ...frontMatter.fields,
    ...(slug !== undefined ? { slug } : {}),
    ...(titleText !== undefined ? { title: titleText } : {}),
    intro: introBlocks,
    sections: sectionInputs.map((section, index) => ({ key: sectionKeys[index], ...section })),
  }
  // In document order (front matter problems are found field by field).
  const byLine = (a: MarkdownProblem, b: MarkdownProblem) => (a.line ?? 0) - (b.line ?? 0)
  return { input, warnings: warnings.sort(byLine), errors: errors.sort(byLine), positions, images }
}

export type { BlockInput }
