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

/** Sets `Link: <...page=N>; rel="next", <...>; rel="prev"` for the neighbours that exist. */
function setLinkHeader (request: FastifyRequest, reply: FastifyReply, pagination: Pagination) {
  const links: string[] = []
  const url = new URL(request.url, 'http://localhost')
  for (const rel of ['next', 'prev'] as const) {
    const page = pagination[rel]
    if (page === null) continue
    url.searchParams.set('page', String(page))
    links.push(`<${url.pathname}${url.search}>; rel="${rel}"`)
  }
  if (links.length > 0) reply.header('link', links.join(', '))
}

/** The list envelope `{data, meta: {pagination}}` for one page, with the Link header set. */
export function pageEnvelope<T> (request: FastifyRequest, reply: FastifyReply, data: T[], { page, limit, total }: { page: number, limit: number, total: number }) {
  const pagination = paginate(page, limit, total)
  setLinkHeader(request, reply, pagination)
  return { data, meta: { pagination } }
}
