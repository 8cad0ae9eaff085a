// Markdown parsed off the event loop: import.ts runs in a worker thread (parse-worker.ts), started on the first import,
// so the parser (micromark, mdast-util-from-markdown) is never loaded on the main thread. Documents it cannot take are
// refused here as 400 problems naming the line; pure Markdown rules, no article state.
import { HttpProblem, badRequest } from '../../http/errors.js'
import { AUTHORING_LIMITS } from '../model/limits.js'
import { tooDeeplyNested } from './complexity.js'
import type { MarkdownImport, MarkdownImportOptions } from './import.js'
import { ParserClosedError, TooComplexError, createParsePool, type ParsePool } from './parse-worker.js'

/** A 400 listing why Markdown cannot be imported: each problem with its line when it has one. */
export const markdownRefused = (errors: Array<{ path: string, message: string, line?: number, column?: number }>) => badRequest(
  `The Markdown cannot be imported: ${errors.length} problem${errors.length === 1 ? '' : 's'}: ${errors.slice(0, 10).map((error) => `${error.line === undefined ? error.path : `line ${error.line}`}: ${error.message}`).join('; ')}`.slice(0, 2000),
  errors.slice(0, 100))

export interface MarkdownParser {
  /**
   * The Markdown as article input, within `timeoutMs`; a document whose lines open more nested blocks than an article
   * may hold is refused before parsing, naming the line; one too complex to parse in time is a 400; after close, a 503.
   */
  parse(text: string, options: MarkdownImportOptions): Promise<MarkdownImport>
  close(): Promise<void>
}

export function createMarkdownParser ({ timeoutMs }: { timeoutMs: number }): MarkdownParser {
  let pool: ParsePool | undefined
  let closed = false
  const parserModule = new URL('./import.js', import.meta.url)
  return {
    async parse (text, options) {
      const deep = tooDeeplyNested(text)
      if (deep) {
        const message = `${deep.markers} list or quote markers open nested blocks on one line (blocks nest at most ${AUTHORING_LIMITS.depth} levels deep)`
        throw badRequest(`The Markdown cannot be imported: line ${deep.line}: ${message}.`, [{ path: '/body', message, line: deep.line, column: 1 }])
      }
      try {
        if (closed) throw new ParserClosedError()
        pool ??= createParsePool({ timeoutMs })
        return await pool.call<typeof import('./import.js'), 'markdownToInput'>(parserModule, 'markdownToInput', text, options)
      } catch (error) {
        if (error instanceof TooComplexError) throw badRequest(`The Markdown cannot be imported: ${error.message}.`, [{ path: '/body', message: error.message }])
        if (error instanceof ParserClosedError) throw new HttpProblem(503, 'The server is shutting down: retry the import.', { headers: { 'retry-after': '1' } })
        throw error
      }
    },
    async close () {
      closed = true
      await pool?.close()
    },
  }
}
