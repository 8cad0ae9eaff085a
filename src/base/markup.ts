// Escaping text for HTML and XML: every character that could start markup or end an attribute becomes a reference.

const REFERENCES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }
const SPECIAL = /[&<>"']/g

/**
 * Characters XML 1.0 forbids even as references (C0 controls other than tab, LF and CR; U+FFFE, U+FFFF; unpaired
 * surrogates). A parser must reject a document holding one, so they are dropped rather than escaped.
 */
// eslint-disable-next-line no-control-regex -- matching the characters XML forbids is the point
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** Text for HTML element content or a quoted attribute value: & < > " ' escaped. */
export function escapeHtml (text: string): string {
  return text.replace(SPECIAL, (character) => REFERENCES[character]!)
}

/** Text for XML element content or a quoted attribute value: escaped as for HTML, and characters XML cannot hold dropped. */
export function escapeXml (text: string): string {
  return escapeHtml(text.replace(NOT_XML, ''))
}

/**
 * JSON for an HTML <script> element (JSON-LD): `<`, `>` and `&` become \u escapes, so no text inside can close the
 * element (`</script>`) or open a comment (`<!--`), and the data parses as the same JSON.
 */
export function jsonForScript (value: unknown): string {
  return JSON.stringify(value).replace(/[<>&]/g, (character) => `\\u00${character.charCodeAt(0).toString(16)}`)
}
