// JSON bodies nested deeper than any endpoint takes are refused before they are parsed: JSON.parse copes with 100,000
// levels, but schema validation recurses once per level and overflowed the stack (a 500) on a body of 1,000 nested
// block quotes. One pass over the text, then Fastify's own parser (secure-json-parse, prototype poisoning refused).
import type { FastifyInstance } from 'fastify'
import { badRequest } from './errors.js'

/**
 * Levels of arrays and objects a JSON body may nest. The deepest real article (blocks nested 10 deep, each a list item
 * holding blocks, with inline content 10 deep) takes about 70; schema validation overflows near 2,000.
 */
export const MAX_JSON_DEPTH = 256

const QUOTE = 0x22
const BACKSLASH = 0x5c
const OPEN_ARRAY = 0x5b
const OPEN_OBJECT = 0x7b
const CLOSE_ARRAY = 0x5d
const CLOSE_OBJECT = 0x7d

/** Whether `text`, read as JSON, opens more than `max` arrays and objects inside one another (strings skipped). */
export function nestsDeeperThan (text: string, max: number): boolean {
  let depth = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code === QUOTE) {
      // To the closing quote, over escaped characters (malformed JSON is left to the parser).
      for (i++; i < text.length; i++) {
        const inner = text.charCodeAt(i)
        if (inner === BACKSLASH) i++
        else if (inner === QUOTE) break
      }
    } else if (code === OPEN_ARRAY || code === OPEN_OBJECT) {
      if (++depth > max) return true
    } else if (code === CLOSE_ARRAY || code === CLOSE_OBJECT) {
      depth--
    }
  }
  return false
}

/** Replaces the application/json parser with one that refuses bodies nested deeper than `maxDepth` (a 400 naming /body). */
export function limitJsonDepth (app: FastifyInstance, maxDepth = MAX_JSON_DEPTH) {
  const parse = app.getDefaultJsonParser('error', 'error')
  app.removeContentTypeParser('application/json')
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8')
    if (nestsDeeperThan(text, maxDepth)) {
      const message = `nests arrays and objects deeper than ${maxDepth} levels`
      done(badRequest(`The request body ${message}.`, [{ path: '/body', message }]), undefined)
      return
    }
    return parse(request, text, done)
  })
}
