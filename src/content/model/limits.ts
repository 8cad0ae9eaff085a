// The size limits of an article: what the schemas accept and the OpenAPI document states, and the defaults of the
// AUTHORING_* settings, which may lower them on a server but never raise them (config.ts).

/**
 * Sections per article; blocks in the intro, in each section and in each container block (list item, quote, footnote);
 * items per list; characters per text (paragraph, heading, list item, cell, inline text); characters per code block;
 * inline nodes per paragraph (or other inline container); rows and columns per table; levels of nesting (blocks in
 * blocks, inline content in inline content).
 */
export const AUTHORING_LIMITS = {
  sections: 200,
  blocks: 1000,
  listItems: 1000,
  textLength: 20_000,
  codeLength: 100_000,
  inlineNodes: 2000,
  tableRows: 1000,
  tableColumns: 100,
  depth: 10,
} as const

/** The largest authoring request body (a whole article as JSON or Markdown), in bytes: 2 MiB. */
export const AUTHORING_BODY_LIMIT = 2 * 1024 * 1024

/** Longest a Markdown import may take to parse by default, in ms (MARKDOWN_PARSE_TIMEOUT_MS): real posts take milliseconds. */
export const MARKDOWN_PARSE_TIMEOUT = 5000

/** How a schema states a limit (the OpenAPI document shows the description): "At most 200 sections; a server may set fewer (AUTHORING_MAX_SECTIONS)." */
export const atMost = (limit: number, what: string, setting: string) =>
  `At most ${limit.toLocaleString('en-US')} ${what}; a server may set fewer (${setting}).`

/** How a schema states a limit no setting changes: "At most 2,000 nodes." */
export const fixedAtMost = (limit: number, what: string) => `At most ${limit.toLocaleString('en-US')} ${what}.`
