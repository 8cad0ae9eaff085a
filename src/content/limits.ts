// The size limits of an article: what the schemas accept and the OpenAPI document states, and the defaults of the
// AUTHORING_* settings, which may lower them on a server but never raise them (config.ts).

/** Sections per article, blocks in the intro and in each section, items per list, characters per paragraph or list item. */
export const AUTHORING_LIMITS = { sections: 200, blocks: 200, listItems: 200, textLength: 20_000 } as const

/** The largest authoring request body (a whole article as JSON or Markdown), in bytes: 2 MiB. */
export const AUTHORING_BODY_LIMIT = 2 * 1024 * 1024

/** How a schema states a limit (the OpenAPI document shows the description): "At most 200 sections; a server may set fewer (AUTHORING_MAX_SECTIONS)." */
export const atMost = (limit: number, what: string, setting: string) =>
  `At most ${limit.toLocaleString('en-US')} ${what}; a server may set fewer (${setting}).`
