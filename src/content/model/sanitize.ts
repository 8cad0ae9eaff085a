// Raw HTML in articles, sanitized when written with hast-util-sanitize and its default schema (GitHub's allowlist:
// no script, style, iframe, form or event-handler attributes, and only http(s)/mailto/tel URLs), so that no consumer of
// the JSON, the HTML or the feed can receive unsafe markup. The renderer sanitizes again (render/html.ts): belt and braces.
import type { Nodes, Root } from 'hast'
import type * as HastUtilFromHtml from 'hast-util-from-html'
import type * as HastUtilSanitize from 'hast-util-sanitize'
import type * as HastUtilToHtml from 'hast-util-to-html'
import { requireOnFirstUse } from '../../base/lazy.js'

// Loaded by the first raw HTML written or rendered, not at start.
const hastUtilFromHtml = requireOnFirstUse<typeof HastUtilFromHtml>('hast-util-from-html')
const hastUtilSanitize = requireOnFirstUse<typeof HastUtilSanitize>('hast-util-sanitize')
const hastUtilToHtml = requireOnFirstUse<typeof HastUtilToHtml>('hast-util-to-html')

/** A `srcset` value: candidates of an http(s) or relative URL and a width or density, separated by commas. */
const CANDIDATE = String.raw`(?:https?:\/\/|\/|\.{0,2}\/|(?![a-z][a-z0-9+.-]*:))[^\s,]+(?:\s+\d+(?:\.\d+)?[wx])?`
const SRCSET = new RegExp(`^${CANDIDATE}(?:,\\s*${CANDIDATE})*$`, 'i')

let schemaMade: HastUtilSanitize.Schema | undefined

/**
 * GitHub's allowlist, as hast-util-sanitize ships it (clobber prefixes on ids, so user ids cannot shadow the page's),
 * with three decisions of ours: images may carry `srcset`, `sizes`, `loading` and `decoding` (what the renderer writes
 * for media images; no `longdesc`), `tel:` links are allowed (authoring accepts them, see normalize.ts), and elements whose
 * content is code, not text (`style`, `template`, `noscript`…), are dropped with it like `<script>` (unwrapped, their
 * CSS or markup would show as text).
 */
export function sanitizeSchema (): HastUtilSanitize.Schema {
  if (schemaMade) return schemaMade
  const { defaultSchema } = hastUtilSanitize()
  schemaMade = {
    ...defaultSchema,
    attributes: {
      ...defaultSchema.attributes,
      // Images as the renderer writes them (`<img src srcset sizes width height alt loading decoding>`; width, height,
      // alt and title are allowed on every element): srcset candidates only with http(s) or relative URLs.
      img: [
        ...(defaultSchema.attributes?.img ?? []).filter((attribute) => attribute !== 'longDesc'),
        ['srcSet', SRCSET], 'sizes', ['loading', 'lazy', 'eager'], ['decoding', 'async', 'sync', 'auto'],
      ],
    },
    protocols: { ...defaultSchema.protocols, href: [...(defaultSchema.protocols?.href ?? []), 'tel'] },
    strip: [...(defaultSchema.strip ?? []), 'style', 'template', 'noscript', 'xmp', 'plaintext'],
  }
  return schemaMade
}

/**
 * Characters that are parse errors wherever they appear in HTML (controls other than white space, noncharacters): raw
 * HTML can bring them in as references (`&#1;`), which the parser turns into the characters themselves. Dropped.
 */
// eslint-disable-next-line no-control-regex -- matching the characters HTML forbids is the point
export const NOT_HTML = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F\uFDD0-\uFDEF\uFFFE\uFFFF]/g

/** One clobber prefix taken off values that already carry it, so that sanitizing prefixes them once, not again. */
function unclobber (node: Nodes, prefix: string, clobbered: string[]) {
  if (node.type === 'element') {
    const properties = (node).properties
    for (const key of clobbered) {
      const value = properties[key]
      const strip = (item: unknown) => typeof item === 'string' && item.startsWith(prefix) ? item.slice(prefix.length) : item
      if (Array.isArray(value)) properties[key] = value.map(strip) as Array<string | number>
      else if (value !== undefined) properties[key] = strip(value) as string
    }
  }
  if ('children' in node) for (const child of node.children) unclobber(child, prefix, clobbered)
}

/**
 * A hast tree sanitized with sanitizeSchema() (the tree is changed in place; use the result). Idempotent: ids and names
 * that already carry the clobber prefix (`user-content-`) keep it once instead of getting it twice.
 */
export function sanitizeTree (tree: Root): Root {
  const schema = sanitizeSchema()
  unclobber(tree, schema.clobberPrefix ?? '', schema.clobber ?? [])
  return hastUtilSanitize().sanitize(tree, schema) as Root
}

const CLOSING_TAG = /^<\/([A-Za-z][A-Za-z0-9-]*)\s*>$/
const OPENING_TAG = /^<([A-Za-z][A-Za-z0-9-]*)(?:\s[^<>]*)?\/?>$/

const allowedTag = (name: string) => (sanitizeSchema().tagNames ?? []).includes(name.toLowerCase())

/** An HTML fragment with everything outside the allowlist removed (elements unwrapped or dropped, attributes dropped). */
export function sanitizeFragment (value: string): string {
  return hastUtilToHtml().toHtml(sanitizeTree(hastUtilFromHtml().fromHtml(value, { fragment: true }))).replace(NOT_HTML, '')
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
