// Page-number pagination: the meta block and the RFC 8288 Link header every list endpoint sends.
import type { FastifyReply, FastifyRequest } from 'fastify'
import type { Pagination } from './schemas.js'

export function paginate (page: number, limit: number, total: number): Pagination {
  const pages = Math.ceil(total / limit)
  return {
    page,
    limit,
    pages,
    total,
    next: page < pages ? page + 1 : null,
    prev: page > 1 ? Math.min(page - 1, Math.max(pages, 1)) : null,
  }
}

/** `<...page=N>; rel="next", <...>; rel="prev"` for the neighbours that exist (the Link header), or undefined. */
export function linkHeader (requestUrl: string, pagination: Pagination): string | undefined {
  const links: string[] = []
  const url = new URL(requestUrl, 'http://localhost')
  for (const rel of ['next', 'prev'] as const) {
    const page = pagination[rel]
    if (page === null) continue
    url.searchParams.set('page', String(page))
    links.push(`<${url.pathname}${url.search}>; rel="${rel}"`)
  }
  return links.length > 0 ? links.join(', ') : undefined
}

/** The list envelope `{data, meta: {pagination}}` for one page, with the Link header set. */
export function pageEnvelope<T> (request: FastifyRequest, reply: FastifyReply, data: T[], { page, limit, total }: { page: number, limit: number, total: number }) {
  const pagination = paginate(page, limit, total)
  const link = linkHeader(request.url, pagination)
  if (link) reply.header('link', link)
  return { data, meta: { pagination } }
}
