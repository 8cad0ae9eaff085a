// Plain-text normalization for user-submitted fields: stored as text, never interpreted as markup.

// C0 and C1 controls, DEL, and invisible format characters used to spoof text (bidi overrides, zero-width).
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROLS_EXCEPT_NEWLINE_TAB = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g
const LINE_BREAKS_AND_TABS = /[\n\t]+/g

/** Multi-line text: NFC, CRLF to LF, control characters removed, trimmed. */
function cleanText (value: string): string {
  return value.normalize('NFC').replace(/\r\n?/g, '\n').replace(CONTROLS_EXCEPT_NEWLINE_TAB, '').trim()
}

/** Single-line text (names, titles): as cleanText, and line breaks or tabs become single spaces. */
function cleanLine (value: string): string {
  return cleanText(value).replace(LINE_BREAKS_AND_TABS, ' ').replace(/ {2,}/g, ' ')
}

/** Applies cleanText/cleanLine to the named string fields of a parsed body, in place (before validation). */
export function cleanFields (body: unknown, lines: string[], texts: string[]) {
  if (!body || typeof body !== 'object') return
  const record = body as Record<string, unknown>
  for (const field of lines) if (typeof record[field] === 'string') record[field] = cleanLine(record[field])
  for (const field of texts) if (typeof record[field] === 'string') record[field] = cleanText(record[field])
}
