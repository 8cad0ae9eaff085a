// A cheap look, before parsing, for what is obviously pathological: a line that opens more nested lists or block
// quotes than any article holds ("- - - - … x", 4,000 deep, takes the parser 15 s). One pass over the text; lines
// inside fenced code, indented lines and thematic breaks are never refused, so a real post is never turned away here
// (the worker's time limit bounds whatever this lets through).
import { AUTHORING_LIMITS } from '../model/limits.js'

/** Container markers opened on one line beyond which a document is refused unparsed: far above the nesting limit. */
export const MAX_MARKERS_PER_LINE = 2 * AUTHORING_LIMITS.depth

const MARKER = /(?:[-*+]|\d{1,9}[.)])[ \t]+|>[ \t]?/y
const FENCE = /(`{3,}|~{3,})/y

/** The first line that opens more than `max` nested list items or block quotes, and how many; undefined when none does. */
export function tooDeeplyNested (text: string, max = MAX_MARKERS_PER_LINE): { line: number, markers: number } | undefined {
  let fence: string | undefined
  let line = 0
  for (let start = 0; start < text.length; line++) {
    const newline = text.indexOf('\n', start)
    const end = newline === -1 ? text.length : newline
    let at = start
    // Up to three spaces of indentation; more is indented code (or a continuation line): not looked at.
    while (at < end && at - start < 4 && text[at] === ' ') at++
    if (at - start < 4 && text[at] !== '\t') {
      let markers = 0
      MARKER.lastIndex = at
      while (MARKER.lastIndex < end && MARKER.test(text)) {
        markers++
        at = MARKER.lastIndex
      }
      FENCE.lastIndex = at
      if (FENCE.test(text)) {
        const mark = text.slice(at, FENCE.lastIndex)
        if (fence === undefined) fence = mark
        else if (mark[0] === fence[0] && mark.length >= fence.length) fence = undefined
      } else if (fence === undefined && markers > max && /[^-*_ \t\r]/.test(text.slice(at, end))) {
        return { line: line + 1, markers }
      }
    }
    start = end + 1
  }
  return undefined
}
