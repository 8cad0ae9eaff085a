// Raw HTML in articles, sanitized when written with hast-util-sanitize and its default schema (GitHub's allowlist:
// no script, style, iframe, form or event-handler attributes, and only http(s)/mailto URLs), so that no consumer of the
// JSON, the HTML or the feed can receive unsafe markup. The renderer sanitizes again (render/html.ts): belt and braces.
import type { Root, RootContent } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize'
import { toHtml } from 'hast-util-to-html'

/** GitHub's allowlist, as hast-util-sanitize ships it (clobber prefixes on ids, so user ids cannot shadow the page's). */
export const SANITIZE_SCHEMA: Schema = defaultSchema

const CLOSING_TAG = /^<\/([A-Za-z][A-Za-z0-9-]*)\s*>$/
const OPENING_TAG = /^<([A-Za-z][A-Za-z0-9-]*)(?:\s[^<>]*)?\/?>$/

const allowedTag = (name: string) => (SANITIZE_SCHEMA.tagNames ?? []).includes(name.toLowerCase())

/** An HTML fragment with everything outside the allowlist removed (elements unwrapped or dropped, attributes dropped). */
export function sanitizeFragment (value: string): string {
  const tree = fromHtml(value, { fragment: true })
  unclobber(tree)
  return toHtml(sanitize(tree, SANITIZE_SCHEMA))
}

/** Ids already prefixed by an earlier sanitization lose the prefix, which sanitizing adds back: idempotent, not `user-content-user-content-`. */
function unclobber (node: Root | RootContent) {
  const prefix = SANITIZE_SCHEMA.clobberPrefix ?? ''
  if (node.type === 'element') {
    for (const property of SANITIZE_SCHEMA.clobber ?? []) {
      const value = node.properties[property]
      if (prefix !== '' && typeof value === 'string' && value.startsWith(prefix)) node.properties[property] = value.slice(prefix.length)
      if (Array.isArray(value)) node.properties[property] = value.map((item) => typeof item === 'string' && prefix !== '' && item.startsWith(prefix) ? item.slice(prefix.length) : item)
    }
  }
  if ('children' in node) node.children.forEach(unclobber)
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
