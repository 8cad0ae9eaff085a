// Articles in and out of Markdown: import.ts (Markdown → article input, front-matter.ts, blocks.ts) and export.ts
// (article → Markdown). This module is their one entry point for the rest of content/. The import runs in a worker
// thread (parser.ts), so the parser (micromark, mdast-util-from-markdown) is never loaded on the main thread.
export type { MarkdownImport, MarkdownImportOptions } from './import.js'
export { createMarkdownParser, markdownRefused, type MarkdownParser } from './parser.js'
export { articleToMarkdown, sectionToMarkdown } from './export.js'
export { positionOf, type MarkdownProblem, type SourcePositions } from './problems.js'
export { imageFileOf, leavesFolder, normaliseFile, type ImageReference, type ImportedImage } from './images.js'

export const MARKDOWN_TYPE = 'text/markdown'
