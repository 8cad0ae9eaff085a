// Absolute links to this service, for what leaves it (JSON-LD, the Atom feed, the sitemap): under PUBLIC_BASE_URL, or,
// when that is not set, under the address the server listens on.

export interface PublicLinks {
  /** The base URL, without a trailing slash: `https://api.example.org`, or `https://www.example.org/content`. */
  base(): string
  /** The absolute URL of a path of this service (`/v1/articles/…`). */
  url(path: string): string
  /** The name feeds are published under: SITE_NAME, or the host of the base URL. */
  siteName(): string
  /** Whether PUBLIC_BASE_URL was set (otherwise links follow the listening address). */
  readonly configured: boolean
  /** Called once the server listens: without PUBLIC_BASE_URL, links use this origin from then on. */
  listeningAt(origin: string): void
}

/** `http://host:port`, with an unspecified bind address (0.0.0.0, ::) replaced by the loopback one that reaches it here. */
export function localOrigin (host: string, port: number | string): string {
  const reachable = host === '0.0.0.0' ? '127.0.0.1' : host === '::' || host === '[::]' ? '::1' : host.replace(/^\[|\]$/g, '')
  return `http://${reachable.includes(':') ? `[${reachable}]` : reachable}:${port}`
}

/**
 * Links from PUBLIC_BASE_URL when configured. Otherwise from the listening address (before listening, e.g. under
 * app.inject(), from HOST and PORT) — never from the request's Host header: that is the client's to choose, and links
 * built from it would end up in cached feeds and pages served to everyone (host-header cache poisoning).
 */
export function createPublicLinks ({ baseUrl, siteName, host, port }: { baseUrl: string | undefined, siteName: string | undefined, host: string, port: number }): PublicLinks {
  let base = baseUrl ?? localOrigin(host, port)
  return {
    base: () => base,
    url: (path) => `${base}${path}`,
    siteName: () => siteName ?? new URL(base).host,
    configured: baseUrl !== undefined,
    listeningAt (origin) {
      if (baseUrl !== undefined) return
      const url = new URL(origin)
      base = localOrigin(url.hostname, url.port)
    },
  }
}
