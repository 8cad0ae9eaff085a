// What a Markdown import reports: problems that refuse it (errors) and things it did not keep as written (warnings).

/**
 * A problem with an imported document. `path` is a JSON Pointer into the article as imported (`/sections/2/blocks/0`),
 * '' for the document as a whole; `line` and `column` (from 1) locate it in the Markdown.
 */
export interface MarkdownProblem { path?: string, line?: number, column?: number, message: string }

/** Where each part of the imported article came from: JSON Pointer → line and column in the Markdown. */
export type SourcePositions = Record<string, { line: number, column: number }>

/** The Markdown position of a JSON Pointer into the imported article: its own, or that of the nearest part holding it. */
export function positionOf (positions: SourcePositions, path: string): { line: number, column: number } | undefined {
  for (let at = path; ; at = at.slice(0, at.lastIndexOf('/'))) {
    const position = positions[at]
    if (position) return position
    if (at === '') return undefined
  }
}
