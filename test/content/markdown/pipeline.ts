// The import as the service runs it, without a database: Markdown → input (markdownToInput) → the authoring schema
// (validateInput) → settled document (settleDocument) — and the export back. For the spec and corpus tests.
import { createValidator } from '../../../src/http/validation.js'
import { sharedSchemas } from '../../../src/http/schemas.js'
import { documentFromInput, settleDocument, type ArticleDocument } from '../../../src/content/model/document.js'
import { AUTHORING_LIMITS } from '../../../src/content/model/limits.js'
import { ArticleInputSchema, contentSchemas, type ArticleInput } from '../../../src/content/model/schemas.js'
import { articleToMarkdown, type MarkdownProblem } from '../../../src/content/markdown/markdown.js'
import { markdownToInput } from '../../../src/content/markdown/import.js'

const validateInput = createValidator<ArticleInput>(ArticleInputSchema, [...sharedSchemas, ...contentSchemas])
const NOW = new Date('2025-01-15T09:00:00.000Z')

export type Imported = { ok: true, document: ArticleDocument, warnings: MarkdownProblem[] } | { ok: false, errors: Array<{ path?: string, message: string, line?: number }> }

/** What the import would store for `text`, or every problem that refuses it. */
export function importDocument (text: string, options: { slug?: string } = {}): Imported {
  const parsed = markdownToInput(text, options)
  if (parsed.errors.length > 0) return { ok: false, errors: parsed.errors }
  const result = validateInput(parsed.input)
  if (!result.ok) return { ok: false, errors: result.errors }
  const { document, problems } = settleDocument(documentFromInput(result.value, { defaultLanguage: 'en', now: NOW }), AUTHORING_LIMITS, { intro: '/body/intro', section: (index) => `/body/sections/${index}/blocks` })
  if (problems.length > 0) return { ok: false, errors: problems }
  return { ok: true, document, warnings: parsed.warnings }
}

/** Export → import gives the identical document, and export is idempotent; else what differs. */
export function roundTrip (document: ArticleDocument): { ok: true, markdown: string } | { ok: false, reason: string, markdown: string } {
  const markdown = articleToMarkdown(document)
  const again = importDocument(markdown)
  if (!again.ok) return { ok: false, reason: `re-import refused: ${JSON.stringify(again.errors)}`, markdown }
  if (JSON.stringify(again.document) !== JSON.stringify(document)) return { ok: false, reason: `re-import differs: ${JSON.stringify(document)} → ${JSON.stringify(again.document)}`, markdown }
  if (articleToMarkdown(again.document) !== markdown) return { ok: false, reason: 'export is not idempotent', markdown }
  return { ok: true, markdown }
}
