// Helpers for the rendering tests: HTML parsed with a real HTML parser (hast-util-from-html, i.e. parse5), strictly, and
// the sanitizer's guarantees checked on the parsed tree rather than by pattern.
import type { Element, Nodes, Root } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import type { FastifyInstance } from 'fastify'
import { ADMIN } from '../../helper.js'

/** An HTML fragment parsed as a browser would; any parse error (an unclosed or stray tag, a bad reference…) throws. */
export function parseHtml (html: string): Root {
  return fromHtml(html, { fragment: true, onerror: (error) => { throw new Error(`HTML parse error: ${error.message}`) } })
}

export function elements (node: Nodes, tagName?: string): Element[] {
  const found: Element[] = []
  const walk = (current: Nodes) => {
    if (current.type === 'element' && (tagName === undefined || current.tagName === tagName)) found.push(current)
    if ('children' in current) for (const child of current.children) walk(child)
  }
  walk(node)
  return found
}

export function textContent (node: Nodes): string {
  if (node.type === 'text') return node.value
  return 'children' in node ? node.children.map(textContent).join('') : ''
}

const URL_PROPERTIES = ['href', 'src', 'cite', 'longDesc', 'action', 'formAction', 'srcSet', 'poster', 'data', 'background']

/**
 * What the sanitizer must never let through, found in a parsed tree: script, style, iframe and other active elements,
 * event-handler attributes, and javascript:, vbscript: or data: URLs (as a browser reads them: control characters and
 * white space stripped, any case). `allowedScripts` counts the JSON-LD script elements that are ours.
 */
export function unsafeParts (tree: Root, allowedScripts = 0): string[] {
  const problems: string[] = []
  let scripts = 0
  for (const element of elements(tree)) {
    if (element.tagName === 'script') {
      if (element.properties.type === 'application/ld+json' && ++scripts <= allowedScripts) continue
      problems.push('a script element')
    }
    if (['style', 'iframe', 'object', 'embed', 'svg', 'math', 'form', 'frame', 'frameset', 'link', 'meta', 'base', 'template'].includes(element.tagName)) problems.push(`a ${element.tagName} element`)
    for (const [name, value] of Object.entries(element.properties)) {
      if (/^on/i.test(name)) problems.push(`an event handler attribute (${name}) on ${element.tagName}`)
      if (name === 'style') problems.push(`a style attribute on ${element.tagName}`)
      if (URL_PROPERTIES.includes(name)) {
        // eslint-disable-next-line no-control-regex -- browsers drop these before reading a URL's scheme
        const url = String(value).replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase()
        if (/^(?:javascript|vbscript|data):/.test(url)) problems.push(`a ${url.split(':')[0]!}: URL in ${name} of ${element.tagName}`)
      }
    }
  }
  return problems
}

/** Creates the article through the admin API (JSON) and publishes it, as an editor would. */
export async function publish (app: FastifyInstance, article: Record<string, unknown>) {
  const created = await app.inject({ method: 'POST', url: '/v1/admin/articles', headers: ADMIN, payload: article })
  if (created.statusCode !== 201) throw new Error(`create: ${created.statusCode} ${created.body}`)
  const published = await app.inject({ method: 'POST', url: `/v1/admin/articles/${String(article.slug)}/publish`, headers: ADMIN })
  if (published.statusCode !== 200) throw new Error(`publish: ${published.statusCode} ${published.body}`)
}
