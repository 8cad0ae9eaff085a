// What the bench measures: the read targets compared with bare Fastify sending the same bytes, the write targets
// (test/bench/writes.ts), and with --articles N the reads whose cost could grow with the content.

export const SLUG = 'from-training-to-employment-the-power-of-healthcare-internships'

export interface Target {
  key: string
  name: string
  method: 'GET' | 'POST'
  path: string
  headers?: Record<string, string>
  /** A new body per request (POSTs): each one is a new message or review, so none is refused as a duplicate. */
  body?: (n: number) => string
  status: number
  /** Minimum app/baseline req/s ratio (reads compared with the baseline). */
  goal?: number
}

export const JSON_HEADERS = { 'content-type': 'application/json' }
export const contactBody = (n: number) => JSON.stringify({ name: `Bench Sender ${n}`, email: `sender-${n}@example.org`, message: `Benchmark message number ${n}: do you offer radiology internships?` })
export const reviewBody = (n: number) => JSON.stringify({ author_name: `Reader ${n}`, rating: 1 + n % 5, body: `Benchmark review number ${n}: the section on soft skills was useful.` })

export function comparedTargets (etag: string, variantPath: string): Target[] {
  return [
    { key: 'article-200', name: 'article 200', method: 'GET', path: `/v1/articles/${SLUG}`, status: 200, goal: 0.90 },
    { key: 'article-304', name: 'article 304 (If-None-Match)', method: 'GET', path: `/v1/articles/${SLUG}`, headers: { 'if-none-match': etag }, status: 304, goal: 0.95 },
    { key: 'section', name: 'section', method: 'GET', path: `/v1/articles/${SLUG}/sections/conclusion`, status: 200, goal: 0.90 },
    { key: 'list', name: 'article list', method: 'GET', path: '/v1/articles', status: 200, goal: 0.85 },
    { key: 'review-summary', name: 'review summary', method: 'GET', path: `/v1/articles/${SLUG}/reviews/summary`, status: 200, goal: 0.85 },
    { key: 'media-variant', name: 'image variant (w=640, from storage)', method: 'GET', path: variantPath, status: 200, goal: 0.90 },
  ]
}

/** The write targets: each POST a new message or review, committed (test/bench/writes.ts compares them with two baselines). */
export function writeTargets (): Target[] {
  return [
    { key: 'contact-post', name: 'contact POST', method: 'POST', path: '/v1/contact-messages', headers: JSON_HEADERS, body: contactBody, status: 202 },
    { key: 'review-post', name: 'review POST', method: 'POST', path: `/v1/articles/${SLUG}/reviews`, headers: JSON_HEADERS, body: reviewBody, status: 201 },
  ]
}

/** With --articles N: the reads whose cost could grow with the content (app only). */
export function growthTargets (lastPage: number, article: string, tag: string, query: string): Target[] {
  return [
    { key: 'growth-article', name: `article (${article})`, method: 'GET', path: `/v1/articles/${article}`, status: 200 },
    { key: 'growth-list-first', name: 'list, first page', method: 'GET', path: '/v1/articles?page=1', status: 200 },
    { key: 'growth-list-last', name: `list, last page (${lastPage})`, method: 'GET', path: `/v1/articles?page=${lastPage}`, status: 200 },
    { key: 'growth-tag', name: `list, tag filter (${tag})`, method: 'GET', path: `/v1/articles?tag=${tag}`, status: 200 },
    { key: 'growth-search', name: `search (q=${query})`, method: 'GET', path: `/v1/search?q=${encodeURIComponent(query)}`, status: 200 },
  ]
}

/** Requests that miss the response cache but cost the same as a target's (other slugs, other page sizes). */
export function uncachedPaths (key: string, lastPage: number, total: number, article: string, tag: string, query: string): string[] {
  const limits = [19, 18, 17, 16, 15]
  switch (key) {
    case 'growth-article': {
      const index = Number(article.split('-')[1])
      return limits.map((_, n) => `/v1/articles/generated-${index + n + 1}`)
    }
    case 'growth-list-first': return limits.map((limit) => `/v1/articles?page=1&limit=${limit}`)
    case 'growth-list-last': return limits.map((limit) => `/v1/articles?page=${Math.ceil(total / limit)}&limit=${limit}`)
    case 'growth-tag': return limits.map((limit) => `/v1/articles?tag=${tag}&limit=${limit}`)
    case 'growth-search': return limits.map((limit) => `/v1/search?q=${encodeURIComponent(query)}&limit=${limit - 10}`)
    default: return []
  }
}
