// Raw HTML in articles, sanitized when written with hast-util-sanitize and its default schema (GitHub's allowlist:
// no script, style, iframe, form or event-handler attributes, and only http(s)/mailto URLs), so that no consumer of the
// JSON, the HTML or the feed can receive unsafe markup. The renderer sanitizes again (render/html.ts): belt and braces.
import { fromHtml } from 'hast-util-from-html'
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize'
import { toHtml } from 'hast-util-to-html'

/**
 * GitHub's allowlist, as hast-util-sanitize ships it (clobber prefixes on ids, so user ids cannot shadow the page's).
 * Elements outside it are unwrapped (their text kept); these go with their content, which is code, not text.
 */
export const SANITIZE_SCHEMA: Schema = { ...defaultSchema, strip: ['script', 'style', 'template', 'noscript', 'xmp', 'plaintext'] }

const CLOSING_TAG = /^<\/([A-Za-z][A-Za-z0-9-]*)\s*>$/
const OPENING_TAG = /^<([A-Za-z][A-Za-z0-9-]*)(?:\s[^<>]*)?\/?>$/

const allowedTag = (name: string) => (SANITIZE_SCHEMA.tagNames ?? []).includes(name.toLowerCase())

/** An HTML fragment with everything outside the allowlist removed (elements unwrapped or dropped, attributes dropped). */
export function sanitizeFragment (value: string): string {
  const tree = fromHtml(value, { fragment: true })
  return toHtml(sanitize(tree, SANITIZE_SCHEMA))
}

/**
 * Raw HTML as written in an article. Markdown splits inline HTML into one node per tag (`<kbd>`, text, `</kbd>`),
 * so a lone opening or closing tag is sanitized as a tag: kept (with its allowed attributes) if its element is allowed.
 * Anything else is sanitized as a fragment. Idempotent: sanitizing the result changes nothing.
 */
export function sanitizeHtml (value: string): string {
  const closing = CLOSING_TAG.exec(value.trim())
  if (closing) return allowedTag(closing[1]!) ? `</${closing[1]!.toLowerCase()}>` : ''
  const opening = OPENING_TAG.exec(value.trim())
  if (opening) {
    const name = opening[1]!.toLowerCase()
    if (!allowedTag(name)) return ''
    const element = sanitizeFragment(value.trim())
    // The element serialized whole (`<kbd></kbd>`): keep its opening tag, as written.
    return element.endsWith(`</${name}>`) ? element.slice(0, -`</${name}>`.length) : element
  }
  return sanitizeFragment(value)
}
