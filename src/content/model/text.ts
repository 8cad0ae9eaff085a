// Pure helpers for articles: slugs, section keys, word counts, excerpts.
import type { Block } from './blocks.js'
import { blockText } from './plain-text.js'

/** Lowercase, apostrophes dropped, accents folded, other runs of non-alphanumerics become '-'. */
export function slugify (text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

function countWords (text: string): number {
  return text.split(/[\s—–]+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length
}

/** The prose of blocks, one text per block: code and raw HTML are not prose (they do not count as words to read). */
export function blockTexts (blocks: readonly Block[]): string[] {
  return blocks.filter((block) => block.type !== 'code' && block.type !== 'html').map(blockText)
}

const WORDS_PER_MINUTE = 200

export function readingTimeMinutes (wordCount: number): number {
  return Math.max(1, Math.ceil(wordCount / WORDS_PER_MINUTE))
}

/** The first paragraph of the intro, cut at a word boundary near `max` characters. */
export function deriveExcerpt (intro: ReadonlyArray<{ type: string, text?: string }>, max = 160): string {
  const first = intro.find((block) => block.type === 'paragraph')
  if (!first) return ''
  const text = (first.text ?? '').trim()
  if (text.length <= max) return text
  const cut = text.slice(0, max)
  const space = cut.lastIndexOf(' ')
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.—–-]+$/u, '')}…`
}

/** Words in the intro, the headings and every block. */
export function articleWordCount (tree: { intro: readonly Block[], sections: ReadonlyArray<{ heading: string, blocks: readonly Block[] }> }): number {
  const texts = [...blockTexts(tree.intro), ...tree.sections.flatMap((section) => [section.heading, ...blockTexts(section.blocks)])]
  return texts.reduce((sum, text) => sum + countWords(text), 0)
}
